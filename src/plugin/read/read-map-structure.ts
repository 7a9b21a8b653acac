import { EXPORTED_ROLES, TAG_KEYS, TAG_NAMESPACE, isMapRole } from '../../core/board/map-tags';
import type { MapRole } from '../../core/board/map-tags';
import type { TaggedNode } from '../../core/board/tagged-node';
import type { FigJamPage, FigJamSceneNode, FigJamSection } from '../platform/figjam-api';
import { readBounds } from './read-bounds';
import { computeExpectedMapDrawing } from '../../core/board/expected-map-drawing';

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
  tagged.push(...readMapDrawing(section, mapNode, tagged));
  return { section, tagged, containers };
}

/**
 * The cells and lane instructions of a map, for the export to say which are missing; only their role, lane and
 * stage matter, so they get made-up ids and the lane's bounds. Two searches find every shape and text tagged with
 * a lane; when there are as many as the stored spec draws, the map is whole and nothing more is read. Only a map
 * that lost (or gained) some reads the lane and stage of each.
 */
function readMapDrawing(section: FigJamSection, mapNode: TaggedNode, parts: readonly TaggedNode[]): TaggedNode[] {
  const expected = computeExpectedMapDrawing(mapNode.spec);
  if (!expected) return [];
  const lanes = new Map(parts.filter((node) => node.role === 'lane' && node.laneId !== null).map((node) => [node.laneId!, node]));
  const drawing = (role: MapRole, laneId: string, stageId: string | null): TaggedNode[] => {
    const lane = lanes.get(laneId);
    if (!lane) return [];
    const id = `${lane.id}/${role}/${stageId ?? ''}`;
    return [{ id, role, mapId: mapNode.mapId, laneId, stageId, spec: null, text: '', bounds: lane.bounds, parentId: lane.id }];
  };
  const byLane = { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.laneId] };
  const shapes = section.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'], sharedPluginData: byLane });
  const texts = section.findAllWithCriteria({ types: ['TEXT'], sharedPluginData: byLane });
  const found: TaggedNode[] = [];
  if (shapes.length === expected.laneShapeCount) {
    for (const cell of expected.cells) found.push(...drawing('cell', cell.laneId, cell.stageId));
  } else {
    // Cells carry a stage; lane labels do not.
    for (const shape of shapes) {
      const stageId = tag(shape, TAG_KEYS.stageId);
      if (stageId !== '') found.push(...drawing('cell', tag(shape, TAG_KEYS.laneId), stageId));
    }
  }
  if (texts.length === expected.laneTextCount) {
    for (const laneId of expected.instructionLaneIds) found.push(...drawing('instruction', laneId, null));
  } else {
    for (const text of texts) if (tag(text, TAG_KEYS.role) === 'instruction') found.push(...drawing('instruction', tag(text, TAG_KEYS.laneId), null));
  }
  return found;
}
