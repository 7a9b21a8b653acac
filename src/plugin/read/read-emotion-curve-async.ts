import type { MapSnapshot } from '../../core/board/board-snapshot';
import { computeEmotionCurve } from '../../core/journey/compute-emotion-curve';
import type { EmotionCurve } from '../../core/journey/compute-emotion-curve';
import { computeJourney } from '../../core/journey/compute-journey';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { placeNotes } from '../../core/placement/place-notes';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';
import type { ReadMapNotesOptions } from './read-map-notes-async';
import { readTaggedMapAsync } from './read-tagged-map-async';
import type { YieldBudget } from '../platform/yield-budget';

export interface MapEmotionCurve {
  map: MapSnapshot;
  curve: EmotionCurve;
  /** The section of the emotion lane the curve is drawn in; null when the map has no emotion lane. */
  lane: FigJamSection | null;
}

/** The emotion curve of a map as its notes are now: the map read again, its stages scored as the export scores them. */
export async function readEmotionCurveAsync(
  api: FigJamApi,
  mapSection: FigJamSection,
  onStepAsync?: ReadMapNotesOptions['onStepAsync'],
  budget?: YieldBudget,
): Promise<MapEmotionCurve> {
  const map = await readTaggedMapAsync(api, mapSection, { includeAuthors: false, ...(onStepAsync ? { onStepAsync } : {}), ...(budget ? { budget } : {}) });
  if (budget) await budget.yieldAsync();
  const placements = placeNotes(map);
  if (budget) await budget.yieldAsync();
  const journey = computeJourney(map, placements, {
    exportedAt: new Date().toISOString(),
    pluginVersion: PLUGIN_VERSION,
    page: api.currentPage.name,
    via: 'plugin',
    mapKind: 'tagged',
  });
  if (budget) await budget.yieldAsync();
  const curve = computeEmotionCurve(map, journey.stages.map((stage) => stage.emotion.score));
  if (curve.kind === 'no-emotions-lane') return { map, curve, lane: null };
  if (curve.lane.nodeId === null) throw new PluginError(USER_MESSAGES.laneMissingFromBoard(curve.lane.name));
  const laneNode = curve.lane.nodeId === null ? null : await api.getNodeByIdAsync(curve.lane.nodeId);
  // A tagged map's lanes are always sections read moments ago; anything else is a bug, not a user's doing.
  if (laneNode === null || laneNode.type !== 'SECTION') throw new Error(`Emotion lane ${curve.lane.id} is not a section`);
  return { map, curve, lane: laneNode };
}
