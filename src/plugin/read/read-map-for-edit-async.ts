import type { MapSnapshot } from '../../core/board/board-snapshot';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { parseStoredSpec } from '../../core/board/derive-board-spec';
import type { TemplateSpec } from '../../core/template/template-spec';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { findMapCandidate } from './find-map-section';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';
import type { ReadMapNotesOptions } from './read-map-notes-async';
import { readTaggedMapAsync } from './read-tagged-map-async';
import { requireFigJam } from '../platform/require-figjam';
import type { YieldBudget } from '../platform/yield-budget';

export interface MapForEdit {
  section: FigJamSection;
  map: MapSnapshot;
  /** The spec the map was last drawn with. */
  stored: TemplateSpec;
}

/** A drawn map as it is now, with its notes, and the spec stored on it. */
export async function readMapForEditAsync(
  api: FigJamApi,
  mapId: string,
  onStepAsync?: ReadMapNotesOptions['onStepAsync'],
  budget?: YieldBudget,
): Promise<MapForEdit> {
  requireFigJam(api);
  const { section, mapId: knownAs } = findMapCandidate(api, mapId);
  const map = await readTaggedMapAsync(api, section, { includeAuthors: false, knownAs, ...(onStepAsync ? { onStepAsync } : {}), ...(budget ? { budget } : {}) });
  const stored = parseStoredSpec(section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec));
  if (!stored) throw new PluginError(USER_MESSAGES.mapSettingsDamaged(map.title));
  return { section, map, stored };
}
