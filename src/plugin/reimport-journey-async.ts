import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import { matchReimportedNotes } from '../core/match-reimported-notes';
import { mergeReimportedSpec } from '../core/merge-reimported-spec';
import type { JourneyImport } from '../core/parse-journey-import';
import { listImportedNotes } from '../core/plan-imported-notes';
import { planMapUpdate } from '../core/plan-map-update';
import { readBoardSpec } from '../core/read-board-spec';
import { applyMapRearrangementAsync } from './apply-map-rearrangement-async';
import type { DrawnMap, DrawnNode } from './draw-map-async';
import { loadMapFontsAsync, removeDrawnNodes } from './draw-map-async';
import { NOTE_FONT_STYLE, drawImportedNotesAsync } from './draw-imported-journey-async';
import type { DrawImportedJourneyOptions } from './draw-imported-journey-async';
import type { FigJamApi, FigJamSection } from './figjam-api';
import { readMapForEditAsync } from './read-map-for-edit-async';
import { readMapStructure } from './read-map-structure';
import { readTaggedMapAsync } from './read-tagged-map-async';

export interface ReimportResult {
  mapId: string;
  notesAdded: number;
  notesKept: number;
}

function readDrawnMap(section: FigJamSection): DrawnMap {
  const structure = readMapStructure(section);
  const lanes = new Map<string, FigJamSection>();
  let persona: FigJamSection | undefined;
  for (const node of structure.tagged) {
    const container = structure.containers.get(node.id);
    if (!container) continue;
    if (node.role === 'lane' && node.laneId !== null) lanes.set(node.laneId, container);
    if (node.role === 'persona') persona = container;
  }
  return { map: section, persona: persona ?? section, lanes };
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
  const spec = mergeReimportedSpec(readBoardSpec(stored, map), value);
  // Removed stages and lanes are part of the journey's new shape; their notes are kept beside the map.
  const plan = planMapUpdate(map, spec, true);
  if (plan.kind !== 'apply') return { mapId, notesAdded: 0, notesKept: 0 };
  const { layout } = plan.rearrangement;
  await loadMapFontsAsync(api, layout, [NOTE_FONT_STYLE]);

  const listed = listImportedNotes(value);
  const result: ReimportResult = { mapId, notesAdded: 0, notesKept: 0 };
  const created: DrawnNode[] = [];
  await applyMapRearrangementAsync(api, section, map, plan.rearrangement, {
    fontsLoaded: true,
    thenAsync: async (log) => {
      try {
        const updated = await readTaggedMapAsync(api, section, { includeAuthors: false });
        const { added, kept, occupied } = matchReimportedNotes(listed, updated);
        const target = { drawn: readDrawnMap(section), layout, mapId, cellColumns: spec.options.cellColumns };
        await drawImportedNotesAsync(api, target, added, occupied, created, onStepAsync);
        // The rest of the step (the emotion curve) may still fail: the notes drawn here go back with it.
        for (const node of created) log.created(node);
        result.notesAdded = added.length;
        result.notesKept = kept;
        // Before the step is committed: anything that can fail after it would be answered as a failure of a
        // change that was made.
        api.currentPage.selection = [section];
        api.viewport.scrollAndZoomIntoView([section]);
      } catch (error) {
        removeDrawnNodes(created);
        throw error;
      }
    },
  });
  return result;
}
