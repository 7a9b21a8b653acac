import type { MapColors, LaneColors } from '../shared/map-style';
import type { LaneKind } from '../shared/lane-kinds';
import { isZeroGuide } from './compute-emotion-guides';
import type { EmotionGuide, MapDecorationsLayout, TextBox, WorkshopPanelLayout } from './map-layout';
import type { RenderPart } from './render-plan';
import { RENDER_KEYS } from './render-plan';
import { solidPaints, textOf } from './render-style';
import type { TemplateSpec } from './template-spec';

function keyed(role: RenderPart['tags']['role'], key: string, extra: Omit<RenderPart['tags'], 'role' | 'partKey'> = {}): RenderPart['tags'] {
  return { role, ...extra, partKey: key };
}

function textPart(key: string, parentKey: string, role: RenderPart['tags']['role'], box: TextBox, color: string, extra: Omit<RenderPart['tags'], 'role' | 'partKey'> = {}): RenderPart {
  return { key, parentKey, type: 'TEXT', rect: box.rect, tags: keyed(role, key, extra), text: textOf(box, color) };
}

/** The state badge and the scenario, team and date line under the title. */
export function computeTitleAreaParts(spec: TemplateSpec, decorations: MapDecorationsLayout, colors: MapColors): RenderPart[] {
  const parts: RenderPart[] = [];
  const { badge, detail } = decorations.titleArea;
  if (badge !== null) {
    const fill = spec.state === 'future' ? colors.futureStateBadge : colors.currentStateBadge;
    parts.push({
      key: RENDER_KEYS.stateBadge,
      parentKey: RENDER_KEYS.map,
      type: 'SHAPE_WITH_TEXT',
      rect: badge.rect,
      tags: keyed('state-badge', RENDER_KEYS.stateBadge),
      shapeType: 'ROUNDED_RECTANGLE',
      fills: solidPaints(fill),
      strokes: solidPaints(fill),
      text: textOf(badge, colors.text),
    });
  }
  if (detail !== null) parts.push(textPart(RENDER_KEYS.titleDetail, RENDER_KEYS.map, 'title-detail', detail, colors.mutedText));
  return parts;
}

/** The one-line descriptions under the stage headers. */
export function computeStageDescriptionParts(decorations: MapDecorationsLayout, colors: MapColors): RenderPart[] {
  return decorations.stageDescriptions.map(({ stageId, box }) =>
    textPart(RENDER_KEYS.stageDescription(stageId), RENDER_KEYS.map, 'stage-description', box, colors.mutedText, { stageId }),
  );
}

/**
 * The guide lines of an emotion lane, drawn after its cells so the white cells do not hide them; locked like the
 * cells, so a note dragged over one is not caught on it. Shapes, never notes, so the export does not read them.
 */
export function computeEmotionGuideParts(laneId: string, guides: readonly EmotionGuide[], colors: MapColors): RenderPart[] {
  return guides.map((guide) => {
    const key = RENDER_KEYS.emotionGuide(laneId, guide.score);
    const color = isZeroGuide(guide.score) ? colors.emotionGuideZero : colors.emotionGuide;
    return {
      key,
      parentKey: RENDER_KEYS.lane(laneId),
      type: 'SHAPE_WITH_TEXT',
      rect: guide.rect,
      tags: keyed('emotion-guide', key, { laneId }),
      shapeType: 'SQUARE',
      fills: solidPaints(color),
      strokes: solidPaints(color),
      locked: true,
    };
  });
}

function panelParts(keys: { panel: string; heading: string; body: string }, role: 'legend' | 'how-to', layout: WorkshopPanelLayout, colors: MapColors): { background: RenderPart; heading: RenderPart; body: RenderPart } {
  return {
    background: {
      key: keys.panel,
      parentKey: RENDER_KEYS.map,
      type: 'SHAPE_WITH_TEXT',
      rect: layout.panel,
      tags: keyed(role, keys.panel),
      shapeType: 'ROUNDED_RECTANGLE',
      fills: solidPaints(colors.workshopPanelFill),
      strokes: solidPaints(colors.workshopPanelStroke),
      locked: true,
    },
    heading: textPart(keys.heading, RENDER_KEYS.map, role, layout.heading, colors.text),
    body: textPart(keys.body, RENDER_KEYS.map, role, layout.body, colors.text),
  };
}

/**
 * The legend (a swatch per lane in the lane label's colour, with what the lane holds; then stamps and votes) and the
 * how-to panel, each on a locked background, so the panel is not moved when someone drags a note across it.
 */
export function computeWorkshopParts(decorations: MapDecorationsLayout, colors: MapColors, laneColors: (kind: LaneKind) => LaneColors): RenderPart[] {
  const parts: RenderPart[] = [];
  const { legend, howTo } = decorations.workshop;
  if (legend !== null) {
    const panel = panelParts({ panel: RENDER_KEYS.legend, heading: RENDER_KEYS.legendHeading, body: RENDER_KEYS.legendBody }, 'legend', legend, colors);
    parts.push(panel.background, panel.heading);
    for (const entry of legend.entries) {
      const swatchKey = RENDER_KEYS.legendSwatch(entry.laneId);
      const fill = laneColors(entry.kind).label;
      parts.push({
        key: swatchKey,
        parentKey: RENDER_KEYS.map,
        type: 'SHAPE_WITH_TEXT',
        rect: entry.swatch.rect,
        tags: keyed('legend', swatchKey, { laneId: entry.laneId }),
        shapeType: 'ROUNDED_RECTANGLE',
        fills: solidPaints(fill),
        strokes: solidPaints(fill),
        text: textOf(entry.swatch, colors.text),
      });
      parts.push(textPart(RENDER_KEYS.legendMeaning(entry.laneId), RENDER_KEYS.map, 'legend', entry.meaning, colors.text, { laneId: entry.laneId }));
    }
    parts.push(panel.body);
  }
  if (howTo !== null) {
    const panel = panelParts({ panel: RENDER_KEYS.howTo, heading: RENDER_KEYS.howToHeading, body: RENDER_KEYS.howToBody }, 'how-to', howTo, colors);
    parts.push(panel.background, panel.heading, panel.body);
  }
  return parts;
}
