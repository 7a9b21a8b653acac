import { collectLayoutFonts } from '../core/collect-layout-fonts';
import { computeMapLayout } from '../core/compute-map-layout';
import { computeMapOrigin } from '../core/compute-map-origin';
import type { Rect } from '../core/geometry';
import type { FontStyle, MapLayout, TextBox } from '../core/map-layout';
import { EMOTION_SCALE_FONT_SIZE, EMOTION_SCALE_FONT_STYLE, FONT_FAMILY, STAGE_HEADER_FONT_STYLE } from '../core/map-layout';
import { MAP_STYLE, hexToRgb, laneColors } from '../core/map-style';
import type { TemplateSpec } from '../core/template-spec';
import { USER_MESSAGES } from '../core/user-messages';
import type { FigJamApi } from './figjam-api';
import { loadFontsAsync } from './load-fonts-async';
import { PluginError } from './plugin-error';
import { readPageContentBounds } from './read-page-content-bounds';
import { tagNode } from './tag-node';
import type { NodeTags } from './tag-node';

type SectionLike = ReturnType<FigJamApi['createSection']>;
type ShapeLike = ReturnType<FigJamApi['createShapeWithText']>;
type TextLike = ReturnType<FigJamApi['createText']>;
export type DrawnNode = SectionLike | ShapeLike | TextLike | ReturnType<FigJamApi['createSticky']>;

/** The containers of a drawn map that notes go into. */
export interface DrawnMap {
  map: SectionLike;
  persona: SectionLike;
  lanes: Map<string, SectionLike>;
}

export const RELAUNCH_EXPORT = { export: 'Export this journey map as JSON, CSV or Markdown' };

export function solid(hex: string): SolidPaint[] {
  return [{ type: 'SOLID', color: hexToRgb(hex) }];
}

export function fontName(style: FontStyle): FontName {
  return { family: FONT_FAMILY, style };
}

/**
 * Draws the template. Lanes are sections nested in the map section: FigJam puts a note dropped on a lane into
 * that lane's section, so a note's lane is known from its parent, not guessed from where it lies. Stage headers
 * are shapes with text (a stage column crosses every lane, so it cannot be a section too), and cells are locked
 * shapes that only show the grid. Fonts are loaded before the first node is made, and anything made before a
 * failure is removed, so a failed draw leaves the board as it was.
 */
export async function drawMapAsync(api: FigJamApi, spec: TemplateSpec, mapId: string): Promise<SectionLike> {
  const layout = computeNewMapLayout(api, spec);
  await loadMapFontsAsync(api, layout, []);

  const created: DrawnNode[] = [];
  try {
    const { map } = drawMapNodes(api, spec, layout, mapId, created);
    api.currentPage.selection = [map];
    api.viewport.scrollAndZoomIntoView([map]);
    api.commitUndo();
    return map;
  } catch (error) {
    removeDrawnNodes(created);
    throw error;
  }
}

/** A new map goes on free space of the page, beside what is there. */
export function computeNewMapLayout(api: FigJamApi, spec: TemplateSpec): MapLayout {
  const size = computeMapLayout(spec, { x: 0, y: 0 }).bounds;
  return computeMapLayout(spec, computeMapOrigin(readPageContentBounds(api.currentPage), size));
}

/** Every font the map needs, and `extra` ones (such as the notes'), loaded before the first node is made. */
export async function loadMapFontsAsync(api: FigJamApi, layout: MapLayout, extra: readonly FontStyle[]): Promise<void> {
  const fonts = [...collectLayoutFonts(layout), ...extra].map(fontName);
  await loadFontsAsync(api, fonts).catch((error: unknown) => {
    const font = error instanceof PluginError ? error.message : `${FONT_FAMILY}`;
    throw new PluginError(USER_MESSAGES.fontUnavailable(font));
  });
}

/** Newest first, so children go before the sections holding them. */
export function removeDrawnNodes(created: DrawnNode[]): void {
  for (const node of [...created].reverse()) {
    if (!node.removed) node.remove();
  }
}

/** Draws the map's nodes, pushing each onto `created` as it is made, so a caller can take them all back. */
export function drawMapNodes(api: FigJamApi, spec: TemplateSpec, layout: MapLayout, mapId: string, created: DrawnNode[]): DrawnMap {
  const track = <T extends DrawnNode>(node: T): T => {
    created.push(node);
    return node;
  };

  const map = track(api.createSection());
  map.name = spec.title;
  placeSection(map, layout.bounds, null);
  map.fills = solid(MAP_STYLE.mapFill);
  tagNode(map, { role: 'map', mapId, spec: JSON.stringify(spec) });
  map.setRelaunchData(RELAUNCH_EXPORT);

  const title = track(api.createText());
  drawText(map, layout.bounds, title, layout.title, MAP_STYLE.text);
  tagNode(title, { role: 'title', mapId });

  const persona = track(api.createSection());
  persona.name = `Persona: ${layout.persona.name}`;
  placeSection(persona, layout.persona.section, { parent: map, parentRect: layout.bounds });
  persona.fills = solid(MAP_STYLE.personaFill);
  tagNode(persona, { role: 'persona', mapId });

  const card = track(api.createShapeWithText());
  drawShape(persona, layout.persona.section, card, layout.persona.card.rect, MAP_STYLE.personaCard);
  writeShapeText(card, layout.persona.card, MAP_STYLE.text);
  tagNode(card, { role: 'persona-card', mapId });

  for (const header of layout.stageHeaders) {
    const shape = track(api.createShapeWithText());
    drawShape(map, layout.bounds, shape, header.rect, MAP_STYLE.stageHeaderFill);
    writeShapeText(
      shape,
      { rect: header.rect, text: header.name, fontSize: header.fontSize, fontStyle: STAGE_HEADER_FONT_STYLE },
      MAP_STYLE.stageHeaderText,
    );
    tagNode(shape, { role: 'stage', mapId, stageId: header.stageId });
  }

  const lanes = new Map<string, SectionLike>();
  for (const lane of layout.lanes) {
    const colors = laneColors(lane.kind);
    const section = track(api.createSection());
    lanes.set(lane.laneId, section);
    section.name = lane.name;
    placeSection(section, lane.band, { parent: map, parentRect: layout.bounds });
    section.fills = solid(colors.band);
    tagNode(section, { role: 'lane', mapId, laneId: lane.laneId });

    for (const cell of lane.cells) {
      const shape = track(api.createShapeWithText());
      drawShape(section, lane.band, shape, cell.rect, MAP_STYLE.cellFill);
      shape.shapeType = 'SQUARE';
      shape.strokes = solid(MAP_STYLE.cellStroke);
      shape.locked = true;
      tagNode(shape, { role: 'cell', mapId, laneId: lane.laneId, stageId: cell.stageId });
    }

    const label = track(api.createShapeWithText());
    drawShape(section, lane.band, label, lane.label.rect, colors.label);
    writeShapeText(label, lane.label, MAP_STYLE.text);
    tagNode(label, { role: 'lane-label', mapId, laneId: lane.laneId });

    if (lane.instruction) {
      const instruction = track(api.createText());
      drawText(section, lane.band, instruction, lane.instruction, MAP_STYLE.mutedText);
      tagNode(instruction, { role: 'instruction', mapId, laneId: lane.laneId });
    }

    for (const mark of lane.emotionScale) {
      const text = track(api.createText());
      const box: TextBox = { rect: mark.rect, text: mark.text, fontSize: EMOTION_SCALE_FONT_SIZE, fontStyle: EMOTION_SCALE_FONT_STYLE };
      drawText(section, lane.band, text, box, MAP_STYLE.mutedText);
      tagNode(text, { role: 'emotion-scale', mapId, laneId: lane.laneId } satisfies NodeTags);
    }
  }
  return { map, persona, lanes };
}

/** Re-parenting keeps a node's relative x/y, so it is appended first and positioned in its parent's space after. */
function placeIn(parent: SectionLike, parentRect: Rect, node: DrawnNode, rect: Rect): void {
  parent.appendChild(node);
  node.x = rect.x - parentRect.x;
  node.y = rect.y - parentRect.y;
}

function placeSection(section: SectionLike, rect: Rect, container: { parent: SectionLike; parentRect: Rect } | null): void {
  if (container) {
    placeIn(container.parent, container.parentRect, section, rect);
  } else {
    section.x = rect.x;
    section.y = rect.y;
  }
  section.resizeWithoutConstraints(rect.width, rect.height);
}

function drawShape(parent: SectionLike, parentRect: Rect, shape: ShapeLike, rect: Rect, fill: string): void {
  shape.shapeType = 'ROUNDED_RECTANGLE';
  placeIn(parent, parentRect, shape, rect);
  shape.resize(rect.width, rect.height);
  shape.fills = solid(fill);
}

function writeShapeText(shape: ShapeLike, box: TextBox, color: string): void {
  shape.text.fontName = fontName(box.fontStyle);
  shape.text.fontSize = box.fontSize;
  shape.text.characters = box.text;
  shape.text.fills = solid(color);
}

function drawText(parent: SectionLike, parentRect: Rect, text: TextLike, box: TextBox, color: string): void {
  placeIn(parent, parentRect, text, box.rect);
  text.fontName = fontName(box.fontStyle);
  text.fontSize = box.fontSize;
  text.characters = box.text;
  text.resize(box.rect.width, box.rect.height);
  text.textAutoResize = 'HEIGHT';
  text.fills = solid(color);
}
