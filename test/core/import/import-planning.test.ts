import { describe, expect, it } from 'vitest';
import { NOTE_GAP, computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { computeEmotionScoreY } from '../../../src/core/template/emotion-position';
import type { ImportedJourney } from '../../../src/core/import/journey-import-schema';
import { STICKY_SIZE } from '../../../src/core/template/map-layout';
import { matchReimportedNotes } from '../../../src/core/import/match-reimported-notes';
import { parseJourneyImport } from '../../../src/core/import/parse-journey-import';
import type { JourneyImport } from '../../../src/core/import/parse-journey-import';
import { listImportedNotes, planImportedNotes } from '../../../src/core/import/plan-imported-notes';
import { mergeReimportedSpec } from '../../../src/core/import/merge-reimported-spec';
import { growCellSize } from '../../../src/core/import/fit-cell-size';
import { MAX_GROWN_CELL_ROWS } from '../../../src/core/template/template-spec';
import { formatRecordedVote, parseRecordedVote, parseImportedVote } from '../../../src/core/board/recorded-votes';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import { formatImportProblem } from '../../../src/core/import/describe-import-problem';
import { MAX_PROBLEMS_LISTED, summarizeImportProblems } from '../../../src/core/import/summarize-import-problems';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { assembleOne, drawMap, noteInCell } from '../map-fixtures';

function parseOrFail(journey: unknown): JourneyImport {
  const parsed = parseJourneyImport(journey);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

const journey: ImportedJourney = {
  schemaVersion: 1,
  title: '  Onboarding ',
  source: { mapId: 'm1', fileKey: 'FILE' },
  persona: { name: 'Ada', notes: [{ text: 'Busy' }] },
  lanes: [
    { id: 'actions', name: 'Actions', kind: 'actions' },
    { id: '2 feelings!', name: 'Feelings', kind: 'emotions' },
  ],
  stages: [
    { id: 'sign-up', name: 'Sign up', lanes: { actions: [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }], '2 feelings!': [{ text: 'x', score: 2 }, { text: 'y', score: -1 }] } },
    { id: 'Sign up', name: 'Use', lanes: {} },
  ],
  unplaced: [{ text: 'stray', reason: 'header-row' }],
};

describe('parseJourneyImport', () => {
  it('turns a journey into a template, making spec ids of ids that are not valid ones', () => {
    const value = parseOrFail(journey);
    expect(value.spec.title).toBe('Onboarding');
    expect(value.spec.persona).toEqual({ name: 'Ada', description: '' });
    expect(value.spec.lanes.map((lane) => lane.id)).toEqual(['actions', 's-2-feelings']);
    expect(value.spec.stages.map((stage) => stage.id)).toEqual(['sign-up', 'sign-up-2']);
    expect(value.importKey).toBe('m1');
    expect(value.namesFitted).toBe(0);
    expect(value.noteCount).toBe(8);
    expect(value.spec.options).toMatchObject({ cellColumns: 3, cellRows: 2 });
  });

  it('sizes cells for the fullest cell that is not an emotion cell', () => {
    const crowded = structuredClone(journey);
    crowded.stages[0]!.lanes.actions = Array.from({ length: 20 }, (_, index) => ({ text: `n${index}` }));
    expect(parseOrFail(crowded).spec.options).toMatchObject({ cellColumns: 5, cellRows: 4 });
  });

  it('fits names an export may carry: too long ones cut, empty ones named by their place', () => {
    const value = parseOrFail({
      ...journey,
      title: 'T'.repeat(300),
      persona: { name: 'Ada', description: 'd'.repeat(900) },
      stages: [{ id: 'a', name: ' ', lanes: {} }, { id: 'b', name: 'S'.repeat(61), lanes: {} }],
    });
    expect(value.spec.title).toHaveLength(120);
    expect(value.spec.persona.description).toHaveLength(500);
    expect(value.spec.stages.map((stage) => stage.name)).toEqual([USER_MESSAGES.inferredStageName(1), 'S'.repeat(60)]);
    // The blank stage name was not shortened: it is counted apart, so the panel can say it was blank.
    expect(value.namesFitted).toBe(3);
    expect(value.namesBlank).toBe(1);
  });

  it('says each problem as a person reads it, with the path beside it', () => {
    const broken = structuredClone(journey) as unknown as { stages: Array<{ name: unknown; lanes: Record<string, unknown[]> }> };
    broken.stages[0]!.lanes['actions'] = [{ text: 42 }, { votes: 1 }];
    broken.stages[0]!.name = '';
    const parsed = parseJourneyImport(broken);
    if (parsed.ok) throw new Error('accepted');
    const readable = parsed.issues.map(formatImportProblem);
    expect(readable).toContain('Stage 1 › Actions › note 1: the text must be text, not a number');
    expect(readable).toContain('Stage 1 › Actions › note 2: the text is missing');
    expect(parsed.issues).toContainEqual({ place: 'Stage 1 › Actions › note 1', message: 'the text must be text, not a number', path: 'stages[0].lanes.actions[0].text' });
    expect(parsed.problems).toContain('stages[0].lanes.actions[0].text: expected string, received number');
    expect(parsed.issues).toHaveLength(parsed.problems.length);
  });

  it('reports type errors, repeated ids and unknown lanes in one pass', () => {
    const broken = structuredClone(journey) as unknown as { lanes: Array<{ id: string }>; stages: Array<{ lanes: Record<string, unknown[]> }> };
    broken.stages[0]!.lanes['actions'] = [{ text: 42 }];
    broken.stages[0]!.lanes['nowhere'] = [];
    broken.lanes.push({ ...broken.lanes[0]! });
    const parsed = parseJourneyImport(broken);
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.problems).toEqual([
      'stages[0].lanes.actions[0].text: expected string, received number',
      `lanes[${broken.lanes.length - 1}].id: ${USER_MESSAGES.importRepeatedLane(broken.lanes[0]!.id)}`,
      `stages[0].lanes.nowhere: ${USER_MESSAGES.importUnknownLane}`,
    ]);
    expect(parsed.issues.at(-1)).toEqual({ place: 'Stage 1 › nowhere', message: USER_MESSAGES.importUnknownLane, path: 'stages[0].lanes.nowhere' });
  });

  it('says where each problem is', () => {
    const parsed = parseJourneyImport({ ...journey, lanes: [{ id: 'a', name: '', kind: 'moods' }] });
    expect(parsed).toMatchObject({
      ok: false,
      problems: [
        expect.stringMatching(/^lanes\[0\]\.kind: expected/),
        `stages[0].lanes.actions: ${USER_MESSAGES.importUnknownLane}`,
        `stages[0].lanes.2 feelings!: ${USER_MESSAGES.importUnknownLane}`,
      ],
      issues: [
        { place: 'Lane 1', path: 'lanes[0].kind', message: expect.stringMatching(/^the kind: expected "touchpoints" or /) },
        // Reported in the same pass: the stage's cells name lanes the journey no longer has.
        { place: 'Stage 1 › actions', path: 'stages[0].lanes.actions', message: USER_MESSAGES.importUnknownLane },
        { place: 'Stage 1 › 2 feelings!', path: 'stages[0].lanes.2 feelings!', message: USER_MESSAGES.importUnknownLane },
      ],
    });
    expect(parseJourneyImport('{"schemaVersion":')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^journey: not JSON: /)] });
  });
});

describe('planImportedNotes', () => {
  it('puts cell notes in rows of the template columns, emotion notes at their score, unplaced ones under the map', () => {
    const value = parseOrFail(journey);
    const layout = computeMapLayout(value.spec, { x: 1000, y: 2000 });
    const listed = listImportedNotes(value);
    expect(listed.map((entry) => entry.note.text)).toEqual(['a', 'b', 'c', 'd', 'x', 'y', 'Busy', 'stray']);
    const heights = listed.map((_, index) => (index === 1 ? 400 : STICKY_SIZE));
    const positions = planImportedNotes(listed, layout, heights, 3);
    const cell = layout.lanes[0]!.cells[0]!.rect;
    const pitch = STICKY_SIZE + NOTE_GAP;
    expect(positions.slice(0, 4)).toEqual([
      { x: cell.x + NOTE_GAP, y: cell.y + NOTE_GAP },
      { x: cell.x + NOTE_GAP + pitch, y: cell.y + NOTE_GAP },
      { x: cell.x + NOTE_GAP + 2 * pitch, y: cell.y + NOTE_GAP },
      // The second row starts under the tallest note of the first.
      { x: cell.x + NOTE_GAP, y: cell.y + NOTE_GAP + 400 + NOTE_GAP },
    ]);
    const band = layout.lanes[1]!.band;
    expect(positions[4]!.y + STICKY_SIZE / 2).toBeCloseTo(computeEmotionScoreY(band, 2));
    // A note without a score stands where its text's score is.
    const unscored = parseOrFail({ ...journey, stages: [{ id: 's', name: 'S', lanes: { '2 feelings!': [{ text: 'Frustrated' }, { text: 'Waiting' }] } }] });
    const [frustrated, waiting] = planImportedNotes(listImportedNotes(unscored), computeMapLayout(unscored.spec, { x: 0, y: 0 }), [], 3);
    const unscoredBand = computeMapLayout(unscored.spec, { x: 0, y: 0 }).lanes[1]!.band;
    expect(frustrated!.y + STICKY_SIZE / 2).toBeCloseTo(computeEmotionScoreY(unscoredBand, -2));
    expect(waiting!.y + STICKY_SIZE / 2).toBeCloseTo(computeEmotionScoreY(unscoredBand, 0));
    expect(positions[5]!.y + STICKY_SIZE / 2).toBeCloseTo(computeEmotionScoreY(band, -1));
    expect(positions[5]!.x).toBeGreaterThan(positions[4]!.x);
    expect(positions[7]).toEqual({ x: layout.bounds.x, y: layout.bounds.y + layout.bounds.height + NOTE_GAP });
  });

  it('squeezes a crowded emotion cell into one row, left to right in journey order, inside the cell', () => {
    const value = parseOrFail({ ...journey, stages: [{ id: 's', name: 'S', lanes: { '2 feelings!': Array.from({ length: 30 }, () => ({ text: 'e', score: 0 })) } }] });
    const layout = computeMapLayout(value.spec, { x: 0, y: 0 });
    const positions = planImportedNotes(listImportedNotes(value), layout, [], value.spec.options.cellColumns);
    const cell = layout.lanes[1]!.cells[0]!.rect;
    const xs = positions.slice(0, 30).map((position) => position.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(30);
    expect(xs[0]).toBe(cell.x + NOTE_GAP);
    expect(xs[29]! + STICKY_SIZE).toBeCloseTo(cell.x + cell.width - NOTE_GAP);
  });

  it('takes the slots after the notes a cell already holds', () => {
    const value = parseOrFail(journey);
    const layout = computeMapLayout(value.spec, { x: 0, y: 0 });
    const listed = listImportedNotes(value).slice(0, 1);
    const cell = layout.lanes[0]!.cells[0]!.rect;
    const [position] = planImportedNotes(listed, layout, [STICKY_SIZE], 3, new Map([['cell:actions:sign-up', 4]]));
    expect(position).toEqual({ x: cell.x + NOTE_GAP + (STICKY_SIZE + NOTE_GAP), y: cell.y + NOTE_GAP + STICKY_SIZE + NOTE_GAP });
  });
});

describe('matchReimportedNotes', () => {
  it('matches a note in its own cell first, then anywhere, and adds what the map lacks', () => {
    const drawn = drawMap();
    const [first, second] = drawn.spec.stages;
    const lane = drawn.spec.lanes[0]!.id;
    const map = assembleOne(drawn, [
      noteInCell(drawn, lane, second!.id, { text: 'same' }),
      noteInCell(drawn, lane, second!.id, { text: 'moved', dx: 300 }),
    ]);
    const listed = [
      { note: { text: 'same' }, home: { kind: 'cell' as const, laneId: lane, stageId: first!.id } },
      { note: { text: 'same' }, home: { kind: 'cell' as const, laneId: lane, stageId: second!.id } },
      { note: { text: 'moved' }, home: { kind: 'cell' as const, laneId: lane, stageId: first!.id } },
      { note: { text: 'new' }, home: { kind: 'persona' as const } },
    ];
    const match = matchReimportedNotes(listed, map);
    // The "same" in the second stage is that stage's note; the first stage's "same" is missing and drawn again.
    expect(match.added.map((entry) => [entry.note.text, entry.home.kind === 'cell' ? entry.home.stageId : entry.home.kind])).toEqual([
      ['same', first!.id],
      ['new', 'persona'],
    ]);
    expect(match.kept).toBe(2);
    expect(match.occupied.get(`cell:${lane}:${second!.id}`)).toBe(2);
  });
});

describe('mergeReimportedSpec', () => {
  it('keeps the persona, instructions and cell size of the board when the journey does not say otherwise', () => {
    const value = parseOrFail({ ...journey, persona: null });
    const board: TemplateSpec = {
      ...value.spec,
      persona: { name: 'Maya', description: 'Busy parent' },
      lanes: value.spec.lanes.map((lane) => ({ ...lane, instruction: `Write ${lane.name}` })),
      options: { cellColumns: 5, cellRows: 1, showInstructions: false },
    };
    const merged = mergeReimportedSpec(board, value);
    expect(merged.persona).toEqual({ name: 'Maya', description: 'Busy parent' });
    expect(merged.lanes.map((lane) => lane.instruction)).toEqual(['Write Actions', 'Write Feelings']);
    expect(merged.options).toEqual({ personaSlots: false, parkingLot: false, cellColumns: 5, cellRows: 1, showInstructions: false });
    expect(mergeReimportedSpec(board, parseOrFail(journey)).persona).toEqual({ name: 'Ada', description: '' });
    const retyped = parseOrFail({ ...journey, lanes: [{ id: 'actions', name: 'Actions', kind: 'painPoints' }, journey.lanes[1]!] });
    expect(mergeReimportedSpec(board, retyped).lanes.map((lane) => lane.instruction)).toEqual([undefined, 'Write Feelings']);
  });
});

describe('mergeReimportedSpec and the cell size', () => {
  const board = (cellColumns: number, cellRows: number): TemplateSpec => ({ ...parseOrFail(journey).spec, options: { cellColumns, cellRows, showInstructions: true } });

  it('keeps cells narrower than an import would choose: a map drawn 2 across stays 2 across', () => {
    const value = parseOrFail(journey);
    expect(value.spec.options).toMatchObject({ cellColumns: 3, cellRows: 2 });
    expect(mergeReimportedSpec(board(2, 2), value).options).toMatchObject({ cellColumns: 2, cellRows: 2 });
  });

  it('grows the board\'s cells down, keeping their columns, only when the fullest cell needs more room', () => {
    const crowded = structuredClone(journey);
    crowded.stages[0]!.lanes.actions = Array.from({ length: 7 }, (_, index) => ({ text: `n${index}` }));
    expect(mergeReimportedSpec(board(2, 2), parseOrFail(crowded)).options).toMatchObject({ cellColumns: 2, cellRows: 4 });
    expect(mergeReimportedSpec(board(1, 1), parseOrFail(crowded)).options).toMatchObject({ cellColumns: 1, cellRows: 7 });
  });
});

describe('an import that says its cell size', () => {
  it('draws cells that size, grown down where a cell has more notes, and a re-import takes it, never shrinking the map\'s', () => {
    expect(parseOrFail({ ...journey, cellSize: { columns: 2, rows: 2 } }).spec.options).toMatchObject({ cellColumns: 2, cellRows: 2 });
    const crowded = structuredClone({ ...journey, cellSize: { columns: 2, rows: 2 } });
    crowded.stages[0]!.lanes.actions = Array.from({ length: 7 }, (_, index) => ({ text: `n${index}` }));
    expect(parseOrFail(crowded).spec.options).toMatchObject({ cellColumns: 2, cellRows: 4 });
    const board: TemplateSpec = { ...parseOrFail(journey).spec, options: { cellColumns: 2, cellRows: 2, showInstructions: true } };
    const wider = parseOrFail({ ...journey, cellSize: { columns: 4, rows: 1 } });
    expect(wider.cellSizeGiven).toBe(true);
    // Wider than the map's cells but not as deep: the map's cells stay, so notes added on the board keep their room.
    expect(mergeReimportedSpec(board, wider).options).toMatchObject({ cellColumns: 2, cellRows: 2 });
    expect(mergeReimportedSpec(board, parseOrFail({ ...journey, cellSize: { columns: 1, rows: 1 } })).options).toMatchObject({ cellColumns: 2, cellRows: 2 });
    expect(mergeReimportedSpec(board, parseOrFail({ ...journey, cellSize: { columns: 3, rows: 3 } })).options).toMatchObject({ cellColumns: 3, cellRows: 3 });
  });

  it('refuses a cell size the template cannot draw, saying where', () => {
    const parsed = parseJourneyImport({ ...journey, cellSize: { columns: 20, rows: 2 } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(/^cellSize\.columns: /m);
  });
});

describe('growCellSize', () => {
  it('never shrinks a cell, and widens it only when the deepest cell is too small', () => {
    expect(growCellSize({ cellColumns: 4, cellRows: 3 }, 2)).toEqual({ cellColumns: 4, cellRows: 3 });
    expect(growCellSize({ cellColumns: 2, cellRows: 2 }, 5)).toEqual({ cellColumns: 2, cellRows: 3 });
    expect(growCellSize({ cellColumns: 1, cellRows: 1 }, MAX_GROWN_CELL_ROWS + 1)).toEqual({ cellColumns: 2, cellRows: Math.ceil((MAX_GROWN_CELL_ROWS + 1) / 2) });
  });
});

describe('parseImportedVote and summarizeImportProblems', () => {
  it('reads a recorded vote only on the note it was written for, not on a copy', () => {
    const tag = formatRecordedVote('1:2', { votes: 3 });
    expect(parseRecordedVote(tag, '1:2')).toEqual({ votes: 3 });
    expect(parseRecordedVote(tag, '1:9')).toBeNull();
    expect(parseRecordedVote('{"votes": 3}', '1:2')).toBeNull();
    expect(parseRecordedVote('not json', '1:2')).toBeNull();
  });

  it('counts votes from stamps as the export does, and keeps votes given without stamps', () => {
    expect(parseImportedVote({ text: 'a' } as never)).toBeNull();
    expect(parseImportedVote({ votes: 3 })).toEqual({ votes: 3 });
    expect(parseImportedVote({ stamps: { '+1': 2, 'thumbs down': 1 } })).toEqual({ votes: 2, stamps: { '+1': 2, 'thumbs down': 1 } });
  });

  it('lists at most the limit, says how many more, and names the first field', () => {
    const problems = Array.from({ length: MAX_PROBLEMS_LISTED + 3 }, (_, index) => `stages[${index}].name: Must not be empty`);
    const summary = summarizeImportProblems(problems);
    expect(summary.message).toBe(USER_MESSAGES.importInvalid(problems.length));
    expect(summary.field).toBe('stages[0].name');
    expect(summary.problems).toHaveLength(MAX_PROBLEMS_LISTED + 1);
    expect(summary.problems.at(-1)).toBe(USER_MESSAGES.importMoreProblems(3));
  });
});
