import type { Point, Rect } from '../../core/shared/geometry';
import { TAG_NAMESPACE } from '../../core/board/map-tags';
import type { RenderPart, RenderPlan, RenderText } from '../../core/template/render-plan';
import type { ChangeLog } from './change-log';
import type { FigJamApi, FigJamSceneNode, FigJamSection, FigJamShapeWithText, FigJamText, FigJamTextSublayer } from '../platform/figjam-api';
import { readPageOrigin } from '../read/read-page-origin';
import { samePaints } from './same-paints';
import { tagNode } from './tag-node';

export type RenderedNode = FigJamSection | FigJamShapeWithText | FigJamText;

/** What a map has drawn already, found by its tags (see readDrawnPartsAsync); all empty for a new map. */
export interface DrawnPartNodes {
  /** By render key, the map section included. */
  byKey: ReadonlyMap<string, FigJamSceneNode>;
  /** The key of the part each drawn part was found in, where the reading knows it: its parent need not be read. */
  parentKeys: ReadonlyMap<string, string>;
  /** Drawn parts the map holds twice or in the wrong node type: removed. */
  extras: readonly FigJamSceneNode[];
}

export const NOTHING_DRAWN: DrawnPartNodes = { byKey: new Map(), parentKeys: new Map(), extras: [] };

export interface ReconcileTarget {
  api: FigJamApi;
  log: ChangeLog;
  mapId: string;
  drawn: DrawnPartNodes;
}

export interface ReconciledMap {
  /** Every planned part's node, by key. */
  nodes: Map<string, RenderedNode>;
  /**
   * Drawn nodes the plan no longer holds, for the caller to remove once everything else is done (removals cannot be
   * rolled back). A part inside another removed part goes with it and is not listed.
   */
  removals: FigJamSceneNode[];
  /** Parts drawn anew, moved or resized. */
  partsChanged: number;
}

function createNode(api: FigJamApi, part: RenderPart): RenderedNode {
  if (part.type === 'SECTION') return api.createSection();
  if (part.type === 'SHAPE_WITH_TEXT') return api.createShapeWithText();
  return api.createText();
}

function writeText(log: ChangeLog, target: FigJamTextSublayer | FigJamText, text: RenderText): void {
  // The font goes first: characters can only be written in a loaded font, and a new text's default is not ours.
  log.set(target, 'fontName', text.fontName);
  log.set(target, 'fontSize', text.fontSize);
  log.set(target, 'characters', text.characters);
  log.set(target, 'fills', text.fills, samePaints);
}

/** x/y are relative to the parent; a resize only where the size differs. Says whether anything changed. */
function writeGeometry(log: ChangeLog, node: RenderedNode, rect: Rect, parentOrigin: Point, created: boolean): boolean {
  let changed = log.set(node, 'x', rect.x - parentOrigin.x);
  changed = log.set(node, 'y', rect.y - parentOrigin.y) || changed;
  if (node.type === 'SECTION') {
    changed = log.resize(node, rect.width, rect.height, (section, width, height) => section.resizeWithoutConstraints(width, height)) || changed;
  } else if (node.type === 'SHAPE_WITH_TEXT') {
    changed = log.resize(node, rect.width, rect.height, (shape, width, height) => shape.resize(width, height)) || changed;
  } else if (created || node.width !== rect.width) {
    // A text node's height follows its text, so only its width is kept.
    log.resize(node, rect.width, rect.height, (text, width, height) => text.resize(width, height));
    log.set(node, 'textAutoResize', 'HEIGHT');
  }
  return changed;
}

function writeStyle(log: ChangeLog, node: RenderedNode, part: RenderPart): void {
  if (node.type === 'SECTION') {
    if (part.name !== undefined) log.set(node, 'name', part.name);
    if (part.fills) log.set(node, 'fills', part.fills, samePaints);
  } else if (node.type === 'SHAPE_WITH_TEXT') {
    if (part.shapeType) log.set(node, 'shapeType', part.shapeType);
    if (part.fills) log.set(node, 'fills', part.fills, samePaints);
    if (part.strokes) log.set(node, 'strokes', part.strokes, samePaints);
    if (part.text) writeText(log, node.text, part.text);
  } else if (part.text) {
    writeText(log, node, part.text);
  }
  if (part.locked !== undefined) log.set(node, 'locked', part.locked);
}

function writeData(log: ChangeLog, node: RenderedNode, data: Record<string, string>): void {
  for (const [key, value] of Object.entries(data)) {
    const old = node.getSharedPluginData(TAG_NAMESPACE, key);
    if (old === value) continue;
    log.change(
      () => node.setSharedPluginData(TAG_NAMESPACE, key, value),
      () => node.setSharedPluginData(TAG_NAMESPACE, key, old),
    );
  }
}

/** Parts hold others only as sections, the one node type FigJam lets hold them; a plan saying otherwise is wrong. */
function parentSection(nodes: ReadonlyMap<string, RenderedNode>, key: string): FigJamSection {
  const parent = nodes.get(key);
  if (!parent || parent.type !== 'SECTION') throw new Error(`Render plan: part ${key} is not a section drawn before its children`);
  return parent;
}

/** Where a part drawn anew goes in its parent: see placeInParent. */
interface Placement {
  /** The part planned before it in the same parent, when there is one. */
  previous: RenderedNode | undefined;
  /** Whether the parent was drawn anew in this pass too: then every child is appended, in plan order. */
  parentIsNew: boolean;
}

/**
 * A part drawn anew in a section that was already on the board goes just above the part planned before it there,
 * not on top of everything: a redrawn panel background would hide the legend's text, a redrawn cell the notes.
 */
function placeInParent(parent: FigJamSection, node: RenderedNode, placement: Placement): void {
  if (placement.parentIsNew) {
    parent.appendChild(node);
    return;
  }
  // By id: a host object read twice need not be the same JavaScript object.
  const previousId = placement.previous?.id;
  const index = previousId === undefined ? 0 : parent.children.findIndex((child) => child.id === previousId) + 1;
  parent.insertChild(index, node);
}

/** Reuses the drawn node when it is of the planned type; a node of another type is replaced. */
function findOrCreate(
  target: ReconcileTarget,
  part: RenderPart,
  parent: FigJamSection | null,
  removals: FigJamSceneNode[],
  placement: Placement,
): { node: RenderedNode; created: boolean } {
  const { api, log, drawn, mapId } = target;
  const existing = drawn.byKey.get(part.key);
  if (existing && existing.type === part.type) {
    const node = existing as RenderedNode;
    const knownParent = part.parentKey !== null && drawn.parentKeys.get(part.key) === part.parentKey;
    if (parent && !knownParent && node.parent?.id !== parent.id) log.reparentInPlace(parent, node);
    return { node, created: false };
  }
  if (existing) removals.push(existing);
  const node = log.created(createNode(api, part));
  if (parent) placeInParent(parent, node, placement);
  const { role, laneId, stageId, partKey, slotId } = part.tags;
  tagNode(node, { role, mapId, laneId, stageId, partKey, slotId });
  if (part.relaunch) node.setRelaunchData(part.relaunch);
  return { node, created: true };
}

/**
 * Makes the board hold what the plan says: creates the parts that are missing, writes only the properties that
 * differ, and lists the drawn parts the plan no longer holds for removal. Every change goes through `log`, so the
 * caller can roll the whole step back. Knows parts only by node type and properties, so a new kind of part is
 * drawn, updated and repaired by adding it to the plan.
 */
export function reconcileRenderPlan(target: ReconcileTarget, plan: RenderPlan): ReconciledMap {
  const { log, drawn } = target;
  const nodes = new Map<string, RenderedNode>();
  const rects = new Map<string, Rect>();
  const removals: FigJamSceneNode[] = [...drawn.extras];
  let partsChanged = 0;
  const createdKeys = new Set<string>();
  const lastChildByParent = new Map<string, RenderedNode>();
  for (const part of plan.parts) {
    const parent = part.parentKey === null ? null : parentSection(nodes, part.parentKey);
    const placement: Placement =
      part.parentKey === null
        ? { previous: undefined, parentIsNew: true }
        : { previous: lastChildByParent.get(part.parentKey), parentIsNew: createdKeys.has(part.parentKey) };
    const { node, created } = findOrCreate(target, part, parent, removals, placement);
    if (created) createdKeys.add(part.key);
    if (part.parentKey !== null) lastChildByParent.set(part.parentKey, node);
    nodes.set(part.key, node);
    rects.set(part.key, part.rect);
    const parentOrigin = part.parentKey === null ? readPageOrigin(node.parent ?? { type: 'PAGE' }) : rects.get(part.parentKey)!;
    writeStyle(log, node, part);
    if (writeGeometry(log, node, part.rect, parentOrigin, created) || created) partsChanged += 1;
    if (part.data) writeData(log, node, part.data);
  }
  const planned = new Set(plan.parts.map((part) => part.key));
  for (const [key, node] of drawn.byKey) {
    if (planned.has(key)) continue;
    const parentKey = drawn.parentKeys.get(key);
    if (parentKey !== undefined && !planned.has(parentKey) && drawn.byKey.has(parentKey)) continue;
    removals.push(node);
  }
  return { nodes, removals, partsChanged };
}
