import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../../src/core/journey/journey-schema';
import type { Journey, Note } from '../../../src/core/journey/journey-schema';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { addNoteAsync, cellRect, laneSection } from '../board-builders';
import { drawWorkshopBoardAsync } from '../workshop-board';
import { startPluginSession } from '../plugin-session';
import { NOTES_PER_STEP } from '../../../src/plugin/read/read-map-notes-async';
import { EXPORT_TEXT_CHUNK_SIZE } from '../../../src/core/shared/split-text-into-chunks';
import type { PluginSession } from '../plugin-session';
import { distinctProgress } from '../distinct-progress';

function allNotes(journey: Journey): Note[] {
  return [
    ...(journey.persona?.notes ?? []),
    ...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()),
    ...journey.unplaced,
    ...Object.values(journey.persona?.slots ?? {}).flat(),
    ...(journey.parkingLot ?? []),
  ];
}

function notesIn(journey: Journey, stageId: string, laneId: string): string[] {
  return (journey.stages.find((stage) => stage.id === stageId)?.lanes[laneId] ?? []).map((note) => note.text);
}

async function exportAsync(session: PluginSession, format?: 'json' | 'csv' | 'markdown') {
  const answer = await session.requestAsync({ type: 'export-map', requestId: `export-${format ?? 'default'}`, ...(format ? { format } : {}) });
  if (answer.type !== 'map-exported') throw new Error(`Expected map-exported, got ${JSON.stringify(answer)}`);
  return answer;
}

describe('export-map on the FigJam fake', () => {
  it('exports a valid version-1 journey with every note of the map accounted for', async () => {
    const session = startPluginSession();
    const notes = await drawWorkshopBoardAsync(session.fake, session);
    const { journey, text, format } = await exportAsync(session);
    expect(format).toBe('json');
    expect(JourneySchema.safeParse(journey).success).toBe(true);
    expect(JSON.parse(text)).toEqual(journey);

    const expectedIds = Object.entries(notes)
      .filter(([name]) => name !== 'faraway')
      .map(([, note]) => note.id)
      .sort();
    expect(allNotes(journey).map((note) => note.id).sort()).toEqual(expectedIds);

    expect(journey.schemaVersion).toBe(1);
    expect(journey.lanes.map((lane) => lane.id)).toEqual(createDefaultSpec().lanes.map((lane) => lane.id));
    expect(journey.stages.map((stage) => stage.id)).toEqual(createDefaultSpec().stages.map((stage) => stage.id));
    for (const stage of journey.stages) expect(Object.keys(stage.lanes)).toEqual(journey.lanes.map((lane) => lane.id));

    expect(notesIn(journey, 'awareness', 'touchpoints')).toEqual(['Instagram ad', 'Google search']);
    expect(journey.stages[0]!.lanes['touchpoints']![0]).toMatchObject({ color: 'Yellow', votes: 0 });
    expect(notesIn(journey, 'purchase', 'painPoints')).toEqual(['Checkout asks for an account', 'Shipping cost shown late']);
    expect(journey.summary.painPointsByVotes.map((note) => [note.text, note.votes])).toEqual([
      ['Shipping cost shown late', 3],
      ['Checkout asks for an account', 1],
    ]);

    const [loved] = journey.stages[1]!.lanes['emotions']!;
    expect(loved).toMatchObject({ score: 2, scoreSource: 'number' });
    const [angry] = journey.stages[2]!.lanes['emotions']!;
    expect(angry).toMatchObject({ score: -2, scoreSource: 'emoji' });
    expect(journey.stages[2]!.emotion).toEqual({ score: -2, count: 1 });
    expect(journey.summary.lowestEmotionStage).toBe('purchase');

    const border = allNotes(journey).find((note) => note.id === notes.border.id)!;
    expect(border.ambiguous).toBe(true);
    expect(notesIn(journey, 'awareness', 'thoughts')).toEqual(['Is this for me?']);

    expect(journey.persona?.notes).toEqual([]);
    expect(journey.persona?.slots?.goals.map((note) => note.text)).toEqual(['Wants to buy in under 5 minutes']);
    expect(journey.persona?.slots).toMatchObject({ needs: [], frustrations: [], quote: [] });
    // Parked on purpose: in parkingLot, never in unplaced, and counted once.
    expect(journey.parkingLot?.map((note) => note.text)).toEqual(['Do we need a loyalty card?']);
    expect(journey.summary.counts).toMatchObject({ parkingLot: 1, persona: 1, notes: allNotes(journey).length });
    expect(journey.unplaced.map((note) => [note.text, note.reason]).sort()).toEqual([
      ['Dragged out', 'near-map'],
      ['Stage idea', 'header-row'],
    ]);
    expect(journey.source).toMatchObject({ editor: 'figjam', page: expect.any(String), pluginVersion: expect.any(String) });
  });

  it('exports CSV and Markdown with the same notes', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const json = await exportAsync(session, 'json');
    const csv = await exportAsync(session, 'csv');
    const markdown = await exportAsync(session, 'markdown');
    const rows = csv.text.trimEnd().split('\r\n');
    expect(rows.length).toBe(1 + allNotes(json.journey).length);
    const unescapedMarkdown = markdown.text.replace(/\\(.)/g, '$1');
    for (const note of allNotes(json.journey)) {
      expect(csv.text).toContain(note.id);
      expect(unescapedMarkdown).toContain(note.text);
    }
    for (const stage of json.journey.stages) expect(markdown.text).toContain(stage.name);
  });

  it('reads five properties of a note, and at most six a note over the whole export', async () => {
    const session = startPluginSession();
    const { fake } = session;
    await session.requestAsync({ type: 'create-map', requestId: 'create' });
    const ids: string[] = [];
    for (const lane of createDefaultSpec().lanes) {
      for (const stage of createDefaultSpec().stages) {
        const rect = cellRect(fake.figma, lane.id, stage.id);
        for (let index = 0; index < 5; index++) {
          const note = await addNoteAsync(fake.figma, {
            text: `${lane.name} ${stage.name} ${index}`,
            x: rect.x + 40 + (index % 3) * 280,
            y: rect.y + 40 + Math.floor(index / 3) * 280,
            parent: laneSection(fake.figma, lane.id),
          });
          ids.push(note.id);
        }
      }
    }
    fake.handles.counts.reset();
    const { journey } = await exportAsync(session);
    expect(allNotes(journey)).toHaveLength(ids.length);
    const perNote = ids.map((id) => fake.handles.counts.totalFor(id));
    expect(new Set(perNote)).toEqual(new Set([5]));
    expect(fake.handles.counts.snapshot().total / ids.length).toBeLessThanOrEqual(6);
  });

  it('answers with an error that says what to select when the page holds no map, or several and none selected', async () => {
    const session = startPluginSession();
    const none = await session.requestAsync({ type: 'export-map', requestId: 'none' });
    expect(none).toMatchObject({ type: 'error', requestId: 'none', message: expect.stringMatching(/No journey map/) });
    await session.requestAsync({ type: 'create-map', requestId: 'a' });
    await session.requestAsync({ type: 'create-map', requestId: 'b' });
    session.fake.figma.currentPage.selection = [];
    const several = await session.requestAsync({ type: 'export-map', requestId: 'several' });
    expect(several).toMatchObject({ type: 'error', message: expect.stringMatching(/Select one/) });
    const [, second] = session.fake.figma.currentPage.findAllWithCriteria({
      types: ['SECTION'],
      sharedPluginData: { namespace: 'journeylanes', keys: ['spec'] },
    });
    session.fake.figma.currentPage.selection = [second!];
    const chosen = await session.requestAsync({ type: 'export-map', requestId: 'chosen' });
    expect(chosen.type).toBe('map-exported');
  });

  it('reads a big map in steps, with progress before the answer', async () => {
    const session = startPluginSession();
    const { fake } = session;
    await session.requestAsync({ type: 'create-map', requestId: 'create' });
    const rect = cellRect(fake.figma, 'thoughts', 'purchase');
    const lane = laneSection(fake.figma, 'thoughts');
    const count = NOTES_PER_STEP * 2 + 10;
    const probe = fake.figma.createSticky();
    await fake.figma.loadFontAsync(probe.text.fontName as FontName);
    probe.remove();
    for (let index = 0; index < count; index++) {
      const sticky = fake.figma.createSticky();
      sticky.text.characters = `Thought ${index}`;
      lane.appendChild(sticky);
      sticky.x = rect.x - lane.absoluteTransform[0][2] + (index % 3) * 10;
      sticky.y = rect.y - lane.absoluteTransform[1][2] + (index % 2) * 10;
    }
    const answer = await exportAsync(session);
    const progress = distinctProgress(session.messages(), 'export-default');
    expect(progress.map((message) => message.done)).toEqual([NOTES_PER_STEP, NOTES_PER_STEP * 2]);
    expect(progress.every((message) => message.total === count)).toBe(true);
    expect(notesIn(answer.journey, 'purchase', 'thoughts')).toHaveLength(count);
  });

  it('sends a text too big for one message in pieces, then the answer', async () => {
    const session = startPluginSession();
    const { fake } = session;
    await session.requestAsync({ type: 'create-map', requestId: 'create' });
    const lane = laneSection(fake.figma, 'thoughts');
    const rect = cellRect(fake.figma, 'thoughts', 'awareness');
    const longText = 'This step takes far too long. '.repeat(330);
    const count = Math.ceil(EXPORT_TEXT_CHUNK_SIZE / longText.length) + 1;
    for (let index = 0; index < count; index++) {
      await addNoteAsync(fake.figma, { text: longText, x: rect.x + 40, y: rect.y + 40, parent: lane });
    }
    const answer = await exportAsync(session);
    expect(answer.text).toBe('');
    const chunks = session.messages().filter((message) => message.type === 'export-chunk');
    expect(answer.textChunks).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(1);
    const text = chunks.map((chunk) => (chunk.type === 'export-chunk' ? chunk.text : '')).join('');
    expect(JSON.parse(text)).toEqual(answer.journey);
    for (const chunk of chunks) if (chunk.type === 'export-chunk') expect(chunk.text.length).toBeLessThanOrEqual(EXPORT_TEXT_CHUNK_SIZE);
  });
});
