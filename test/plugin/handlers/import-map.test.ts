import { PERSONA_SLOT_IDS } from '../../../src/core/template/persona-slots';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedJourney, ImportedNote } from '../../../src/core/import/journey-import-schema';
import { MAX_IMPORTED_NOTES } from '../../../src/core/import/journey-import-schema';
import { createBenchJourney } from '../../bench/measure-import-async';
import { JourneySchema } from '../../../src/core/journey/journey-schema';
import type { Journey, Note } from '../../../src/core/journey/journey-schema';
import { LANE_KINDS } from '../../../src/core/shared/lane-kinds';
import { STICKY_PALETTE } from '../../../src/core/shared/nearest-palette-color';
import { computeStageEmotion, scoreEmotion } from '../../../src/core/journey/score-emotion';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { IMPORT_CHUNK_SIZE } from '../../../src/plugin/write/draw-imported-journey-async';
import { handleImportMapAsync } from '../../../src/plugin/handlers/handle-import-map-async';
import { boundsOf, nodesWithRole } from '../board-builders';
import { createFailingApi } from '../create-failing-api';
import { dumpBoard } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';
import { drawWorkshopBoardAsync } from '../workshop-board';
import { distinctProgress } from '../distinct-progress';

async function exportAsync(session: PluginSession, mapId?: string): Promise<Journey> {
  const answer = await session.requestAsync({ type: 'export-map', requestId: `export-${Math.random()}`, ...(mapId ? { mapId } : {}) });
  if (answer.type !== 'map-exported') throw new Error(`Expected map-exported, got ${JSON.stringify(answer)}`);
  return answer.journey;
}

async function importAsync(session: PluginSession, journey: unknown) {
  return session.requestAsync({ type: 'import-map', requestId: `import-${Math.random()}`, journey });
}

async function importOnNewBoardAsync(journey: unknown): Promise<{ session: PluginSession; exported: Journey }> {
  const session = startPluginSession();
  const answer = await importAsync(session, journey);
  if (answer.type !== 'map-imported') throw new Error(`Expected map-imported, got ${JSON.stringify(answer)}`);
  return { session, exported: await exportAsync(session, answer.mapId) };
}

/** What an export says about the journey, without what differs between boards: note ids, map id, time. */
function contentOf(journey: Journey) {
  const note = ({ id: _id, ...rest }: Note) => rest;
  return {
    title: journey.title,
    persona: journey.persona && {
      ...journey.persona,
      notes: journey.persona.notes.map(note),
      ...(journey.persona.slots
        ? { slots: Object.fromEntries(Object.entries(journey.persona.slots).map(([slotId, notes]) => [slotId, notes.map(note)])) }
        : {}),
    },
    ...(journey.parkingLot ? { parkingLot: journey.parkingLot.map(note) } : {}),
    lanes: journey.lanes,
    stages: journey.stages.map((stage) => ({
      ...stage,
      lanes: Object.fromEntries(Object.entries(stage.lanes).map(([laneId, notes]) => [laneId, notes.map(note)])),
    })),
    unplaced: journey.unplaced.map(({ id: _id, ...rest }) => rest),
    summary: {
      ...journey.summary,
      painPointsByVotes: journey.summary.painPointsByVotes.map(({ id: _id, ...rest }) => rest),
      opportunitiesByVotes: journey.summary.opportunitiesByVotes.map(({ id: _id, ...rest }) => rest),
      scoredByPosition: journey.summary.scoredByPosition?.count,
    },
  };
}

function countBoardNodes(session: PluginSession): number {
  const count = (nodes: ReturnType<PluginSession['fake']['handles']['board']['snapshotPage']>): number =>
    nodes.reduce((sum, node) => sum + 1 + count((node as { children?: typeof nodes }).children ?? []), 0);
  return count(session.fake.handles.board.snapshotPage());
}

const ID = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const PALETTE_NAMES = STICKY_PALETTE.map((entry) => entry.name);
const STAMP_NAMES = ['+1', 'heart', 'star', 'thumbs down', 'question'] as const;
/** Short enough for one line on a sticky, so every emotion note is as tall as the others. */
const EMOTION_TEXTS = ['Waiting', 'Love it 😍', 'Confused', 'Great!', 'Slow checkout', 'Happy', '3/5', 'Frustrated 😠', '', 'ok'];

const noteArbitrary = fc.record({
  text: fc.string({ maxLength: 120 }),
  color: fc.constantFrom(...PALETTE_NAMES),
  stamps: fc.option(fc.dictionary(fc.constantFrom(...STAMP_NAMES), fc.integer({ min: 1, max: 4 }), { maxKeys: 3 }), { nil: undefined }),
  extraVotes: fc.integer({ min: 0, max: 3 }),
});
type GeneratedNote = typeof noteArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A journey note as an export writes one: votes counted from the stamps, the scoring stamps left out of votes. */
function toImportedNote(generated: GeneratedNote, emotion: { score: number; text: string } | null): ImportedNote {
  const stamps = generated.stamps && Object.keys(generated.stamps).length > 0 ? generated.stamps : undefined;
  const stampVotes = Object.entries(stamps ?? {}).reduce((sum, [name, count]) => sum + (['thumbs down', 'question'].includes(name) ? 0 : count), 0);
  const note: ImportedNote = {
    text: emotion ? emotion.text : generated.text,
    votes: stamps ? stampVotes : generated.extraVotes,
    color: generated.color,
  };
  if (stamps) note.stamps = stamps;
  return note;
}

const journeyArbitrary = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 40 }).filter((title) => title.trim() !== ''),
    personaName: fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() !== ''),
    lanes: fc.uniqueArray(fc.record({ id: ID, kind: fc.constantFrom(...LANE_KINDS) }), { minLength: 1, maxLength: 4, selector: (lane) => lane.id }),
    stageIds: fc.uniqueArray(ID, { minLength: 1, maxLength: 4 }),
    cellNotes: fc.array(fc.array(noteArbitrary, { maxLength: 4 }), { minLength: 16, maxLength: 16 }),
    emotionChoices: fc.array(fc.record({ text: fc.constantFrom(...EMOTION_TEXTS), position: fc.integer({ min: -200, max: 200 }) }), { minLength: 64, maxLength: 64 }),
    personaNotes: fc.array(noteArbitrary, { maxLength: 3 }),
    unplacedNotes: fc.array(noteArbitrary, { maxLength: 3 }),
    /** Goals, needs, frustrations, quote; up to 9 in one slot, more than it holds at full spacing. */
    slotNotes: fc.array(fc.array(noteArbitrary, { maxLength: 9 }), { minLength: 4, maxLength: 4 }),
    parkedNotes: fc.array(noteArbitrary, { maxLength: 5 }),
  })
  .map((generated): ImportedJourney => {
    let cell = 0;
    let emotionIndex = 0;
    const stages = generated.stageIds.map((stageId, stageIndex) => ({
      id: stageId,
      name: `Stage ${stageIndex + 1}`,
      lanes: Object.fromEntries(
        generated.lanes.map((lane) => {
          const notes = generated.cellNotes[cell++ % 16]!;
          if (lane.kind !== 'emotions') return [lane.id, notes.map((note) => toImportedNote(note, null))];
          // Emotion notes stand at the height of their score, so the board reads them highest score first.
          const scored = notes.map((note) => {
            const choice = generated.emotionChoices[emotionIndex++ % 64]!;
            const fromText = scoreEmotion(choice.text, { x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0, width: 0, height: 0 });
            const score = fromText.source === 'position' ? choice.position / 100 : fromText.score;
            return { ...toImportedNote(note, { score, text: choice.text }), score };
          });
          return [lane.id, scored.sort((a, b) => b.score - a.score)];
        }),
      ),
    }));
    return {
      schemaVersion: 1,
      title: generated.title,
      persona: {
        name: generated.personaName,
        description: '',
        notes: generated.personaNotes.map((note) => toImportedNote(note, null)),
        slots: Object.fromEntries(PERSONA_SLOT_IDS.map((slotId, index) => [slotId, generated.slotNotes[index]!.map((note) => toImportedNote(note, null))])),
      },
      parkingLot: generated.parkedNotes.map((note) => toImportedNote(note, null)),
      lanes: generated.lanes.map((lane, index) => ({ id: lane.id, name: `Lane ${index + 1}`, kind: lane.kind })),
      stages,
      unplaced: generated.unplacedNotes.map((note) => ({ ...toImportedNote(note, null), reason: 'near-map' as const })),
    };
  });

/** The journey as its export will read: texts, votes, stamps, colours and scores in the same cells and order. */
function expectedCells(journey: ImportedJourney) {
  return journey.stages.map((stage) =>
    Object.fromEntries(
      journey.lanes.map((lane) => [
        lane.id,
        // An empty sticky is drawn, but it is not a note: the export counts it and lists it nowhere.
        (stage.lanes[lane.id] ?? []).filter(isWritten).map((note) => ({
          text: note.text,
          votes: note.votes,
          stamps: note.stamps,
          color: note.color,
          score: lane.kind === 'emotions' ? note.score : undefined,
        })),
      ]),
    ),
  );
}

function isWritten(note: { text: string }): boolean {
  return note.text.trim() !== '';
}

function exportedCells(journey: Journey) {
  return journey.stages.map((stage) =>
    Object.fromEntries(
      Object.entries(stage.lanes).map(([laneId, notes]) => [
        laneId,
        notes.map((note) => ({ text: note.text, votes: note.votes, stamps: note.stamps, color: note.color, score: note.score })),
      ]),
    ),
  );
}

describe('import-map', () => {
  it('draws random valid journeys that export as the same journey', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary, async (journey) => {
        const { exported } = await importOnNewBoardAsync(journey);
        expect(JourneySchema.safeParse(exported).success).toBe(true);
        // Titles and names are trimmed, as in the map settings.
        expect(exported.title).toBe(journey.title.trim());
        expect(exported.persona?.name).toBe(journey.persona?.name.trim());
        expect(exported.persona?.notes.map((note) => [note.text, note.votes, note.stamps, note.color])).toEqual(
          journey.persona?.notes?.filter(isWritten).map((note) => [note.text, note.votes, note.stamps, note.color]),
        );
        expect(exported.lanes).toEqual(journey.lanes);
        expect(exported.stages.map((stage) => [stage.id, stage.name])).toEqual(journey.stages.map((stage) => [stage.id, stage.name]));
        expect(exportedCells(exported)).toEqual(expectedCells(journey));
        expect(exported.stages.flatMap((stage) => Object.values(stage.lanes).flat()).some((note) => note.ambiguous)).toBe(false);
        for (const slotId of PERSONA_SLOT_IDS) {
          expect(exported.persona?.slots?.[slotId].map((note) => [note.text, note.votes, note.stamps, note.color])).toEqual(
            journey.persona?.slots?.[slotId]?.filter(isWritten).map((note) => [note.text, note.votes, note.stamps, note.color]),
          );
        }
        expect(exported.parkingLot?.map((note) => [note.text, note.votes, note.stamps, note.color])).toEqual(
          journey.parkingLot?.filter(isWritten).map((note) => [note.text, note.votes, note.stamps, note.color]),
        );
        expect(exported.unplaced.map((note) => [note.text, note.reason, note.votes])).toEqual(
          (journey.unplaced ?? []).filter(isWritten).map((note) => [note.text, 'near-map', note.votes]),
        );
        for (const [index, stage] of exported.stages.entries()) {
          const scores = Object.entries(journey.stages[index]!.lanes)
            .filter(([laneId]) => journey.lanes.find((lane) => lane.id === laneId)?.kind === 'emotions')
            .flatMap(([, notes]) => notes.filter(isWritten).map((note) => note.score!));
          expect(stage.emotion).toEqual(computeStageEmotion(scores));
        }
        // The export, imported in turn, is drawn and read back exactly as it is.
        const { exported: again } = await importOnNewBoardAsync(exported);
        // Empty stickies did not make it into the export, so the second board has none.
        const content = contentOf(exported);
        expect(contentOf(again)).toEqual({ ...content, summary: { ...content.summary, emptyNotes: 0 } });
        const imported = [
          ...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()),
          ...(journey.persona?.notes ?? []),
          ...(journey.unplaced ?? []),
          ...Object.values(journey.persona?.slots ?? {}).flatMap((notes) => notes ?? []),
          ...(journey.parkingLot ?? []),
        ];
        expect(exported.summary.counts.notes).toBe(imported.filter(isWritten).length);
        expect(exported.summary.emptyNotes).toBe(imported.length - imported.filter(isWritten).length);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('imports an export of a workshop board and exports it again unchanged but for what the board decides', async () => {
    const workshop = startPluginSession();
    await drawWorkshopBoardAsync(workshop.fake, workshop);
    const original = await exportAsync(workshop);
    const { exported: first } = await importOnNewBoardAsync(original);
    const { exported: second } = await importOnNewBoardAsync(first);

    const withoutBoardDecisions = (journey: Journey) => {
      const content = contentOf(journey);
      const clean = <T extends { ambiguous?: boolean }>({ ambiguous: _ambiguous, ...rest }: T) => rest;
      return {
        ...content,
        stages: content.stages.map((stage) => ({
          ...stage,
          lanes: Object.fromEntries(Object.entries(stage.lanes).map(([laneId, notes]) => [laneId, notes.map(clean)])),
        })),
        unplaced: content.unplaced.map(({ reason: _reason, ...rest }) => clean(rest)),
        summary: { ...content.summary, ambiguousNotes: undefined },
      };
    };
    // Notes across a border are drawn inside their cell, and unplaced notes beside the map: those two facts change.
    expect(withoutBoardDecisions(first)).toEqual(withoutBoardDecisions(original));
    // From then on the journey is what the board shows, and a second round trip changes nothing.
    expect(contentOf(second)).toEqual(contentOf(first));
  });

  it('keeps votes without stamps, shows them on badges, and reads them back with one read a map', async () => {
    const journey: ImportedJourney = {
      schemaVersion: 1,
      title: 'Votes',
      lanes: [{ id: 'pains', name: 'Pain points', kind: 'painPoints' }],
      stages: [{ id: 'buy', name: 'Buy', lanes: { pains: [{ text: 'Slow', votes: 3 }, { text: 'Fees', votes: 0 }, { text: 'Rude', votes: 2, stamps: { heart: 2, question: 1 } }] } }],
    };
    const { session, exported } = await importOnNewBoardAsync(journey);
    expect(exported.stages[0]!.lanes.pains!.map((note) => [note.text, note.votes, note.stamps])).toEqual([
      ['Slow', 3, undefined],
      ['Fees', 0, undefined],
      ['Rude', 2, { heart: 2, question: 1 }],
    ]);
    expect(exported.summary.painPointsByVotes.map((note) => note.text)).toEqual(['Slow', 'Rude', 'Fees']);
    const badges = nodesWithRole(session.fake.figma, 'vote-badge');
    expect(badges.map((badge) => (badge.type === 'SHAPE_WITH_TEXT' ? badge.text.characters : '')).sort()).toEqual(['2 votes', '3 votes']);
    expect(exported.persona?.name).toBe('Persona');
  });

  it('loads each font once and makes one undo step', async () => {
    const session = startPluginSession();
    session.fake.handles.counts.reset();
    await importAsync(session, {
      schemaVersion: 1,
      title: 'Fonts',
      lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }],
      stages: [{ id: 's', name: 'Start', lanes: { a: [{ text: 'one', votes: 1 }, { text: 'two' }] } }],
    });
    const calls = session.fake.handles.counts.snapshot();
    expect(calls.byMember['commitUndo'] ?? 0).toBe(1);
    const fontLoads = calls.byMember['loadFontAsync'] ?? 0;
    expect(fontLoads).toBe(2); // Inter Bold and Inter Medium
  });

  it('imports the largest journey an import takes, every note and vote exported back', async () => {
    const session = startPluginSession();
    const journey = createBenchJourney(MAX_IMPORTED_NOTES);
    const answer = await importAsync(session, journey);
    expect(answer).toMatchObject({ type: 'map-imported', notesAdded: MAX_IMPORTED_NOTES });
    const exported = await exportAsync(session);
    expect(exported.summary.counts.placed).toBe(MAX_IMPORTED_NOTES);
    const votes = (notes: ReadonlyArray<{ votes?: number }>) => notes.reduce((sum, note) => sum + (note.votes ?? 0), 0);
    expect(votes(exported.stages.flatMap((stage) => Object.values(stage.lanes).flat()))).toBe(
      votes(journey.stages.flatMap((stage) => Object.values(stage.lanes).flat())),
    );
  }, 60_000);

  it('shows progress for an import of many notes', async () => {
    const session = startPluginSession();
    const notes = Array.from({ length: IMPORT_CHUNK_SIZE * 2 + 10 }, (_, index) => ({ text: `Note ${index}` }));
    const answer = await importAsync(session, {
      schemaVersion: 1,
      title: 'Many',
      lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }],
      stages: [{ id: 's', name: 'Start', lanes: { a: notes.slice(0, 40) } }, { id: 't', name: 'Then', lanes: { a: notes.slice(40) } }],
    });
    expect(answer.type).toBe('map-imported');
    const progress = distinctProgress(session.messages());
    // Made, then placed: each pass in chunks, with progress after each.
    expect(progress.map((message) => (message.type === 'progress' ? message.done : -1))).toEqual([500, 1000, 1010, 500, 1000, 1010]);
    const exported = await exportAsync(session);
    expect(exported.summary.counts.placed).toBe(notes.length);
  });
});

describe('import-map of a journey imported before', () => {
  it('updates the earlier map: grid follows the journey, moved notes stay, new notes are added, none deleted', async () => {
    const first: ImportedJourney = {
      schemaVersion: 1,
      title: 'Research synthesis',
      source: { mapId: 'synthesis-1' },
      lanes: [
        { id: 'actions', name: 'Actions', kind: 'actions' },
        { id: 'pains', name: 'Pain points', kind: 'painPoints' },
      ],
      stages: [
        { id: 'find', name: 'Find', lanes: { actions: [{ text: 'Searches' }], pains: [{ text: 'Too many ads', votes: 2 }] } },
        { id: 'buy', name: 'Buy', lanes: { actions: [{ text: 'Pays' }], pains: [] } },
      ],
    };
    const session = startPluginSession();
    const drawn = await importAsync(session, first);
    if (drawn.type !== 'map-imported') throw new Error(JSON.stringify(drawn));

    // A participant moves "Pays" into the Find stage by hand.
    const pays = session.fake.figma.currentPage.findAll((node) => node.type === 'STICKY' && node.text.characters === 'Pays')[0]!;
    const searches = session.fake.figma.currentPage.findAll((node) => node.type === 'STICKY' && node.text.characters === 'Searches')[0]!;
    pays.x = searches.x + 280;
    pays.y = searches.y;
    const paysBefore = boundsOf(pays);

    const second = structuredClone(first);
    second.stages[1]!.name = 'Purchase';
    second.stages[1]!.lanes.actions!.push({ text: 'Compares prices', votes: 1 });
    second.stages.push({ id: 'use', name: 'Use', lanes: { actions: [{ text: 'Unboxes' }] } });
    second.lanes = second.lanes.filter((lane) => lane.id !== 'pains');
    for (const stage of second.stages) delete stage.lanes.pains;
    session.fake.handles.counts.reset();
    const answer = await importAsync(session, second);
    if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));

    expect(answer).toMatchObject({ updated: true, mapId: drawn.mapId, nodeId: drawn.nodeId, notesAdded: 2, notesKept: 2 });
    expect(session.fake.handles.counts.snapshot().byMember['commitUndo']).toBe(1);
    expect((await session.readyAsync()).maps).toHaveLength(1);
    expect(boundsOf(pays)).toEqual(paysBefore);
    const exported = await exportAsync(session, drawn.mapId);
    expect(exported.stages.map((stage) => stage.name)).toEqual(['Find', 'Purchase', 'Use']);
    expect(exported.lanes.map((lane) => lane.id)).toEqual(['actions']);
    const texts = (stageId: string) => exported.stages.find((stage) => stage.id === stageId)!.lanes.actions!.map((note) => note.text);
    expect(texts('find')).toEqual(['Searches', 'Pays']);
    expect(texts('buy')).toEqual(['Compares prices']);
    expect(texts('use')).toEqual(['Unboxes']);
    // The removed lane's note is kept beside the map, with its votes.
    expect(exported.unplaced.map((note) => [note.text, note.reason, note.votes])).toEqual([['Too many ads', 'near-map', 2]]);
    expect(exported.summary.counts.notes).toBe(5);
  });

  it('loads each font once, and rolls the whole update back when drawing a note fails', async () => {
    const journey: ImportedJourney = {
      schemaVersion: 1,
      title: 'Again',
      source: { mapId: 'again-1' },
      lanes: [
        { id: 'a', name: 'Actions', kind: 'actions' },
        { id: 'b', name: 'Backstage', kind: 'backstage' },
      ],
      stages: [{ id: 's', name: 'Start', lanes: { a: [{ text: 'one', votes: 2 }], b: [{ text: 'two' }] } }],
    };
    const session = startPluginSession();
    await importAsync(session, journey);
    const changed = structuredClone(journey);
    changed.lanes = changed.lanes.filter((lane) => lane.id !== 'b');
    delete changed.stages[0]!.lanes.b;
    changed.stages.push({ id: 't', name: 'Then', lanes: { a: [{ text: 'three' }] } });
    session.fake.handles.counts.reset();
    await importAsync(session, changed);
    expect(session.fake.handles.counts.snapshot().byMember['loadFontAsync']).toBe(2);

    const failing = startPluginSession();
    await importAsync(failing, journey);
    const board = dumpBoard(failing.fake);
    const undoBefore = failing.fake.handles.undoCommits;
    const { api } = createFailingApi(failing.fake.figma, 'createSticky', 'injected failure');
    await expect(handleImportMapAsync(api, { type: 'import-map', requestId: 'again', journey: changed }, () => undefined)).rejects.toThrow('injected failure');
    expect(dumpBoard(failing.fake)).toEqual(board);
    expect(failing.fake.handles.undoCommits).toBe(undoBefore);
  });

  it('keeps the persona people wrote on the board, and cells as big as they were, when the journey says nothing of them', async () => {
    const crowded = Array.from({ length: 20 }, (_, index) => ({ text: `Idea ${index}` }));
    const first: ImportedJourney = {
      schemaVersion: 1,
      title: 'Ideas',
      source: { mapId: 'ideas-1' },
      persona: null,
      lanes: [{ id: 'ideas', name: 'Ideas', kind: 'opportunities' }],
      stages: [{ id: 's', name: 'Start', lanes: { ideas: crowded } }],
    };
    const session = startPluginSession();
    const drawn = await importAsync(session, first);
    if (drawn.type !== 'map-imported') throw new Error(JSON.stringify(drawn));
    // The card of an imported map has slots: its name and description are texts of their own.
    for (const [role, characters] of [['persona-name', 'Maya'], ['persona-description', 'Busy parent']] as const) {
      const text = nodesWithRole(session.fake.figma, role)[0]!;
      if (text.type !== 'TEXT') throw new Error(`The ${role} is a text`);
      await session.fake.figma.loadFontAsync(text.fontName as FontName);
      text.characters = characters;
    }

    await importAsync(session, { ...first, stages: [{ id: 's', name: 'Start', lanes: { ideas: crowded.slice(0, 2) } }] });
    const exported = await exportAsync(session, drawn.mapId);
    expect(exported.persona).toMatchObject({ name: 'Maya', description: 'Busy parent' });
    const positions = session.fake.figma.currentPage
      .findAll((node) => node.type === 'STICKY')
      .map((node) => JSON.stringify([node.absoluteBoundingBox!.x, node.absoluteBoundingBox!.y]));
    expect(new Set(positions).size).toBe(20);
    expect(exported.stages[0]!.lanes.ideas!.map((note) => note.text)).toEqual(crowded.map((note) => note.text));
  });

  it('updates the map a journey was exported from, and the map drawn from an export of an imported map', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const exported = await exportAsync(session);
    const renamed = { ...exported, title: 'Workshop, after research' };
    renamed.stages = exported.stages.map((stage, index) =>
      index === 0 ? { ...stage, lanes: { ...stage.lanes, [exported.lanes[0]!.id]: [...stage.lanes[exported.lanes[0]!.id]!, { id: 'x', text: 'From an interview', votes: 0 }] } } : stage,
    );
    const answer = await importAsync(session, renamed);
    expect(answer).toMatchObject({ type: 'map-imported', updated: true, mapId: exported.source.mapId, notesAdded: 1 });
    expect((await session.readyAsync()).maps.map((map) => map.title)).toEqual(['Workshop, after research']);
    const after = await exportAsync(session, exported.source.mapId);
    expect(after.stages[0]!.lanes[exported.lanes[0]!.id]!.map((note) => note.text)).toContain('From an interview');
    expect(after.summary.counts.notes).toBe(exported.summary.counts.notes + 1);
  });

  it('refuses a re-import that would grow the map over its neighbour, and changes nothing', async () => {
    const journey: ImportedJourney = {
      schemaVersion: 1,
      title: 'Narrow',
      source: { mapId: 'narrow-1' },
      lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }],
      stages: [{ id: 's1', name: 'One', lanes: { a: [{ text: 'first' }] } }],
    };
    const session = startPluginSession();
    const drawn = await importAsync(session, journey);
    if (drawn.type !== 'map-imported') throw new Error(JSON.stringify(drawn));
    await session.requestAsync({ type: 'duplicate-map', requestId: 'copy', mapId: drawn.mapId });
    const board = dumpBoard(session.fake);
    const wider = { ...journey, stages: [...journey.stages, ...Array.from({ length: 7 }, (_, index) => ({ id: `more-${index}`, name: `More ${index}`, lanes: {} }))] };
    const answer = await importAsync(session, wider);
    expect(answer).toMatchObject({ type: 'error', message: USER_MESSAGES.mapInTheWay(USER_MESSAGES.futureStateTitle('Narrow')) });
    expect(dumpBoard(session.fake)).toEqual(board);
  });

  it('draws a second map for a journey without a source, and for a map not drawn by an import', async () => {
    const session = startPluginSession();
    const journey: ImportedJourney = { schemaVersion: 1, title: 'No source', lanes: [{ id: 'a', name: 'A', kind: 'actions' }], stages: [{ id: 's', name: 'S', lanes: {} }] };
    await importAsync(session, journey);
    const again = await importAsync(session, journey);
    expect(again).toMatchObject({ type: 'map-imported', updated: false });
    expect((await session.readyAsync()).maps).toHaveLength(2);
  });
});

describe('import-map with a stage description and a state', () => {
  it('draws each description under its header and the state badge, and exports both as they came', async () => {
    const journey: ImportedJourney = {
      schemaVersion: 1,
      title: 'Described',
      state: 'current',
      lanes: [{ id: 'a', name: 'A', kind: 'actions' }],
      stages: [
        { id: 's', name: 'Search', description: 'Week 1, on the phone', lanes: {} },
        { id: 't', name: 'Try', lanes: {} },
      ],
    };
    const { session, exported } = await importOnNewBoardAsync(journey);
    expect(exported.state).toBe('current');
    expect(exported.stages.map((stage) => stage.description)).toEqual(['Week 1, on the phone', undefined]);
    const texts = (role: string) =>
      session.fake.figma.currentPage
        .findAll((node) => node.getSharedPluginData('journeylanes', 'role') === role)
        .map((node) => (node.type === 'TEXT' ? node.characters : node.type === 'SHAPE_WITH_TEXT' ? node.text.characters : ''));
    expect(texts('stage-description')).toEqual(['Week 1, on the phone']);
    expect(texts('state-badge')).toEqual(['Current state']);
  });
});

describe('duplicate-map', () => {
  it('draws a future-state copy beside the map with the same notes, votes and cells, and leaves the map as it was', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const sourceMapId = (await session.readyAsync()).maps[0]!.mapId;
    const before = await exportAsync(session, sourceMapId);
    session.fake.handles.counts.reset();
    const answer = await session.requestAsync({ type: 'duplicate-map', requestId: 'duplicate', mapId: sourceMapId });
    if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
    expect(session.fake.handles.counts.snapshot().byMember['commitUndo']).toBe(1);
    const copy = await exportAsync(session, answer.mapId);
    const after = await exportAsync(session, sourceMapId);

    expect(contentOf(after)).toEqual(contentOf(before));
    expect(copy.title).toBe(`${before.title} (future state)`);
    // The copy says it is the future state, on the board and in its export; the map it came from does not change.
    expect(copy.state).toBe('future');
    expect(after.state).toBe(before.state);
    expect(session.fake.figma.currentPage.findAll((node) => node.getSharedPluginData('journeylanes', 'role') === 'state-badge').map((node) => (node.type === 'SHAPE_WITH_TEXT' ? node.text.characters : ''))).toContain('Future state');
    const cells = (journey: Journey) =>
      journey.stages.map((stage) => Object.fromEntries(Object.entries(stage.lanes).map(([laneId, notes]) => [laneId, notes.map((note) => [note.text, note.votes, note.stamps, note.color])])));
    expect(cells(copy)).toEqual(cells(before));
    expect(copy.persona?.notes.map((note) => note.text)).toEqual(before.persona?.notes.map((note) => note.text));
    expect(copy.unplaced.map((note) => note.text).sort()).toEqual(before.unplaced.map((note) => note.text).sort());
    expect(answer.notesAdded).toBe(before.summary.counts.notes);
  });
});

describe('import-map with bad input', () => {
  const valid: ImportedJourney = {
    schemaVersion: 1,
    title: 'Valid',
    lanes: [{ id: 'painPoints', name: 'Pain points', kind: 'painPoints' }],
    stages: [
      { id: 'a', name: 'A', lanes: { painPoints: [] } },
      { id: 'b', name: 'B', lanes: {} },
      { id: 'c', name: 'C', lanes: { painPoints: [{ text: 'ok' }] } },
    ],
  };

  async function expectRejectedAsync(journey: unknown): Promise<{ message: string; field: string | undefined; problems: string[] }> {
    const session = startPluginSession();
    const before = countBoardNodes(session);
    session.fake.handles.counts.reset();
    const answer = await importAsync(session, journey);
    expect(answer.type).toBe('error');
    expect(countBoardNodes(session)).toBe(before);
    const calls = session.fake.handles.counts.snapshot().byMember;
    for (const creator of ['createSticky', 'createSection', 'createShapeWithText', 'createText']) expect(calls[creator] ?? 0).toBe(0);
    if (answer.type !== 'error') throw new Error('unreachable');
    expect(answer.message.length).toBeLessThanOrEqual(100);
    return { message: answer.message, field: answer.field, problems: answer.problems ?? [] };
  }

  it('names the path of a note text that is not a string', async () => {
    const journey = structuredClone(valid) as unknown as { stages: Array<{ lanes: Record<string, unknown[]> }> };
    journey.stages[2]!.lanes.painPoints![0] = { text: 42 };
    const { message, field, problems } = await expectRejectedAsync(journey);
    expect(problems).toEqual(['stages[2].lanes.painPoints[0].text: expected string, received number']);
    expect(message).toBe(USER_MESSAGES.importInvalid(1));
    expect(field).toBe('stages[2].lanes.painPoints[0].text');
  });

  it('rejects a wrong version, missing fields, unknown lanes, huge strings, with every problem listed', async () => {
    expect((await expectRejectedAsync({ ...valid, schemaVersion: 2 })).problems).toEqual(['schemaVersion: expected 1']);
    const { title: _title, ...untitled } = valid;
    expect((await expectRejectedAsync({ ...untitled, lanes: undefined })).problems).toEqual([
      'title: expected string, received undefined',
      'lanes: expected array, received undefined',
    ]);
    const unknownLane = structuredClone(valid);
    unknownLane.stages[1]!.lanes = { nowhere: [] };
    expect((await expectRejectedAsync(unknownLane)).problems).toEqual(['stages[1].lanes.nowhere: No lane in "lanes" has this id']);
    const huge = structuredClone(valid);
    huge.stages[0]!.lanes.painPoints = [{ text: 'x'.repeat(100_000) }];
    expect((await expectRejectedAsync(huge)).problems).toEqual(['stages[0].lanes.painPoints[0].text: Keep a note under 5000 characters']);
    expect((await expectRejectedAsync({ ...valid, stages: [] })).problems).toEqual(['stages: Add at least one stage']);
  });

  it('rejects random JSON with a path and draws nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const { problems } = await expectRejectedAsync(value);
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems.filter((text) => !text.startsWith('…'))) expect(problem).toMatch(/^[A-Za-z][^:\s]*: /);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves the board as it was when a font cannot be loaded', async () => {
    const session = startPluginSession({ unavailableFonts: [{ family: 'Inter', style: 'Medium' }] });
    const before = countBoardNodes(session);
    const answer = await importAsync(session, valid);
    expect(answer.type).toBe('error');
    if (answer.type === 'error') expect(answer.message).toContain('Inter Medium');
    expect(countBoardNodes(session)).toBe(before);
  });
});
