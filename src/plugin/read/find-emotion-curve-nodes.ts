import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { FigJamSceneNode, FigJamSection } from '../platform/figjam-api';
import { findMapHolding } from './find-map-holding';

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
