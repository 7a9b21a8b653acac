import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { FigJamSceneNode, FigJamSection } from '../platform/figjam-api';

/** The dots and connectors of a map's emotion curve, wherever they were moved to inside the map section. */
export function findEmotionCurveNodes(mapSection: FigJamSection, mapId: string): FigJamSceneNode[] {
  return mapSection
    .findAllWithCriteria({
      types: ['SHAPE_WITH_TEXT', 'CONNECTOR'],
      sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.role] },
    })
    .filter(
      (node) =>
        node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.role) === 'emotion-curve' &&
        node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId) === mapId,
    );
}
