import type { MapSnapshot } from '../../core/board/board-snapshot';
import { EMOTION_SCALE, formatEmotionScaleMark } from '../../core/template/compute-map-layout';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { RENDER_KEYS } from '../../core/template/render-plan';
import { PERSONA_SLOTS, isPersonaSlotId } from '../../core/template/persona-slots';
import type { FigJamPage, FigJamSceneNode, FigJamSection, FigJamText } from '../platform/figjam-api';
import type { DrawnPartNodes } from '../write/reconcile-render-plan';
import { isEmotionCurveOfMap } from './find-emotion-curve-nodes';
import { findMapHolding } from './find-map-holding';
import { readKeyedParts } from './read-keyed-parts';
import type { YieldBudget } from '../platform/yield-budget';

/** The nodes a map was drawn with, found by their tags, to be moved, rewritten or removed. */
export interface DrawnParts extends DrawnPartNodes {
  byKey: Map<string, FigJamSceneNode>;
  parentKeys: Map<string, string>;
  extras: FigJamSceneNode[];
  /** By lane id: the section the export reads for it (see assemble-map-snapshots). */
  laneSections: Map<string, FigJamSection>;
  /** Emotion-curve nodes of this map: stale once the grid changes. */
  curves: FigJamSceneNode[];
  /** Vote badges on the page, by the node id of their note. */
  badges: Map<string, FigJamSceneNode[]>;
}

const LANE_CONTENT_ROLES = new Set(['cell', 'lane-label', 'instruction', 'emotion-scale']);

function tag(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

/**
 * Scale marks carry no score tag: a mark whose text names a score is that score's, the others take the scores left,
 * top to bottom, as the scale is drawn. Marks beyond the five are extras.
 */
function keyScaleMarks(laneId: string, marks: readonly FigJamText[], add: (key: string, node: FigJamSceneNode) => void, extras: FigJamSceneNode[]): void {
  const scoreByText = new Map(EMOTION_SCALE.map((step) => [formatEmotionScaleMark(step.score, step.emoji, step.word), step.score]));
  const free = new Set<number>(EMOTION_SCALE.map((step) => step.score));
  const unnamed: FigJamText[] = [];
  for (const mark of marks) {
    const score = scoreByText.get(mark.characters);
    if (score !== undefined && free.delete(score)) add(RENDER_KEYS.scale(laneId, score), mark);
    else unnamed.push(mark);
  }
  const left = EMOTION_SCALE.filter((step) => free.has(step.score));
  unnamed.sort((a, b) => a.y - b.y);
  unnamed.forEach((mark, index) => {
    const step = left[index];
    if (step) add(RENDER_KEYS.scale(laneId, step.score), mark);
    else extras.push(mark);
  });
}

/** A lane's cells, label, instruction and scale marks, found among its children; a second of one is an extra. */
function* readLaneContents(parts: DrawnParts, laneId: string, section: FigJamSection, mapId: string): Generator<void, void> {
  const laneKey = RENDER_KEYS.lane(laneId);
  const marks: FigJamText[] = [];
  const add = (key: string, node: FigJamSceneNode) => {
    if (parts.byKey.has(key)) {
      parts.extras.push(node);
      return;
    }
    parts.byKey.set(key, node);
    parts.parentKeys.set(key, laneKey);
  };
  for (const child of section.children) {
    // A lane holds its notes too: on a big map, thousands of children.
    yield;
    const type = child.type;
    if (type !== 'SHAPE_WITH_TEXT' && type !== 'TEXT') continue;
    const role = tag(child, TAG_KEYS.role);
    if (role === '' || tag(child, TAG_KEYS.mapId) !== mapId) continue;
    if (role === 'cell' && type === 'SHAPE_WITH_TEXT') add(RENDER_KEYS.cell(laneId, tag(child, TAG_KEYS.stageId)), child);
    else if (role === 'lane-label' && type === 'SHAPE_WITH_TEXT') add(RENDER_KEYS.label(laneId), child);
    else if (role === 'instruction' && type === 'TEXT') add(RENDER_KEYS.instruction(laneId), child);
    else if (role === 'emotion-scale' && type === 'TEXT') marks.push(child);
    else if (LANE_CONTENT_ROLES.has(role)) parts.extras.push(child);
  }
  keyScaleMarks(laneId, marks, add, parts.extras);
}

/**
 * A part only drawn, not exported, carries no `part` tag (the export's search would read it for nothing): it is
 * found among the children of the section it is drawn in, a second of it is an extra.
 */
function readDrawingOnlyChild(parts: DrawnParts, parentKey: string, role: string, type: FigJamSceneNode['type'], key: string, mapId: string): void {
  const parent = parts.byKey.get(parentKey);
  if (!parent || parent.type !== 'SECTION') return;
  for (const child of (parent as FigJamSection).children) {
    if (child.type !== type || tag(child, TAG_KEYS.role) !== role || tag(child, TAG_KEYS.mapId) !== mapId) continue;
    if (parts.byKey.has(key)) parts.extras.push(child);
    else {
      parts.byKey.set(key, child);
      parts.parentKeys.set(key, parentKey);
    }
  }
}

/**
 * Badges may sit anywhere on the page (beside notes near the map); the curve (see isEmotionCurveOfMap) and the other
 * parts are in the map section. Stage headers and lane sections are the nodes the snapshot read for their stage and
 * lane, so a copy of one is left as people made it.
 * With a `budget`, pauses whenever the request's budget says its slice of the main thread is used.
 */
export async function readDrawnPartsAsync(page: FigJamPage, mapSection: FigJamSection, map: MapSnapshot, mapId: string, budget: YieldBudget | undefined): Promise<DrawnParts> {
  const steps = readDrawnPartsInSteps(page, mapSection, map, mapId);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (budget) await budget.yieldIfDueAsync();
  }
}

/** The reading of `readDrawnPartsAsync`, one step per node looked at, so that a caller may pause between steps. */
function* readDrawnPartsInSteps(page: FigJamPage, mapSection: FigJamSection, map: MapSnapshot, mapId: string): Generator<void, DrawnParts> {
  const stageIdByNode = new Map(map.stages.flatMap((stage) => (stage.nodeId === null ? [] : [[stage.nodeId, stage.id] as const])));
  const laneIdByNode = new Map(map.lanes.flatMap((lane) => (lane.nodeId === null ? [] : [[lane.nodeId, lane.id] as const])));
  const parts: DrawnParts = {
    byKey: new Map([[RENDER_KEYS.map, mapSection]]),
    parentKeys: new Map(),
    extras: [],
    laneSections: new Map(),
    curves: [],
    badges: new Map(),
  };
  const setOnce = (key: string, node: FigJamSceneNode) => {
    if (!parts.byKey.has(key)) parts.byKey.set(key, node);
  };
  for (const node of mapSection.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.part] } })) {
    const id = node.id;
    const type = node.type;
    const role = tag(node, TAG_KEYS.part);
    if (role === 'title' && type === 'TEXT') setOnce(RENDER_KEYS.title, node);
    else if (role === 'persona' && type === 'SECTION') setOnce(RENDER_KEYS.persona, node);
    else if (role === 'persona-card' && type === 'SHAPE_WITH_TEXT') setOnce(RENDER_KEYS.personaCard, node);
    else if (role === 'stage' && type === 'SHAPE_WITH_TEXT' && stageIdByNode.has(id)) parts.byKey.set(RENDER_KEYS.header(stageIdByNode.get(id)!), node);
    else if (role === 'persona-name' && type === 'TEXT') setOnce(RENDER_KEYS.personaName, node);
    else if (role === 'persona-role' && type === 'TEXT') setOnce(RENDER_KEYS.personaRole, node);
    else if (role === 'persona-description' && type === 'TEXT') setOnce(RENDER_KEYS.personaDescription, node);
    else if (role === 'persona-slot' && type === 'SECTION' && isPersonaSlotId(tag(node, TAG_KEYS.slotId))) {
      setOnce(RENDER_KEYS.personaSlot(tag(node, TAG_KEYS.slotId)), node);
    } else if (role === 'parking-lot' && type === 'SECTION') setOnce(RENDER_KEYS.parkingLot, node);
    else if (role === 'lane' && type === 'SECTION' && laneIdByNode.has(id)) {
      const laneId = laneIdByNode.get(id)!;
      parts.byKey.set(RENDER_KEYS.lane(laneId), node);
      parts.laneSections.set(laneId, node);
    }
  }
  const mapSectionId = mapSection.id;
  for (const [laneId, section] of parts.laneSections) yield* readLaneContents(parts, laneId, section, mapId);
  readKeyedParts(mapSection, mapId, parts.byKey, parts.extras);
  readDrawingOnlyChild(parts, RENDER_KEYS.persona, 'persona-initials', 'SHAPE_WITH_TEXT', RENDER_KEYS.personaInitials, mapId);
  readDrawingOnlyChild(parts, RENDER_KEYS.parkingLot, 'parking-lot-instruction', 'TEXT', RENDER_KEYS.parkingLotInstruction, mapId);
  for (const slot of PERSONA_SLOTS) {
    readDrawingOnlyChild(parts, RENDER_KEYS.personaSlot(slot.id), 'persona-slot-hint', 'TEXT', RENDER_KEYS.personaSlotHint(slot.id), mapId);
  }
  for (const node of page.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.role] } })) {
    yield;
    const role = tag(node, TAG_KEYS.role);
    if (role === 'emotion-curve') {
      if (isEmotionCurveOfMap(node, mapSectionId, mapId)) parts.curves.push(node);
      continue;
    }
    // A copied map's badges carry the ids of the notes they were copied from: inside another map, they are its.
    if (role !== 'vote-badge' || findMapHolding(node, mapSectionId) === 'another map') continue;
    const noteId = tag(node, TAG_KEYS.noteId);
    const badges = parts.badges.get(noteId);
    if (badges) badges.push(node);
    else parts.badges.set(noteId, [node]);
  }
  return parts;
}
