import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { ChangeLog } from './change-log';
import { createMapId } from './create-map-id';
import type { FigJamSection } from '../platform/figjam-api';

/**
 * The id a map is edited under. A map copied in FigJam carries the id of the map it was copied from (see
 * readCandidates); on its first edit it gets an id of its own, written on its section and every tagged node in
 * it, under the change log, so the two maps are never taken for one again. `knownAs` is the id the map is known
 * by now; it equals the tagged id on every map that is not a copy, which is then left as it is.
 */
export function separateCopiedMap(log: ChangeLog, section: FigJamSection, knownAs: string): string {
  const tagged = section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId);
  if (knownAs === tagged) return tagged;
  const mapId = createMapId();
  const nodes = [
    section,
    ...section.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.mapId] } }),
  ];
  for (const node of nodes) {
    if (node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId) !== tagged) continue;
    log.change(
      () => node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId, mapId),
      () => node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId, tagged),
    );
  }
  return mapId;
}
