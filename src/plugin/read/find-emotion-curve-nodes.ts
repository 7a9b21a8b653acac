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

/**
 * The one rule for a node tagged as an emotion curve's (`role` emotion-curve): it is the curve of the map `mapId`
 * drawn in `mapSectionId` when it carries that map's id and lies in that map's section, in no other map inside it.
 * A curve is drawn into its emotion lane, so in its map section; a copy of a map (or a node dragged out of one)
 * carries the id of the map it came from, and a copied map gets an id of its own only on what its section holds
 * (see separateCopiedMap). So the tag names the map only inside a map section: a curve node outside every map, or in
 * a copy's section, is not this map's. The curve handler and the edits that redraw a curve both ask this rule, so
 * both replace the same nodes.
 */
export function isEmotionCurveOfMap(node: FigJamSceneNode, mapSectionId: string, mapId: string): boolean {
  return node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId) === mapId && findMapHolding(node, mapSectionId) === 'this map';
}

/** The dots and connectors of a map's emotion curve, wherever they were moved to inside the map section. */
export function findEmotionCurveNodes(mapSection: FigJamSection, mapId: string): FigJamSceneNode[] {
  const mapSectionId = mapSection.id;
  return mapSection
    .findAllWithCriteria({
      types: ['SHAPE_WITH_TEXT', 'CONNECTOR'],
      sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.role] },
    })
    .filter((node) => node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.role) === 'emotion-curve' && isEmotionCurveOfMap(node, mapSectionId, mapId));
}
