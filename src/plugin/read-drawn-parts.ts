import type { MapSnapshot } from '../core/board-snapshot';
import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import type { FigJamPage, FigJamSceneNode, FigJamSection, FigJamShapeWithText, FigJamText } from './figjam-api';

/** The nodes a map was drawn with, found by their tags, to be moved, rewritten or removed. */
export interface DrawnParts {
  title: FigJamText | null;
  persona: FigJamSection | null;
  personaCard: FigJamShapeWithText | null;
  /** By stage id and lane id: the node the export reads for it (see assemble-map-snapshots). */
  stageHeaders: Map<string, FigJamShapeWithText>;
  laneSections: Map<string, FigJamSection>;
  /** Emotion-curve nodes of this map: stale once the grid changes. */
  curves: FigJamSceneNode[];
  /** Vote badges on the page, by the node id of their note. */
  badges: Map<string, FigJamSceneNode[]>;
}

function tag(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

/**
 * A copied map's curve and badges carry the ids of the map and notes they were copied from; inside another map's
 * section, they are that map's.
 */
function isInOtherMap(node: FigJamSceneNode, mapSectionId: string): boolean {
  let parent = node.parent;
  while (parent && parent.type === 'SECTION') {
    const section = parent as FigJamSection;
    if (section.id === mapSectionId) return false;
    if (section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec) !== '') return true;
    parent = section.parent;
  }
  return false;
}

/** Curves and badges may sit anywhere on the page; the other parts are in the map section. */
export function readDrawnParts(page: FigJamPage, mapSection: FigJamSection, map: MapSnapshot, mapId: string): DrawnParts {
  const stageIdByNode = new Map(map.stages.flatMap((stage) => (stage.nodeId === null ? [] : [[stage.nodeId, stage.id] as const])));
  const laneIdByNode = new Map(map.lanes.flatMap((lane) => (lane.nodeId === null ? [] : [[lane.nodeId, lane.id] as const])));
  const parts: DrawnParts = {
    title: null,
    persona: null,
    personaCard: null,
    stageHeaders: new Map(),
    laneSections: new Map(),
    curves: [],
    badges: new Map(),
  };
  for (const node of mapSection.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.part] } })) {
    const id = node.id;
    const type = node.type;
    const role = tag(node, TAG_KEYS.part);
    if (role === 'title' && type === 'TEXT') parts.title ??= node;
    else if (role === 'persona' && type === 'SECTION') parts.persona ??= node;
    else if (role === 'persona-card' && type === 'SHAPE_WITH_TEXT') parts.personaCard ??= node;
    else if (role === 'stage' && type === 'SHAPE_WITH_TEXT' && stageIdByNode.has(id)) parts.stageHeaders.set(stageIdByNode.get(id)!, node);
    else if (role === 'lane' && type === 'SECTION' && laneIdByNode.has(id)) parts.laneSections.set(laneIdByNode.get(id)!, node);
  }
  const mapSectionId = mapSection.id;
  for (const node of page.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.role] } })) {
    const role = tag(node, TAG_KEYS.role);
    if ((role === 'emotion-curve' || role === 'vote-badge') && isInOtherMap(node, mapSectionId)) continue;
    if (role === 'emotion-curve') {
      if (tag(node, TAG_KEYS.mapId) === mapId) parts.curves.push(node);
      continue;
    }
    if (role !== 'vote-badge') continue;
    const noteId = tag(node, TAG_KEYS.noteId);
    const badges = parts.badges.get(noteId);
    if (badges) badges.push(node);
    else parts.badges.set(noteId, [node]);
  }
  return parts;
}
