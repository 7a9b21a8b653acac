import { EXPORTED_ROLES, PERSONA_PART_ROLES, TAG_KEYS, TAG_NAMESPACE, isMapRole } from '../../core/board/map-tags';
import type { MapRole } from '../../core/board/map-tags';
import type { TaggedNode } from '../../core/board/tagged-node';
import type { FigJamPage, FigJamSceneNode, FigJamSection } from '../platform/figjam-api';
import { readBounds } from './read-bounds';
import { computeExpectedMapDrawing } from '../../core/board/expected-map-drawing';

export interface MapStructure {
  /** The map section node, to search its notes. */
  section: FigJamSection;
  /** The map section first, then its parts. */
  tagged: TaggedNode[];
  /** Sections of the map that hold notes (lanes, persona, its slots, parking lot), by node id. */
  containers: Map<string, FigJamSection>;
  /** Some containers lie in others (persona slots): they come first, and a note is read in the first that holds it. */
  nested?: boolean;
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

/** The node type each exported role is drawn as (see computeRenderPlan). */
const SECTION_ROLES: ReadonlySet<MapRole> = new Set<MapRole>(['map', 'persona', 'lane', 'persona-slot', 'parking-lot']);
const SHAPE_ROLES: ReadonlySet<MapRole> = new Set<MapRole>(['persona-card', 'stage']);

/**
 * A part's text read as its role's node type has it, without reading the type first: every read crosses into the
 * engine, and a name a node does not have reads as undefined. A node of another type (drawn otherwise once) falls
 * back to reading its type.
 */
function readPartText(node: FigJamSceneNode, role: MapRole): string {
  const loose = node as unknown as { name?: unknown; characters?: unknown; text?: { characters?: unknown } };
  const guess = SECTION_ROLES.has(role) ? loose.name : SHAPE_ROLES.has(role) ? loose.text?.characters : loose.characters;
  return typeof guess === 'string' ? guess : readText(node);
}

function tag(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

interface ReadContext {
  mapId: string;
  mapNodeId: string;
}

function readTaggedNode(node: FigJamSceneNode, role: MapRole, parentId: string | null, context: ReadContext, knownId?: string): TaggedNode {
  return {
    id: knownId ?? node.id,
    role,
    mapId: context.mapId,
    laneId: role === 'lane' ? tag(node, TAG_KEYS.laneId) || null : null,
    stageId: role === 'stage' ? tag(node, TAG_KEYS.stageId) || null : null,
    spec: null,
    text: readPartText(node, role),
    bounds: readBounds(node) ?? { x: 0, y: 0, width: 0, height: 0 },
    parentId,
  };
}

const NO_BOUNDS = { x: 0, y: 0, width: 0, height: 0 };

/**
 * The parts drawn for persona slots and the parking lot, read for no more than the export uses, since every read
 * crosses into the engine: a section's place (its name is only a label), a text's characters (not its place).
 * The `part` tag of each is written on one node type only (see tagNode), so the type is not read.
 */
function readLeanPart(node: FigJamSceneNode, role: MapRole, parentId: string | null, context: ReadContext): TaggedNode {
  const isSection = role === 'persona-slot' || role === 'parking-lot';
  const characters = isSection ? '' : (node as { characters?: unknown }).characters;
  return {
    id: node.id,
    role,
    mapId: context.mapId,
    laneId: null,
    stageId: null,
    spec: null,
    text: typeof characters === 'string' ? characters : '',
    bounds: isSection ? (readBounds(node) ?? NO_BOUNDS) : NO_BOUNDS,
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
    ...readTaggedNode(section, 'map', null, context, mapNodeId),
    spec: tag(section, TAG_KEYS.spec) || null,
  };
  const tagged: TaggedNode[] = [mapNode];
  const containers = new Map<string, FigJamSection>();
  const parts = section.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.part] } });
  let personaId: string | null = null;
  const personaCards: FigJamSceneNode[] = [];
  const personaParts: Array<{ node: FigJamSceneNode; role: MapRole }> = [];
  for (const node of parts) {
    const role = tag(node, TAG_KEYS.part);
    if (!isMapRole(role) || !EXPORTED_ROLES.has(role) || role === 'map') continue;
    if (role === 'persona-card') {
      personaCards.push(node);
      continue;
    }
    if (PERSONA_PART_ROLES.has(role)) {
      personaParts.push({ node, role });
      continue;
    }
    const taggedNode = role === 'parking-lot' ? readLeanPart(node, role, mapNodeId, context) : readTaggedNode(node, role, mapNodeId, context);
    tagged.push(taggedNode);
    if (role === 'lane' || role === 'persona' || role === 'parking-lot') containers.set(taggedNode.id, node as FigJamSection); // drawn as sections
    if (role === 'persona') personaId = taggedNode.id;
  }
  for (const card of personaCards) tagged.push(readTaggedNode(card, 'persona-card', personaId, context));
  tagged.push(...readMapDrawing(section, mapNode, tagged));
  if (personaParts.length === 0) return { section, tagged, containers };
  const slots = new Map<string, FigJamSection>();
  for (const { node, role } of personaParts) {
    const taggedNode = readLeanPart(node, role, personaId, context);
    if (role === 'persona-slot') {
      taggedNode.slotId = tag(node, TAG_KEYS.slotId) || null;
      slots.set(taggedNode.id, node as FigJamSection); // drawn as sections
    }
    tagged.push(taggedNode);
  }
  return { section, tagged, containers: new Map([...slots, ...containers]), nested: slots.size > 0 };
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
  // Two searches, not one with both types: one search would answer the two kinds mixed, and telling them apart
  // reads each node's type, about a hundred reads on an 8 × 10 map where the second search is one call.
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
