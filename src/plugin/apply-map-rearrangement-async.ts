import type { MapSnapshot } from '../core/board-snapshot';
import { collectLayoutFonts } from '../core/collect-layout-fonts';
import { findMapInTheWay } from '../core/find-map-in-the-way';
import type { NeighbourMap } from '../core/find-map-in-the-way';
import type { Point, Rect } from '../core/geometry';
import { rectContainsPoint } from '../core/geometry';
import { isSameEmotionCurve } from '../core/is-same-emotion-curve';
import { FONT_FAMILY } from '../core/map-layout';
import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import type { MapRearrangement } from '../core/plan-map-rearrangement';
import { USER_MESSAGES } from '../core/user-messages';
import { ChangeLog } from './change-log';
import { connectorsFirst, drawEmotionCurve } from './draw-emotion-curve';
import type { FigJamApi, FigJamSceneNode, FigJamSection } from './figjam-api';
import { keepStampsOnNote } from './keep-stamps-on-note';
import { loadFontsAsync } from './load-fonts-async';
import { PluginError } from './plugin-error';
import { readBounds } from './read-bounds';
import { readDrawnParts } from './read-drawn-parts';
import { readEmotionCurveAsync } from './read-emotion-curve-async';
import { separateCopiedMap } from './separate-copied-map';
import { findMapSections } from './read-map-structure';
import { syncLaneContents, syncLaneSections, syncStageHeaders, syncTitleAndPersona } from './sync-map-layout';
import type { SyncContext } from './sync-map-layout';

/** Roles of what a lane section holds of the drawing; anything else in a removed lane is kept. */
const LANE_DRAWING_ROLES = new Set(['cell', 'lane-label', 'instruction', 'emotion-scale', 'emotion-curve']);

function pageOrigin(node: { absoluteTransform: Transform }): Point {
  const [[, , x], [, , y]] = node.absoluteTransform;
  return { x, y };
}

async function findNotesAsync(api: FigJamApi, rearrangement: MapRearrangement): Promise<Map<string, FigJamSceneNode>> {
  const notes = new Map<string, FigJamSceneNode>();
  for (const move of rearrangement.moves) {
    const node = await api.getNodeByIdAsync(move.noteId);
    if (!node || node.type !== 'STICKY') throw new PluginError(USER_MESSAGES.nodeNotFound);
    notes.set(move.noteId, node);
  }
  return notes;
}

function moveNotes(context: SyncContext, rearrangement: MapRearrangement, notes: Map<string, FigJamSceneNode>): void {
  const { api, log } = context;
  for (const move of rearrangement.moves) {
    const note = notes.get(move.noteId)!;
    keepStampsOnNote(log, note, () => {
      if (move.toPage) log.reparentInPlace(api.currentPage, note);
      const parent = note.parent;
      const parentAt = parent && parent.type !== 'PAGE' ? pageOrigin(parent as FigJamSection) : { x: 0, y: 0 };
      log.set(note, 'x', move.to.x - parentAt.x);
      log.set(note, 'y', move.to.y - parentAt.y);
      // Stamps keep their parent, which may be a lane about to be removed; badges are moved later by the
      // distance their note went, and must leave the map with it as well.
      if (move.toPage) {
        for (const stuck of note.stuckNodes) log.reparentInPlace(api.currentPage, stuck);
        for (const badge of context.parts.badges.get(move.noteId) ?? []) log.reparentInPlace(api.currentPage, badge);
      }
    });
  }
}

interface BadgeStart {
  badge: FigJamSceneNode;
  badgeAt: Point;
  note: Point;
}

/** Badges are ours, not stuck to their note, so each is moved by the distance its note went. */
function readBadgeStarts(context: SyncContext, map: MapSnapshot): BadgeStart[] {
  const starts: BadgeStart[] = [];
  for (const note of map.notes) {
    for (const badge of context.parts.badges.get(note.id) ?? []) starts.push({ badge, badgeAt: pageOrigin(badge), note: { x: note.bounds.x, y: note.bounds.y } });
  }
  return starts;
}

async function moveBadgesAsync(context: SyncContext, starts: readonly BadgeStart[]): Promise<void> {
  for (const start of starts) {
    const noteId = start.badge.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.noteId);
    const note = await context.api.getNodeByIdAsync(noteId);
    if (!note || note.type !== 'STICKY') continue;
    const box = note.absoluteBoundingBox;
    if (!box) continue;
    const now = pageOrigin(start.badge);
    const dx = start.badgeAt.x + (box.x - start.note.x) - now.x;
    const dy = start.badgeAt.y + (box.y - start.note.y) - now.y;
    if (dx !== 0) context.log.set(start.badge, 'x', start.badge.x + dx);
    if (dy !== 0) context.log.set(start.badge, 'y', start.badge.y + dy);
  }
}

/** What people put in a removed lane besides notes (stamps, drawings) goes to the map or the page, where it is. */
function rescueRemovedLaneContents(context: SyncContext, kept: ReadonlyMap<string, FigJamSection>): void {
  const { api, log, layout } = context;
  const keptIds = new Set([...kept.values()].map((section) => section.id));
  for (const section of context.parts.laneSections.values()) {
    if (keptIds.has(section.id)) continue;
    context.removals.push(section);
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
async function redrawEmotionCurveAsync(context: SyncContext): Promise<boolean> {
  const { curve, lane } = await readEmotionCurveAsync(context.api, context.mapSection);
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

/**
 * Removals come last because the plugin cannot bring a removed node back, so they cannot be rolled back. Should
 * one fail, the others are still removed and the step is still closed, so one undo restores the whole map; the
 * person is told, as the map then keeps a part it should have lost.
 */
function removeAll(api: FigJamApi, nodes: readonly FigJamSceneNode[]): void {
  let failed = 0;
  for (const node of nodes) {
    try {
      if (!node.removed) node.remove();
    } catch {
      failed += 1;
    }
  }
  api.commitUndo();
  if (failed > 0) throw new PluginError(USER_MESSAGES.partsNotRemoved(failed));
}

export interface AppliedRearrangement {
  partsChanged: number;
  /** The map's id after the change: a copied map's first edit gives it one of its own. */
  mapId: string;
}

export interface RearrangementOptions {
  /** The caller loaded the layout's fonts already (with others it needs), so they are not loaded twice. */
  fontsLoaded?: boolean;
  /**
   * More work of the same step, run once the grid is in place and before the emotion curve is redrawn and anything
   * is removed. Should it throw, everything is rolled back, its own nodes being the caller's to remove; what it made
   * or changed and logs in `log` is rolled back too should a later part of the step fail. One undo step covers all.
   */
  thenAsync?: (log: ChangeLog) => Promise<void>;
}

/**
 * Redraws a map as planned, in one undo step. Fonts are loaded before the first change; every change is logged
 * and rolled back should one fail, and nothing is removed until everything else has been done, so a failure
 * leaves the board as it was.
 */
export async function applyMapRearrangementAsync(
  api: FigJamApi,
  mapSection: FigJamSection,
  map: MapSnapshot,
  rearrangement: MapRearrangement,
  options: RearrangementOptions = {},
): Promise<AppliedRearrangement> {
  const { layout, spec } = rearrangement;
  refuseToCoverAnotherMap(api, mapSection, map, layout.bounds);
  if (!options.fontsLoaded) {
    await loadFontsAsync(api, collectLayoutFonts(layout).map((style) => ({ family: FONT_FAMILY, style }))).catch((error: unknown) => {
      throw new PluginError(USER_MESSAGES.fontUnavailable(error instanceof PluginError ? error.message : FONT_FAMILY));
    });
  }
  const log = new ChangeLog();
  let mapId: string;
  try {
    mapId = separateCopiedMap(log, mapSection, map.mapId);
  } catch (error) {
    log.rollback();
    throw error;
  }
  const context: SyncContext = {
    api,
    log,
    mapId,
    mapSection,
    layout,
    parts: readDrawnParts(api.currentPage, mapSection, map, mapId),
    removals: [],
    partsChanged: 0,
  };
  const notes = await findNotesAsync(api, rearrangement);
  const badgeStarts = readBadgeStarts(context, map);
  let curveKept = false;
  try {
    log.set(mapSection, 'name', spec.title);
    log.resize(mapSection, layout.bounds.width, layout.bounds.height, (section, width, height) => section.resizeWithoutConstraints(width, height));
    const lanes = syncLaneSections(context);
    moveNotes(context, rearrangement, notes);
    await moveBadgesAsync(context, badgeStarts);
    for (const lane of layout.lanes) syncLaneContents(context, lane, lanes.get(lane.laneId)!);
    syncStageHeaders(context);
    syncTitleAndPersona(context, spec.persona.name);
    rescueRemovedLaneContents(context, lanes);
    const oldSpec = mapSection.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec);
    log.change(
      () => mapSection.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec, JSON.stringify(spec)),
      () => mapSection.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec, oldSpec),
    );
    if (options.thenAsync) await options.thenAsync(log);
    if (context.parts.curves.length > 0) curveKept = await redrawEmotionCurveAsync(context);
  } catch (error) {
    log.rollback();
    throw error;
  }
  removeAll(api, [...context.removals, ...(curveKept ? [] : connectorsFirst(context.parts.curves))]);
  return { partsChanged: context.partsChanged, mapId };
}
