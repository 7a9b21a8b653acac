import { computeMapLayout } from '../../core/template/compute-map-layout';
import { computeMapOrigin } from '../../core/template/compute-map-origin';
import { computeRenderPlan } from '../../core/template/compute-render-plan';
import type { MapLayout } from '../../core/template/map-layout';
import { RENDER_KEYS } from '../../core/template/render-plan';
import type { RenderPlan } from '../../core/template/render-plan';
import type { TemplateSpec } from '../../core/template/template-spec';
import { ChangeLog } from './change-log';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { loadMapFontsAsync } from './load-map-fonts-async';
import { readPageContentBoundsAsync } from '../read/read-page-content-bounds';
import type { YieldBudget } from '../platform/yield-budget';
import { NOTHING_DRAWN, reconcileRenderPlan } from './reconcile-render-plan';
import type { RenderedNode } from './reconcile-render-plan';

/** The containers of a drawn map that notes go into. */
export interface DrawnMap {
  map: FigJamSection;
  persona: FigJamSection;
  lanes: Map<string, FigJamSection>;
  /** Maps with persona slots: each slot's section, by slot id. */
  slots?: Map<string, FigJamSection>;
  parkingLot?: FigJamSection;
}

function sectionAt(nodes: ReadonlyMap<string, RenderedNode>, key: string): FigJamSection | null {
  const node = nodes.get(key);
  return node && node.type === 'SECTION' ? node : null;
}

/** The sections notes go into, among the nodes a plan was drawn with. */
export function findDrawnMap(nodes: ReadonlyMap<string, RenderedNode>, layout: MapLayout): DrawnMap {
  const map = sectionAt(nodes, RENDER_KEYS.map)!;
  const lanes = new Map<string, FigJamSection>();
  for (const lane of layout.lanes) {
    const section = sectionAt(nodes, RENDER_KEYS.lane(lane.laneId));
    if (section) lanes.set(lane.laneId, section);
  }
  const slots = new Map<string, FigJamSection>();
  for (const slot of layout.persona.slots ?? []) {
    const section = sectionAt(nodes, RENDER_KEYS.personaSlot(slot.slotId));
    if (section) slots.set(slot.slotId, section);
  }
  const parkingLot = sectionAt(nodes, RENDER_KEYS.parkingLot);
  return { map, persona: sectionAt(nodes, RENDER_KEYS.persona) ?? map, lanes, slots, ...(parkingLot ? { parkingLot } : {}) };
}

/**
 * A new map goes on free space of the page, beside what is there; with a `budget`, the page's content is read in
 * slices of the request's budget: a big board has thousands of nodes on it.
 */
export async function computeNewMapLayoutAsync(api: FigJamApi, spec: TemplateSpec, budget: YieldBudget | undefined): Promise<MapLayout> {
  const size = computeMapLayout(spec, { x: 0, y: 0 }).bounds;
  return computeMapLayout(spec, computeMapOrigin(await readPageContentBoundsAsync(api.currentPage, budget), size));
}

/** A new map is the plan reconciled against an empty board, under `log`. */
export function drawNewMap(api: FigJamApi, log: ChangeLog, plan: RenderPlan, layout: MapLayout, mapId: string): DrawnMap {
  return findDrawnMap(reconcileRenderPlan({ api, log, mapId, drawn: NOTHING_DRAWN }, plan).nodes, layout);
}

/**
 * Draws the template on free space of the page. Fonts are loaded before the first node is made, and anything made
 * before a failure is removed, so a failed draw leaves the board as it was.
 */
export async function drawMapAsync(api: FigJamApi, spec: TemplateSpec, mapId: string): Promise<FigJamSection> {
  const layout = await computeNewMapLayoutAsync(api, spec, undefined);
  const plan = computeRenderPlan(spec, layout);
  await loadMapFontsAsync(api, plan);
  const log = new ChangeLog();
  try {
    const { map } = drawNewMap(api, log, plan, layout, mapId);
    api.currentPage.selection = [map];
    api.viewport.scrollAndZoomIntoView([map]);
    api.commitUndo();
    return map;
  } catch (error) {
    log.rollback();
    throw error;
  }
}
