import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../src/cli/run-cli-async';
import { NEAR_MAP_MARGIN } from '../../../src/core/board/assemble-map-snapshots';
import { JourneySchema } from '../../../src/core/journey/journey-schema';
import { rectRight } from '../../../src/core/shared/geometry';
import { createMemoryIo } from '../../cli/create-memory-io';
import { convertFakePageToRestAsync } from '../../fixtures/rest/convert-fake-page-to-rest';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

/** Two default maps made one after the other, which the plugin places side by side; `left` and `right` by their x. */
async function createTwoMapsAsync(unverified: (typeof UNVERIFIED_SETTINGS)[number]['unverified']) {
  const session = startPluginSession({ unverified });
  const first = await session.requestAsync({ type: 'create-map', requestId: 'first' });
  const second = await session.requestAsync({ type: 'create-map', requestId: 'second' });
  if (first.type !== 'map-created' || second.type !== 'map-created') throw new Error('maps not created');
  const [left, right] = nodesWithRole(session.fake.figma, 'map')
    .map((node) => ({ bounds: boundsOf(node), mapId: tagOf(node, 'mapId') }))
    .sort((a, b) => a.bounds.x - b.bounds.x);
  return { session, left: left!, right: right! };
}

describe.each(UNVERIFIED_SETTINGS)('notes people move ($name)', ({ unverified }) => {
  it('are exported where they lie after a drag across lanes, whether FigJam re-parents them or not', async () => {
    const session = startPluginSession({ unverified });
    const { figma, handles } = session.fake;
    const created = await session.requestAsync({ type: 'create-map', requestId: 'create' });
    if (created.type !== 'map-created') throw new Error(JSON.stringify(created));
    const from = cellRect(figma, 'thoughts', 'consideration');
    const note = await addNoteAsync(figma, {
      text: 'Is it worth it?',
      x: from.x + 40,
      y: from.y + 40,
      parent: laneSection(figma, 'thoughts'),
    });
    handles.board.addStamp({ name: '+1', stuckTo: note });
    const to = cellRect(figma, 'painPoints', 'purchase');
    handles.board.dropNode(note, { x: to.x + 40, y: to.y + 40 });
    const expectedParent = unverified.reparentOnDrop
      ? laneSection(figma, 'painPoints').id
      : laneSection(figma, 'thoughts').id;
    expect(note.parent!.id).toBe(expectedParent);
    const exported = await exportNotesAsync(session, created.mapId);
    expect(exported.places.get(note.id)).toEqual({ kind: 'cell', stageId: 'purchase', laneId: 'painPoints' });
    expect(exported.votes.get(note.id)).toBe(1);
    const placed = exported.journey.stages
      .find((stage) => stage.id === 'purchase')!
      .lanes['painPoints']!.find((entry) => entry.id === note.id);
    expect(placed?.ambiguous).toBeUndefined();
  });

  it('between two maps appear in exactly one export', async () => {
    const { session, left, right } = await createTwoMapsAsync(unverified);
    const { figma } = session.fake;
    const gap = right.bounds.x - rectRight(left.bounds);
    expect(gap).toBeLessThan(2 * 240 + 240);
    const y = left.bounds.y + 600;
    const notes = [];
    for (let x = rectRight(left.bounds) - 120; x < right.bounds.x; x += 60)
      notes.push(await addNoteAsync(figma, { text: 'Between', x, y }));
    const leftIds = new Set((await exportNotesAsync(session, left.mapId)).places.keys());
    const rightIds = new Set((await exportNotesAsync(session, right.mapId)).places.keys());
    for (const note of notes) {
      const count = Number(leftIds.has(note.id)) + Number(rightIds.has(note.id));
      expect(count, `note at x ${boundsOf(note).x}`).toBe(1);
    }
  });

  it('exactly between two maps go to the same map in the plugin and in the command line: the left one at one height', async () => {
    const { session, left, right } = await createTwoMapsAsync(unverified);
    const { figma } = session.fake;
    expect(left.bounds.y).toBe(right.bounds.y);
    const gap = right.bounds.x - rectRight(left.bounds);
    const note = await addNoteAsync(figma, { text: 'Exactly between', x: rectRight(left.bounds) + 10, y: left.bounds.y + 600 });
    // Moved so that its gap to each map is the same: the note is wider than the gap, so it is centred on it.
    const width = boundsOf(note).width;
    note.x = rectRight(left.bounds) + (gap - width) / 2;
    const box = boundsOf(note);
    expect(box.x - rectRight(left.bounds)).toBe(right.bounds.x - (box.x + box.width));
    expect(box.x - rectRight(left.bounds)).toBeLessThan(NEAR_MAP_MARGIN);

    const inLeft = (await exportNotesAsync(session, left.mapId)).places.has(note.id);
    const inRight = (await exportNotesAsync(session, right.mapId)).places.has(note.id);
    expect([inLeft, inRight]).toEqual([true, false]);

    const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(await convertFakePageToRestAsync(session.fake)) });
    expect(await runCliAsync(['export', 'board.json'], io)).toBe(0);
    const journeys = (JSON.parse(out.stdout) as unknown[]).map((journey) => JourneySchema.parse(journey));
    const holders = journeys.filter((journey) => JSON.stringify(journey).includes(`"${note.id}"`)).map((journey) => journey.source.mapId);
    expect(holders).toEqual([left.mapId]);
  });
});
