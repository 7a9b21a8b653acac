import type { Point, Rect } from '../core/geometry';
import type { FontStyle, LaneLayout, MapLayout, TextBox } from '../core/map-layout';
import { EMOTION_SCALE_FONT_SIZE, EMOTION_SCALE_FONT_STYLE, FONT_FAMILY, STAGE_HEADER_FONT_STYLE } from '../core/map-layout';
import { MAP_STYLE, hexToRgb, laneColors } from '../core/map-style';
import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import type { MapRole } from '../core/map-tags';
import type { ChangeLog } from './change-log';
import type { DrawnParts } from './read-drawn-parts';
import type { FigJamApi, FigJamSceneNode, FigJamSection, FigJamShapeWithText, FigJamText } from './figjam-api';
import { samePaints } from './same-paints';
import { tagNode } from './tag-node';

/** What the sync works with; `removals` collects nodes to remove once every other change has been made. */
export interface SyncContext {
  api: FigJamApi;
  log: ChangeLog;
  mapId: string;
  mapSection: FigJamSection;
  layout: MapLayout;
  parts: DrawnParts;
  removals: FigJamSceneNode[];
  /** Parts moved, resized or drawn anew. */
  partsChanged: number;
}

type Container = FigJamSection;

function solid(hex: string): SolidPaint[] {
  return [{ type: 'SOLID', color: hexToRgb(hex) }];
}

function fontName(style: FontStyle): FontName {
  return { family: FONT_FAMILY, style };
}

function origin(rect: Rect): Point {
  return { x: rect.x, y: rect.y };
}

function tagOf(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

/** Positions and sizes a node; `parentOrigin` is where its parent's top-left is on the page after the sync. */
function place(
  context: SyncContext,
  node: FigJamSection | FigJamShapeWithText | FigJamText,
  parentOrigin: Point,
  rect: Rect,
  created: boolean,
): void {
  const { log } = context;
  let changed = log.set(node, 'x', rect.x - parentOrigin.x);
  changed = log.set(node, 'y', rect.y - parentOrigin.y) || changed;
  if (node.type === 'SECTION') changed = log.resize(node, rect.width, rect.height, (section, width, height) => section.resizeWithoutConstraints(width, height)) || changed;
  else if (node.type === 'SHAPE_WITH_TEXT') changed = log.resize(node, rect.width, rect.height, (shape, width, height) => shape.resize(width, height)) || changed;
  if (changed || created) context.partsChanged += 1;
}

function create<Node extends FigJamSection | FigJamShapeWithText | FigJamText>(context: SyncContext, node: Node, parent: Container, role: MapRole, ids: { laneId?: string; stageId?: string } = {}): Node {
  context.log.created(node);
  parent.appendChild(node);
  tagNode(node, { role, mapId: context.mapId, ...ids });
  return node;
}

function syncShapeText(context: SyncContext, shape: FigJamShapeWithText, box: TextBox, color: string, created: boolean): void {
  const { log } = context;
  log.set(shape.text, 'fontName', fontName(box.fontStyle));
  log.set(shape.text, 'fontSize', box.fontSize);
  log.set(shape.text, 'characters', box.text);
  if (created) shape.text.fills = solid(color);
}

function syncShape(context: SyncContext, existing: FigJamShapeWithText | null, parent: Container, parentOrigin: Point, rect: Rect, fill: string, role: MapRole, ids: { laneId?: string; stageId?: string } = {}): FigJamShapeWithText {
  const created = existing === null;
  const shape = existing ?? create(context, context.api.createShapeWithText(), parent, role, ids);
  if (created) {
    shape.shapeType = 'ROUNDED_RECTANGLE';
    shape.fills = solid(fill);
  } else {
    context.log.set(shape, 'fills', solid(fill), samePaints);
  }
  place(context, shape, parentOrigin, rect, created);
  return shape;
}

function syncText(context: SyncContext, existing: FigJamText | null, parent: Container, parentOrigin: Point, box: TextBox, color: string, role: MapRole, laneId?: string): void {
  const { log } = context;
  const created = existing === null;
  const text = existing ?? create(context, context.api.createText(), parent, role, laneId === undefined ? {} : { laneId });
  place(context, text, parentOrigin, box.rect, created);
  log.set(text, 'fontName', fontName(box.fontStyle));
  log.set(text, 'fontSize', box.fontSize);
  log.set(text, 'characters', box.text);
  if (created || text.width !== box.rect.width) {
    log.resize(text, box.rect.width, box.rect.height, (node, width, height) => node.resize(width, height));
    log.set(text, 'textAutoResize', 'HEIGHT');
  }
  if (created) text.fills = solid(color);
}

/** Moves and resizes every lane section, drawing the new ones; their contents are synced later. */
export function syncLaneSections(context: SyncContext): Map<string, FigJamSection> {
  const { layout, parts, log } = context;
  const sections = new Map<string, FigJamSection>();
  for (const lane of layout.lanes) {
    const existing = parts.laneSections.get(lane.laneId) ?? null;
    const section = existing ?? create(context, context.api.createSection(), context.mapSection, 'lane', { laneId: lane.laneId });
    log.set(section, 'name', lane.name);
    log.set(section, 'fills', solid(laneColors(lane.kind).band), samePaints);
    place(context, section, origin(layout.bounds), lane.band, existing === null);
    sections.set(lane.laneId, section);
  }
  return sections;
}

/** The cells, label, instruction and scale of one lane, drawn where missing, removed where no longer wanted. */
export function syncLaneContents(context: SyncContext, lane: LaneLayout, section: FigJamSection): void {
  const cells = new Map<string, FigJamShapeWithText>();
  let label: FigJamShapeWithText | null = null;
  let instruction: FigJamText | null = null;
  const marks: FigJamText[] = [];
  for (const child of section.children) {
    const type = child.type;
    if (type !== 'SHAPE_WITH_TEXT' && type !== 'TEXT') continue;
    const role = tagOf(child, TAG_KEYS.role);
    if (role === '' || tagOf(child, TAG_KEYS.mapId) !== context.mapId) continue;
    if (role === 'cell' && type === 'SHAPE_WITH_TEXT') {
      const stageId = tagOf(child, TAG_KEYS.stageId);
      if (cells.has(stageId)) context.removals.push(child);
      else cells.set(stageId, child);
    } else if (role === 'lane-label' && type === 'SHAPE_WITH_TEXT' && label === null) label = child;
    else if (role === 'instruction' && type === 'TEXT' && instruction === null) instruction = child;
    else if (role === 'emotion-scale' && type === 'TEXT') marks.push(child);
    else if (role === 'cell' || role === 'lane-label' || role === 'instruction' || role === 'emotion-scale') context.removals.push(child);
  }

  const bandOrigin = origin(lane.band);
  for (const cell of lane.cells) {
    const existing = cells.get(cell.stageId) ?? null;
    cells.delete(cell.stageId);
    const shape = syncShape(context, existing, section, bandOrigin, cell.rect, MAP_STYLE.cellFill, 'cell', { laneId: lane.laneId, stageId: cell.stageId });
    if (existing === null) {
      shape.shapeType = 'SQUARE';
      shape.strokes = solid(MAP_STYLE.cellStroke);
      shape.locked = true;
    }
  }
  context.removals.push(...cells.values());

  const colors = laneColors(lane.kind);
  const labelShape = syncShape(context, label, section, bandOrigin, lane.label.rect, colors.label, 'lane-label', { laneId: lane.laneId });
  syncShapeText(context, labelShape, lane.label, MAP_STYLE.text, label === null);

  if (lane.instruction) syncText(context, instruction, section, bandOrigin, lane.instruction, MAP_STYLE.mutedText, 'instruction', lane.laneId);
  else if (instruction) context.removals.push(instruction);

  marks.sort((a, b) => a.y - b.y);
  lane.emotionScale.forEach((mark, index) => {
    const box: TextBox = { rect: mark.rect, text: mark.text, fontSize: EMOTION_SCALE_FONT_SIZE, fontStyle: EMOTION_SCALE_FONT_STYLE };
    syncText(context, marks[index] ?? null, section, bandOrigin, box, MAP_STYLE.mutedText, 'emotion-scale', lane.laneId);
  });
  context.removals.push(...marks.slice(lane.emotionScale.length));
}

/** Stage headers in the map section, in spec order; headers of removed stages are removed at the end. */
export function syncStageHeaders(context: SyncContext): void {
  const { layout, parts } = context;
  const kept = new Set<string>();
  for (const header of layout.stageHeaders) {
    kept.add(header.stageId);
    const existing = parts.stageHeaders.get(header.stageId) ?? null;
    const shape = syncShape(context, existing, context.mapSection, origin(layout.bounds), header.rect, MAP_STYLE.stageHeaderFill, 'stage', { stageId: header.stageId });
    const box: TextBox = { rect: header.rect, text: header.name, fontSize: header.fontSize, fontStyle: STAGE_HEADER_FONT_STYLE };
    syncShapeText(context, shape, box, MAP_STYLE.stageHeaderText, existing === null);
  }
  for (const [stageId, node] of parts.stageHeaders) if (!kept.has(stageId)) context.removals.push(node);
}

/** The title, the persona section and its card. */
export function syncTitleAndPersona(context: SyncContext, personaName: string): void {
  const { layout, parts, log } = context;
  syncText(context, parts.title, context.mapSection, origin(layout.bounds), layout.title, MAP_STYLE.text, 'title');
  const personaCreated = parts.persona === null;
  const persona = parts.persona ?? create(context, context.api.createSection(), context.mapSection, 'persona');
  if (personaCreated) persona.fills = solid(MAP_STYLE.personaFill);
  log.set(persona, 'name', `Persona: ${personaName}`);
  place(context, persona, origin(layout.bounds), layout.persona.section, personaCreated);
  const card = syncShape(context, parts.personaCard, persona, origin(layout.persona.section), layout.persona.card.rect, MAP_STYLE.personaCard, 'persona-card');
  syncShapeText(context, card, layout.persona.card, MAP_STYLE.text, parts.personaCard === null);
}
