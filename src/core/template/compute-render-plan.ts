import type { MapLayout, TextBox } from './map-layout';
import { EMOTION_SCALE_FONT_SIZE, EMOTION_SCALE_FONT_STYLE, STAGE_HEADER_FONT_STYLE } from './map-layout';
import type { LaneColors, MapColors } from '../shared/map-style';
import { MAP_STYLE, laneColors } from '../shared/map-style';
import type { LaneKind } from '../shared/lane-kinds';
import type { RenderPart, RenderPlan } from './render-plan';
import { RENDER_KEYS } from './render-plan';
import { solidPaints, textOf } from './render-style';
import type { TemplateSpec } from './template-spec';
import { STAGE_HEADER_SHAPE } from './compute-stage-header-shapes';
import { computeEmotionGuideParts, computeStageDescriptionParts, computeTitleAreaParts, computeWorkshopParts } from './compute-decoration-parts';
import { computePersonaCardParts } from './compute-persona-card-parts';
import { computeParkingLotParts } from './compute-parking-lot-parts';

/** The colours a map is drawn in; tests pass others to see every path draw with what the plan says. */
export interface RenderStyle {
  colors: MapColors;
  laneColors: (kind: LaneKind) => LaneColors;
}

export const DEFAULT_RENDER_STYLE: RenderStyle = { colors: MAP_STYLE, laneColors };

/** Offered on the map section: the export can be run from the map itself. */
export const RELAUNCH_EXPORT = { export: 'Export this journey map as JSON, CSV or Markdown' };

/**
 * Every part of a map drawn from `spec` at `layout`, in the order a new map is drawn. Lanes are sections nested in
 * the map section: FigJam puts a note dropped on a lane into that lane's section, so a note's lane is known from its
 * parent, not guessed from where it lies. Stage headers are shapes with text (a stage column crosses every lane, so
 * it cannot be a section too), and cells are locked shapes that only show the grid. Pure: the same spec, layout and
 * style give the same plan, and moving the layout moves every rect and nothing else.
 */
export function computeRenderPlan(spec: TemplateSpec, layout: MapLayout, style: RenderStyle = DEFAULT_RENDER_STYLE): RenderPlan {
  const { colors } = style;
  const parts: RenderPart[] = [];
  parts.push({
    key: RENDER_KEYS.map,
    parentKey: null,
    type: 'SECTION',
    rect: layout.bounds,
    tags: { role: 'map' },
    name: spec.title,
    fills: solidPaints(colors.mapFill),
    data: { spec: JSON.stringify(spec) },
    relaunch: RELAUNCH_EXPORT,
  });
  parts.push({
    key: RENDER_KEYS.title,
    parentKey: RENDER_KEYS.map,
    type: 'TEXT',
    rect: layout.title.rect,
    tags: { role: 'title' },
    text: textOf(layout.title, colors.text),
  });
  parts.push(...computeTitleAreaParts(spec, layout.decorations, colors));
  parts.push({
    key: RENDER_KEYS.persona,
    parentKey: RENDER_KEYS.map,
    type: 'SECTION',
    rect: layout.persona.section,
    tags: { role: 'persona' },
    name: `Persona: ${layout.persona.name}`,
    fills: solidPaints(colors.personaFill),
  });
  parts.push({
    key: RENDER_KEYS.personaCard,
    parentKey: RENDER_KEYS.persona,
    type: 'SHAPE_WITH_TEXT',
    rect: layout.persona.card.rect,
    tags: { role: 'persona-card' },
    shapeType: 'ROUNDED_RECTANGLE',
    fills: solidPaints(colors.personaCard),
    text: textOf(layout.persona.card, colors.text),
  });
  parts.push(...computePersonaCardParts(layout.persona, colors));

  for (const header of layout.stageHeaders) {
    const text = layout.decorations.stageHeaderTexts.get(header.stageId) ?? header.name;
    const box: TextBox = { rect: header.rect, text, fontSize: header.fontSize, fontStyle: STAGE_HEADER_FONT_STYLE };
    parts.push({
      key: RENDER_KEYS.header(header.stageId),
      parentKey: RENDER_KEYS.map,
      type: 'SHAPE_WITH_TEXT',
      rect: header.rect,
      tags: { role: 'stage', stageId: header.stageId },
      shapeType: STAGE_HEADER_SHAPE,
      fills: solidPaints(colors.stageHeaderFill),
      strokes: solidPaints(colors.stageHeaderFill),
      text: textOf(box, colors.stageHeaderText),
    });
  }
  parts.push(...computeStageDescriptionParts(layout.decorations, colors));

  for (const lane of layout.lanes) {
    const { laneId } = lane;
    const laneStyle = style.laneColors(lane.kind);
    const laneKey = RENDER_KEYS.lane(laneId);
    parts.push({
      key: laneKey,
      parentKey: RENDER_KEYS.map,
      type: 'SECTION',
      rect: lane.band,
      tags: { role: 'lane', laneId },
      name: lane.name,
      fills: solidPaints(laneStyle.band),
    });
    for (const cell of lane.cells) {
      parts.push({
        key: RENDER_KEYS.cell(laneId, cell.stageId),
        parentKey: laneKey,
        type: 'SHAPE_WITH_TEXT',
        rect: cell.rect,
        tags: { role: 'cell', laneId, stageId: cell.stageId },
        shapeType: 'SQUARE',
        fills: solidPaints(colors.cellFill),
        strokes: solidPaints(colors.cellStroke),
        locked: true,
      });
    }
    parts.push(...computeEmotionGuideParts(laneId, layout.decorations.emotionGuides.get(laneId) ?? [], colors));
    parts.push({
      key: RENDER_KEYS.label(laneId),
      parentKey: laneKey,
      type: 'SHAPE_WITH_TEXT',
      rect: lane.label.rect,
      tags: { role: 'lane-label', laneId },
      shapeType: 'ROUNDED_RECTANGLE',
      fills: solidPaints(laneStyle.label),
      // Outlined in its own colour: a shape's default dark outline makes a heavy frame in a light lane.
      strokes: solidPaints(laneStyle.label),
      text: textOf(lane.label, colors.text),
    });
    if (lane.instruction) {
      parts.push({
        key: RENDER_KEYS.instruction(laneId),
        parentKey: laneKey,
        type: 'TEXT',
        rect: lane.instruction.rect,
        tags: { role: 'instruction', laneId },
        text: textOf(lane.instruction, colors.mutedText),
      });
    }
    for (const mark of lane.emotionScale) {
      const box: TextBox = { rect: mark.rect, text: mark.text, fontSize: EMOTION_SCALE_FONT_SIZE, fontStyle: EMOTION_SCALE_FONT_STYLE };
      parts.push({
        key: RENDER_KEYS.scale(laneId, mark.score),
        parentKey: laneKey,
        type: 'TEXT',
        rect: mark.rect,
        tags: { role: 'emotion-scale', laneId },
        text: textOf(box, colors.mutedText),
      });
    }
  }
  parts.push(...computeWorkshopParts(layout.decorations, colors, style.laneColors));
  parts.push(...computeParkingLotParts(layout.parkingLot, colors));
  return { parts };
}
