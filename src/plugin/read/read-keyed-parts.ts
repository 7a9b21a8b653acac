import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { FigJamSceneNode, FigJamSection } from '../platform/figjam-api';

/**
 * The parts of a map's look found by their render key (title details, stage descriptions, emotion guides, the
 * workshop panels), in one search of the map section. Only this map's: a node tagged with another map id is left
 * alone. A key held twice gives an extra, which the reconciler removes.
 */
export function readKeyedParts(mapSection: FigJamSection, mapId: string, byKey: Map<string, FigJamSceneNode>, extras: FigJamSceneNode[]): void {
  for (const node of mapSection.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.partKey] } })) {
    if (node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId) !== mapId) continue;
    const key = node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.partKey);
    if (byKey.has(key)) extras.push(node);
    else byKey.set(key, node);
  }
}
