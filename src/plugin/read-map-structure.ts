import type { Rect } from '../core/geometry';
import { TAG_KEYS, TAG_NAMESPACE, isMapRole } from '../core/map-tags';
import type { MapRole } from '../core/map-tags';
import type { TaggedNode } from '../core/tagged-node';
import type { FigJamPage, FigJamSceneNode, FigJamSection } from './figjam-api';

/** The roles whose geometry or text the export needs; cells, instructions and the scale are only drawing. */
const ROLES_READ: ReadonlySet<MapRole> = new Set<MapRole>(['map', 'title', 'persona', 'persona-card', 'stage', 'lane']);

export interface MapStructure {
  /** The map section node, to search its notes. */
  section: FigJamSection;
  tagged: TaggedNode[];
  /** Sections of the map that hold notes (lanes, persona), by node id. */
  containers: Map<string, FigJamSection>;
}

/** Map sections are the only nodes tagged with a spec. */
export function findMapSections(page: FigJamPage): FigJamSection[] {
  return page.findAllWithCriteria({
    types: ['SECTION'],
    sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.spec] },
  });
}

function readBounds(node: FigJamSceneNode): Rect {
  const box = node.absoluteBoundingBox;
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : { x: 0, y: 0, width: 0, height: 0 };
}

function readText(node: FigJamSceneNode): string {
  if (node.type === 'TEXT') return node.characters;
  if (node.type === 'SHAPE_WITH_TEXT' || node.type === 'STICKY') return node.text.characters;
  return node.name;
}

function tag(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

function readTaggedNode(node: FigJamSceneNode, role: MapRole, parentId: string | null): TaggedNode {
  return {
    id: node.id,
    role,
    mapId: tag(node, TAG_KEYS.mapId),
    laneId: role === 'lane' ? tag(node, TAG_KEYS.laneId) || null : null,
    stageId: role === 'stage' ? tag(node, TAG_KEYS.stageId) || null : null,
    spec: role === 'map' ? tag(node, TAG_KEYS.spec) || null : null,
    text: readText(node),
    bounds: readBounds(node),
    parentId,
  };
}

/**
 * The map's own nodes, searched within the map section only. Parents are not read: a tagged node is either the
 * map section, or directly in it, or (persona card) in the persona section.
 */
export function readMapStructure(section: FigJamSection): MapStructure {
  const mapNodeId = section.id;
  const tagged: TaggedNode[] = [readTaggedNode(section, 'map', null)];
  const containers = new Map<string, FigJamSection>();
  const descendants = section.findAllWithCriteria({
    sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.role] },
  });
  let personaId: string | null = null;
  const personaCards: FigJamSceneNode[] = [];
  for (const node of descendants) {
    const role = tag(node, TAG_KEYS.role);
    if (!isMapRole(role) || !ROLES_READ.has(role) || role === 'map') continue;
    if (role === 'persona-card') {
      personaCards.push(node);
      continue;
    }
    const taggedNode = readTaggedNode(node, role, mapNodeId);
    tagged.push(taggedNode);
    if ((role === 'lane' || role === 'persona') && node.type === 'SECTION') containers.set(taggedNode.id, node);
    if (role === 'persona') personaId = taggedNode.id;
  }
  for (const card of personaCards) tagged.push(readTaggedNode(card, 'persona-card', personaId));
  return { section, tagged, containers };
}
