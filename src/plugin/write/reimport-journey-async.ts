import { computeRearrangedMap } from '../../core/edit/compute-rearranged-map';
import { computeRenderPlan } from '../../core/template/compute-render-plan';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { matchReimportedNotes } from '../../core/import/match-reimported-notes';
import { mergeReimportedSpec } from '../../core/import/merge-reimported-spec';
import type { JourneyImport } from '../../core/import/parse-journey-import';
import { listImportedNotes } from '../../core/import/plan-imported-notes';
import { planMapUpdate } from '../../core/edit/plan-map-update';
import { deriveBoardSpec } from '../../core/board/derive-board-spec';
import { applyMapRearrangementAsync } from './apply-map-rearrangement-async';
import { NOTE_FONT_STYLE, drawImportedNotesAsync } from './draw-imported-journey-async';
import type { DrawImportedJourneyOptions } from './draw-imported-journey-async';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { loadMapFontsAsync } from './load-map-fonts-async';
import { readMapForEditAsync } from '../read/read-map-for-edit-async';

export interface ReimportResult {
  mapId: string;
  notesAdded: number;
  notesKept: number;
  /** Notes of the map that moved with their cells, and notes of removed stages and lanes kept beside it. */
  notesMoved: number;
  notesKeptBeside: number;
}

/**
 * Importing a journey again updates the map its first import drew: stages and lanes follow the journey (notes
 * of removed ones are kept beside the map), notes already on the map stay where people put them, and notes the
 * map lacks are added to their cells after the notes there. Never deletes a note. One undo step, and a failure
 * anywhere rolls the whole step back.
 */
export async function reimportJourneyAsync(
  api: FigJamApi,
  section: FigJamSection,
  value: JourneyImport,
  onStepAsync: DrawImportedJourneyOptions['onStepAsync'],
): Promise<ReimportResult> {
  const mapId = section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId);
  const { map, stored } = await readMapForEditAsync(api, mapId);
  const spec = mergeReimportedSpec(deriveBoardSpec(stored, map), value);
  // Removed stages and lanes are part of the journey's new shape; their notes are kept beside the map.
  const plan = planMapUpdate(map, spec, true);
  if (plan.kind !== 'apply') return { mapId, notesAdded: 0, notesKept: 0, notesMoved: 0, notesKeptBeside: 0 };
  const { layout } = plan.rearrangement;
  await loadMapFontsAsync(api, computeRenderPlan(spec, layout), [NOTE_FONT_STYLE]);

  const listed = listImportedNotes(value);
  const { notesMoved, notesKeptBeside } = plan.rearrangement;
  const result: ReimportResult = { mapId, notesAdded: 0, notesKept: 0, notesMoved, notesKeptBeside };
  await applyMapRearrangementAsync(api, section, map, plan.rearrangement, {
    fontsLoaded: true,
    thenAsync: async (log, drawn, nodeIds) => {
      // The map after its changes follows from the plan; reading the board again would cost a second full read.
      const updated = computeRearrangedMap(map, plan.rearrangement, nodeIds);
      const { added, kept, occupied } = matchReimportedNotes(listed, updated);
      // Logged, so the rest of the step (the emotion curve) failing takes the notes drawn here back with it.
      await drawImportedNotesAsync(api, { drawn, layout, mapId, cellColumns: spec.options.cellColumns }, added, occupied, log, onStepAsync);
      result.notesAdded = added.length;
      result.notesKept = kept;
      // Before the step is committed: anything that can fail after it would be answered as a failure of a change
      // that was made.
      api.currentPage.selection = [section];
      api.viewport.scrollAndZoomIntoView([section]);
    },
  });
  return result;
}
