import { describe, expect, it } from 'vitest';
import { rectRight } from '../../../src/core/shared/geometry';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

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
    const session = startPluginSession({ unverified });
    const { figma } = session.fake;
    const first = await session.requestAsync({ type: 'create-map', requestId: 'first' });
    const second = await session.requestAsync({ type: 'create-map', requestId: 'second' });
    if (first.type !== 'map-created' || second.type !== 'map-created') throw new Error('maps not created');
    const [left, right] = nodesWithRole(figma, 'map')
      .map((node) => ({ bounds: boundsOf(node), mapId: tagOf(node, 'mapId') }))
      .sort((a, b) => a.bounds.x - b.bounds.x);
    const gap = right!.bounds.x - rectRight(left!.bounds);
    expect(gap).toBeLessThan(2 * 240 + 240);
    const y = left!.bounds.y + 600;
    const notes = [];
    for (let x = rectRight(left!.bounds) - 120; x < right!.bounds.x; x += 60)
      notes.push(await addNoteAsync(figma, { text: 'Between', x, y }));
    const leftIds = new Set((await exportNotesAsync(session, left!.mapId)).places.keys());
    const rightIds = new Set((await exportNotesAsync(session, right!.mapId)).places.keys());
    for (const note of notes) {
      const count = Number(leftIds.has(note.id)) + Number(rightIds.has(note.id));
      expect(count, `note at x ${boundsOf(note).x}`).toBe(1);
    }
  });
});
