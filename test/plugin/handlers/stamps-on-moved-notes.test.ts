import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/shared/geometry';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { FigJamSceneNode } from '../../../src/plugin/platform/figjam-api';
import { handleUpdateMapAsync } from '../../../src/plugin/handlers/handle-update-map-async';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { createFailingApi } from '../create-failing-api';
import type { FakeSticky } from '../../fake-figjam/fake-sticky';
import { addNoteAsync, boundsOf, cellRect, laneSection } from '../board-builders';
import { createMapAsync, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

function offsetsOf(note: FigJamSceneNode): Point[] {
  const at = boundsOf(note);
  return note.stuckNodes.map((stamp) => ({ x: boundsOf(stamp).x - at.x, y: boundsOf(stamp).y - at.y }));
}

async function stampedNoteAsync(
  session: PluginSession,
  laneId: string,
  stageId: string,
  dx: number,
  dy: number,
): Promise<FakeSticky> {
  const { figma, handles } = session.fake;
  const cell = cellRect(figma, laneId, stageId);
  const note = await addNoteAsync(figma, {
    text: 'Shipping cost shown late',
    x: cell.x + dx,
    y: cell.y + dy,
    parent: laneSection(figma, laneId),
  });
  handles.board.addStamp({ name: '+1', stuckTo: note });
  handles.board.addStamp({ name: 'heart', stuckTo: note });
  return note;
}

describe.each(UNVERIFIED_SETTINGS)('stamps on notes the plugin moves ($name)', ({ unverified }) => {
  it('stay at their offset when tidy snaps a note into its cell', async () => {
    const session = startPluginSession({ unverified });
    const mapId = await createMapAsync(session);
    const cell = cellRect(session.fake.figma, 'painPoints', 'purchase');
    const note = await stampedNoteAsync(session, 'painPoints', 'purchase', cell.width - 200, 40);
    const offsets = offsetsOf(note);
    const before = boundsOf(note);
    const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(answer).toMatchObject({ type: 'map-tidied', notesMoved: 1 });
    expect(boundsOf(note)).not.toEqual(before);
    expect(offsetsOf(note)).toEqual(offsets);
    expect((await exportNotesAsync(session, mapId)).votes.get(note.id)).toBe(2);
  });

  it('stay at their offset when an update moves a note with its cell, or keeps it beside the map', async () => {
    const session = startPluginSession({ unverified });
    const mapId = await createMapAsync(session);
    const moved = await stampedNoteAsync(session, 'painPoints', 'awareness', 40, 40);
    const beside = await stampedNoteAsync(session, 'opportunities', 'awareness', 40, 40);
    const offsets = [offsetsOf(moved), offsetsOf(beside)];
    const spec = createDefaultSpec();
    const before = [boundsOf(moved), boundsOf(beside)];
    const answer = await session.requestAsync({
      type: 'update-map',
      requestId: 'update',
      mapId,
      spec: {
        ...spec,
        stages: [...spec.stages].reverse(),
        lanes: spec.lanes.filter((lane) => lane.id !== 'opportunities'),
      },
      keepNotesBeside: true,
    });
    expect(answer).toMatchObject({ type: 'map-updated', notesKeptBeside: 1 });
    expect(boundsOf(moved)).not.toEqual(before[0]);
    expect(boundsOf(beside)).not.toEqual(before[1]);
    expect([offsetsOf(moved), offsetsOf(beside)]).toEqual(offsets);
  });

  it('go back with their note when the move fails and is rolled back', async () => {
    const session = startPluginSession({ unverified });
    const mapId = await createMapAsync(session);
    const note = await stampedNoteAsync(session, 'painPoints', 'awareness', 40, 40);
    const notePlace = boundsOf(note);
    const stamps = note.stuckNodes.map(boundsOf);
    const spec = createDefaultSpec();
    const stages = [...spec.stages].reverse();
    const next = { ...spec, stages: [...stages, { id: 'loyalty', name: 'Loyalty' }] };
    const { api: failing } = createFailingApi(session.fake.figma, 'createShapeWithText', 'injected failure', 1);
    await expect(
      handleUpdateMapAsync(failing, { type: 'update-map', requestId: 'update', mapId, spec: next }),
    ).rejects.toThrow('injected failure');
    expect(boundsOf(note)).toEqual(notePlace);
    expect(note.stuckNodes.map(boundsOf)).toEqual(stamps);
  });
});
