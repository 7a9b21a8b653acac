import { EXPORTED_ROLES, TAG_KEYS, TAG_NAMESPACE, isMapRole } from '../../core/board/map-tags';
import type { MapRole } from '../../core/board/map-tags';
import type { TaggedNode } from '../../core/board/tagged-node';
import type { FigJamPage, FigJamSceneNode, FigJamSection } from '../platform/figjam-api';
import { readBounds } from './read-bounds';

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

/** Sections carry their label as the name, shapes and text as characters. */
function readText(node: FigJamSceneNode): string {
  // Every read crosses into the engine, so `type` is read once and TypeScript narrows `node` through it.
  const type = node.type;
  if (type === 'TEXT') return node.characters;
  if (type === 'SHAPE_WITH_TEXT') return node.text.characters;
  return node.name;
}

function tag(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

interface ReadContext {
  mapId: string;
  mapNodeId: string;
}

function readTaggedNode(node: FigJamSceneNode, role: MapRole, parentId: string | null, context: ReadContext): TaggedNode {
  return {
    id: node.id,
    role,
    mapId: context.mapId,
    laneId: role === 'lane' ? tag(node, TAG_KEYS.laneId) || null : null,
    stageId: role === 'stage' ? tag(node, TAG_KEYS.stageId) || null : null,
    spec: null,
    text: readText(node),
    bounds: readBounds(node) ?? { x: 0, y: 0, width: 0, height: 0 },
    parentId,
  };
}

/**
 * The parts of one map the export reads, searched within its section by the `part` tag, so cells, instructions
 * and scale marks are never read. Parents are not read: a part is directly in the map section, except the
 * persona card, which is in the persona section.
 */
export function readMapStructure(section: FigJamSection): MapStructure {
  const mapNodeId = section.id;
  const context: ReadContext = { mapId: tag(section, TAG_KEYS.mapId), mapNodeId };
  const mapNode: TaggedNode = {
    ...readTaggedNode(section, 'map', null, context),
    spec: tag(section, TAG_KEYS.spec) || null,
  };
  const tagged: TaggedNode[] = [mapNode];
  const containers = new Map<string, FigJamSection>();
  const parts = section.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.part] } });
  let personaId: string | null = null;
  const personaCards: FigJamSceneNode[] = [];
  for (const node of parts) {
    const role = tag(node, TAG_KEYS.part);
    if (!isMapRole(role) || !EXPORTED_ROLES.has(role) || role === 'map') continue;
    if (role === 'persona-card') {
      personaCards.push(node);
      continue;
    }
    const taggedNode = readTaggedNode(node, role, mapNodeId, context);
    tagged.push(taggedNode);
    if (role === 'lane' || role === 'persona') containers.set(taggedNode.id, node as FigJamSection); // drawn as sections
    if (role === 'persona') personaId = taggedNode.id;
  }
  for (const card of personaCards) tagged.push(readTaggedNode(card, 'persona-card', personaId, context));
  return { section, tagged, containers };
}
