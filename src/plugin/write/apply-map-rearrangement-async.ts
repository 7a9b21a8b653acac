import type { MapSnapshot } from '../../core/board/board-snapshot';
import { computeRenderPlan } from '../../core/template/compute-render-plan';
import { findMapInTheWay } from '../../core/edit/find-map-in-the-way';
import type { NeighbourMap } from '../../core/edit/find-map-in-the-way';
import type { Point, Rect } from '../../core/shared/geometry';
import { rectContainsPoint } from '../../core/shared/geometry';
import { isSameEmotionCurve } from '../../core/journey/is-same-emotion-curve';
import type { MapLayout } from '../../core/template/map-layout';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { formatNoteOrigin } from '../../core/board/note-origin';
import type { MapRearrangement } from '../../core/edit/plan-map-rearrangement';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { ChangeLog } from './change-log';
import { connectorsFirst, drawEmotionCurve } from './draw-emotion-curve';
import type { DrawnMap } from './draw-map-async';
import { findDrawnMap } from './draw-map-async';
import type { FigJamApi, FigJamSceneNode, FigJamSection } from '../platform/figjam-api';
import { keepStampsOnNote } from './keep-stamps-on-note';
import { loadMapFontsAsync } from './load-map-fonts-async';
import { pauseAsync } from '../platform/pause-async';
import type { YieldBudget } from '../platform/yield-budget';
import { PluginError } from '../platform/plugin-error';
import { readBounds } from '../read/read-bounds';
import { readDrawnPartsAsync } from '../read/read-drawn-parts';
import type { DrawnParts } from '../read/read-drawn-parts';
import { readEmotionCurveAsync } from '../read/read-emotion-curve-async';
import { separateCopiedMap } from './separate-copied-map';
import { findMapSections } from '../read/read-map-structure';
import { readPageOrigin } from '../read/read-page-origin';
import { removeNodesLast } from './remove-nodes-last';
import { reconcileRenderPlan } from './reconcile-render-plan';

/** Roles of what a lane section holds of the drawing; anything else in a removed lane is kept. */
const LANE_DRAWING_ROLES = new Set(['cell', 'lane-label', 'instruction', 'emotion-scale', 'emotion-curve']);

/** What the rearrangement works with; `removals` collects nodes to remove once every other change has been made. */
interface RearrangementContext {
  api: FigJamApi;
  log: ChangeLog;
  mapId: string;
  mapSection: FigJamSection;
  layout: MapLayout;
  parts: DrawnParts;
  removals: FigJamSceneNode[];
  budget?: YieldBudget;
}

/** Notes found or moved between two pauses, so that moving tens of thousands of notes never freezes the editor. */
export const MOVES_PER_STEP = 1000;

/** Pauses after a slice of the request's time when it has a budget, or else after every MOVES_PER_STEP items. */
function pauseInLoopAsync(budget: YieldBudget | undefined, index: number): Promise<void> | undefined {
  if (budget) return budget.yieldIfDueAsync();
  return index > 0 && index % MOVES_PER_STEP === 0 ? pauseAsync() : undefined;
}

async function findNotesAsync(api: FigJamApi, rearrangement: MapRearrangement, budget: YieldBudget | undefined): Promise<Map<string, FigJamSceneNode>> {
  const notes = new Map<string, FigJamSceneNode>();
  for (const [index, move] of rearrangement.moves.entries()) {
    await pauseInLoopAsync(budget, index);
    const node = await api.getNodeByIdAsync(move.noteId);
    if (!node || node.type !== 'STICKY') throw new PluginError(USER_MESSAGES.nodeNotFound);
    notes.set(move.noteId, node);
  }
  return notes;
}

async function moveNotesAsync(context: RearrangementContext, rearrangement: MapRearrangement, notes: Map<string, FigJamSceneNode>): Promise<void> {
  const { api, log } = context;
  // Every change is in the log, so a pause between moves keeps the one undo step and the rollback whole.
  for (const [index, move] of rearrangement.moves.entries()) {
    await pauseInLoopAsync(context.budget, index);
    const note = notes.get(move.noteId)!;
    keepStampsOnNote(log, note, () => {
      if (move.toPage) log.reparentInPlace(api.currentPage, note);
      const parent = note.parent;
      const parentAt = parent && parent.type !== 'PAGE' ? readPageOrigin(parent as FigJamSection) : { x: 0, y: 0 };
      log.set(note, 'x', move.to.x - parentAt.x);
      log.set(note, 'y', move.to.y - parentAt.y);
      // Stamps keep their parent, which may be a lane about to be removed; badges are moved later by the
      // distance their note went, and must leave the map with it as well.
      if (move.toPage) {
        for (const stuck of note.stuckNodes) log.reparentInPlace(api.currentPage, stuck);
        for (const badge of context.parts.badges.get(move.noteId) ?? []) log.reparentInPlace(api.currentPage, badge);
      }
    });
    if (move.keptFrom) recordNoteOrigin(log, note, formatNoteOrigin(move.keptFrom));
  }
}

/** The note says where it was, so the export can tell after the map forgot that stage or lane. */
function recordNoteOrigin(log: ChangeLog, note: FigJamSceneNode, origin: string): void {
  const old = note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.keptFrom);
  log.change(
    () => note.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.keptFrom, origin),
    () => note.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.keptFrom, old),
  );
}

interface BadgeStart {
  badge: FigJamSceneNode;
  badgeAt: Point;
  note: Point;
}

/** Badges are ours, not stuck to their note, so each is moved by the distance its note went. */
function readBadgeStarts(context: RearrangementContext, map: MapSnapshot): BadgeStart[] {
  const starts: BadgeStart[] = [];
  for (const note of map.notes) {
    for (const badge of context.parts.badges.get(note.id) ?? []) starts.push({ badge, badgeAt: readPageOrigin(badge), note: { x: note.bounds.x, y: note.bounds.y } });
  }
  return starts;
}

async function moveBadgesAsync(context: RearrangementContext, starts: readonly BadgeStart[]): Promise<void> {
  for (const [index, start] of starts.entries()) {
    await pauseInLoopAsync(context.budget, index);
    const noteId = start.badge.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.noteId);
    const note = await context.api.getNodeByIdAsync(noteId);
    if (!note || note.type !== 'STICKY') continue;
    const box = note.absoluteBoundingBox;
    if (!box) continue;
    const now = readPageOrigin(start.badge);
    const dx = start.badgeAt.x + (box.x - start.note.x) - now.x;
    const dy = start.badgeAt.y + (box.y - start.note.y) - now.y;
    if (dx !== 0) context.log.set(start.badge, 'x', start.badge.x + dx);
    if (dy !== 0) context.log.set(start.badge, 'y', start.badge.y + dy);
  }
}

/**
 * What people put in a removed lane besides notes (stamps, drawings) goes to the map or the page, where it is; the
 * lane itself is among the reconciler's removals.
 */
function rescueRemovedLaneContents(context: RearrangementContext): void {
  const { api, log, layout } = context;
  const kept = new Set(layout.lanes.map((lane) => lane.laneId));
  for (const [laneId, section] of context.parts.laneSections) {
    if (kept.has(laneId)) continue;
    for (const child of section.children) {
      if (LANE_DRAWING_ROLES.has(child.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.role))) continue;
      const box = child.absoluteBoundingBox;
      const inMap = box !== null && rectContainsPoint(layout.bounds, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      log.reparentInPlace(inMap ? context.mapSection : api.currentPage, child);
    }
  }
}

/** Nothing changes when the map would reach over another map's grid and notes (see findMapInTheWay). */
function refuseToCoverAnotherMap(api: FigJamApi, mapSection: FigJamSection, map: MapSnapshot, next: Rect): void {
  const others: NeighbourMap[] = [];
  for (const section of findMapSections(api.currentPage)) {
    if (section.id === mapSection.id) continue;
    const bounds = readBounds(section);
    if (bounds) others.push({ title: section.name, bounds });
  }
  const inTheWay = findMapInTheWay(map.bounds, next, others);
  if (inTheWay) throw new PluginError(USER_MESSAGES.mapInTheWay(inTheWay.title));
}

/**
 * The curve a map had, drawn again through the stages where they are now and the scores of the notes as they are
 * now (a re-import's new emotion notes included); none when the emotion lane is gone or no stage has a score.
 */
/** Whether the old curve stays: it does when it already runs through the new points, and is redrawn otherwise. */
async function redrawEmotionCurveAsync(context: RearrangementContext): Promise<boolean> {
  const { curve, lane } = await readEmotionCurveAsync(context.api, context.mapSection, undefined, context.budget);
  if (curve.kind !== 'curve' || lane === null) return false;
  const dots: Array<{ stageId: string; bounds: Rect }> = [];
  let connectors = 0;
  for (const node of context.parts.curves) {
    const type = node.type;
    if (type === 'CONNECTOR') connectors += 1;
    else dots.push({ stageId: node.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.stageId), bounds: readBounds(node) ?? { x: 0, y: 0, width: 0, height: 0 } });
  }
  if (isSameEmotionCurve({ dots, connectors }, curve.points)) return true;
  for (const node of drawEmotionCurve(context.api, lane, curve.lane.bounds, curve.points, context.mapId)) context.log.created(node);
  return false;
}

export interface AppliedRearrangement {
  partsChanged: number;
  /** The map's id after the change: a copied map's first edit gives it one of its own. */
  mapId: string;
}

export interface RearrangementOptions {
  /** The caller loaded the plan's fonts already (with others it needs), so they are not loaded twice. */
  fontsLoaded?: boolean;
  /**
   * More work of the same step, run once the grid is in place and before the emotion curve is redrawn and anything
   * is removed, with the map's containers as drawn now. Should it throw, everything is rolled back; what it made or
   * changed and logs in `log` is rolled back too should a later part of the step fail. One undo step covers all.
   * `nodeIds` are the ids of the map's parts as drawn now, by render key.
   */
  thenAsync?: (log: ChangeLog, drawn: DrawnMap, nodeIds: ReadonlyMap<string, string>) => Promise<void>;
  /** The request's time on the main thread: finding and moving notes pause whenever a slice of it is used. */
  budget?: YieldBudget;
}

/**
 * Redraws a map as planned, in one undo step: the render plan of the new layout reconciled against the map as it
 * is, then the notes moved. Fonts are loaded before the first change; every change is logged and rolled back should
 * one fail, and nothing is removed until everything else has been done, so a failure leaves the board as it was.
 */
export async function applyMapRearrangementAsync(
  api: FigJamApi,
  mapSection: FigJamSection,
  map: MapSnapshot,
  rearrangement: MapRearrangement,
  options: RearrangementOptions = {},
): Promise<AppliedRearrangement> {
  const { layout, spec } = rearrangement;
  const { budget } = options;
  refuseToCoverAnotherMap(api, mapSection, map, layout.bounds);
  const plan = computeRenderPlan(spec, layout);
  if (!options.fontsLoaded) await loadMapFontsAsync(api, plan);
  const log = new ChangeLog();
  let mapId: string;
  try {
    mapId = separateCopiedMap(log, mapSection, map.mapId);
  } catch (error) {
    log.rollback();
    throw error;
  }
  const parts = await readDrawnPartsAsync(api.currentPage, mapSection, map, mapId, budget);
  const context: RearrangementContext = { api, log, mapId, mapSection, layout, parts, removals: [], ...(budget ? { budget } : {}) };
  const notes = await findNotesAsync(api, rearrangement, budget);
  const badgeStarts = readBadgeStarts(context, map);
  let curveKept = false;
  let partsChanged = 0;
  try {
    const reconciled = reconcileRenderPlan({ api, log, mapId, drawn: parts }, plan);
    partsChanged = reconciled.partsChanged;
    context.removals.push(...reconciled.removals);
    await moveNotesAsync(context, rearrangement, notes);
    await moveBadgesAsync(context, badgeStarts);
    rescueRemovedLaneContents(context);
    if (options.thenAsync) {
      const nodeIds = new Map([...reconciled.nodes].map(([key, node]) => [key, node.id]));
      await options.thenAsync(log, findDrawnMap(reconciled.nodes, layout), nodeIds);
    }
    if (parts.curves.length > 0) curveKept = await redrawEmotionCurveAsync(context);
  } catch (error) {
    log.rollback();
    throw error;
  }
  removeNodesLast(api, [...context.removals, ...(curveKept ? [] : connectorsFirst(parts.curves))]);
  return { partsChanged, mapId };
}
