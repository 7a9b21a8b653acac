import { describe, expect, it } from 'vitest';
import { computeEmotionScoreY } from '../../../src/core/template/emotion-position';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, cellRect, laneSection } from '../board-builders';
import { createMapAsync, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

function scoreOf(journey: Journey, noteId: string): { score?: number; scoreSource?: string } | undefined {
  for (const stage of journey.stages) {
    const note = stage.lanes['emotions']?.find((entry) => entry.id === noteId);
    if (note) return { score: note.score, scoreSource: note.scoreSource };
  }
  return undefined;
}

describe.each(UNVERIFIED_SETTINGS)('emotion notes scored by their height ($name)', ({ unverified }) => {
  it('keep their score through a rename, a reorder, a tidy and a re-import', async () => {
    const session = startPluginSession({ unverified });
    const { figma, handles } = session.fake;
    const spec = createDefaultSpec();
    const mapId = await createMapAsync(session);
    const band = boundsOf(laneSection(figma, 'emotions'));
    const notes = [];
    for (const [stageId, score] of [
      ['awareness', 1],
      ['purchase', -1.5],
      ['advocacy', 0.5],
    ] as const) {
      const cell = cellRect(figma, 'emotions', stageId);
      const y = Math.round(computeEmotionScoreY(band, score) - 120) + 3;
      notes.push(
        await addNoteAsync(figma, {
          text: 'Waited for the courier',
          x: cell.x + 45,
          y,
          parent: laneSection(figma, 'emotions'),
        }),
      );
    }
    handles.board.addStamp({ name: '+1', stuckTo: notes[1]! });
    const first = await exportNotesAsync(session, mapId);
    const scores = notes.map((note) => scoreOf(first.journey, note.id));
    expect(scores.map((entry) => entry?.scoreSource)).toEqual(['position', 'position', 'position']);

    const renamed = {
      ...spec,
      stages: spec.stages.map((stage) =>
        stage.id === 'purchase' ? { ...stage, name: 'Buying a jacket online' } : stage,
      ),
    };
    expect(await session.requestAsync({ type: 'update-map', requestId: 'rename', mapId, spec: renamed })).toMatchObject(
      { type: 'map-updated' },
    );
    const afterRename = await exportNotesAsync(session, mapId);
    expect(notes.map((note) => scoreOf(afterRename.journey, note.id))).toEqual(scores);

    const reordered = { ...renamed, stages: [...renamed.stages].reverse() };
    expect(
      await session.requestAsync({ type: 'update-map', requestId: 'reorder', mapId, spec: reordered }),
    ).toMatchObject({ type: 'map-updated' });
    const afterReorder = await exportNotesAsync(session, mapId);
    expect(notes.map((note) => scoreOf(afterReorder.journey, note.id))).toEqual(scores);

    const lane = laneSection(figma, 'emotions');
    lane.y += 13;
    expect(await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId })).toMatchObject({
      type: 'map-tidied',
    });
    const afterTidy = await exportNotesAsync(session, mapId);
    expect(notes.map((note) => scoreOf(afterTidy.journey, note.id))).toEqual(scores);

    const reimport = await session.requestAsync({
      type: 'import-map',
      requestId: 'reimport',
      journey: afterTidy.journey,
    });
    expect(reimport).toMatchObject({ type: 'map-imported' });
    const afterReimport = await exportNotesAsync(session, mapId);
    expect(notes.map((note) => scoreOf(afterReimport.journey, note.id))).toEqual(scores);
  });
});
