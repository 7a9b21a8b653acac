import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { FigJamSceneNode, FigJamSection } from '../platform/figjam-api';

/** Where a node lies among maps: in the map section asked about, in another map's section inside it or elsewhere, or in none. */
export type MapHolding = 'this map' | 'another map' | 'no map';

/**
 * The innermost map section around `node`, told apart as the map section `mapSectionId` or another; the walk goes up
 * through sections only, as maps are drawn in sections.
 */
export function findMapHolding(node: FigJamSceneNode, mapSectionId: string): MapHolding {
  for (let parent = node.parent; parent && parent.type === 'SECTION'; parent = (parent as FigJamSection).parent) {
    if (parent.id === mapSectionId) return 'this map';
    if ((parent as FigJamSection).getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec) !== '') return 'another map';
  }
  return 'no map';
}
