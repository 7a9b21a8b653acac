import type { Rect } from '../shared/geometry';
import { rectBottom } from '../shared/geometry';
import { estimateTextHeight } from './estimate-text-size';
import type { LegendEntry, LegendLayout, TextBox, WorkshopLayout, WorkshopPanelLayout } from './map-layout';
import { instructionForLane } from './presets';
import type { TemplateSpec } from './template-spec';
import { LANE_KIND_MEANINGS, WORKSHOP_TEXTS } from './workshop-texts';

/** Wide enough for a step of the how-to on two or three lines at the size of the lane instructions. */
export const WORKSHOP_PANEL_WIDTH = 1040;
/** Between the grid and the panels, and between the two panels. */
export const WORKSHOP_PANEL_GAP = 80;
const PANEL_PADDING = 40;
const HEADING_FONT_SIZE = 48;
const BODY_FONT_SIZE = 28;
const HEADING_GAP = 24;
const SWATCH_WIDTH = 300;
const SWATCH_MIN_HEIGHT = 72;
const SWATCH_INSET = 16;
const ENTRY_GAP = 16;
const MEANING_GAP = 24;

function textBox(text: string, x: number, y: number, width: number, fontSize: number, fontStyle: TextBox['fontStyle']): TextBox {
  const height = estimateTextHeight(text, fontSize, width);
  return { rect: { x, y, width, height }, text, fontSize, fontStyle };
}

/** Custom lanes say what they hold in their own instruction; the other kinds mean the same on every map. */
function laneMeaning(lane: TemplateSpec['lanes'][number]): string {
  return lane.kind === 'custom' ? instructionForLane(lane) : LANE_KIND_MEANINGS[lane.kind];
}

function computeLegend(spec: TemplateSpec, x: number, y: number): LegendLayout {
  const inner = WORKSHOP_PANEL_WIDTH - 2 * PANEL_PADDING;
  const left = x + PANEL_PADDING;
  const heading = textBox(WORKSHOP_TEXTS.legendHeading, left, y + PANEL_PADDING, inner, HEADING_FONT_SIZE, 'Bold');
  let rowY = rectBottom(heading.rect) + HEADING_GAP;
  const meaningX = left + SWATCH_WIDTH + MEANING_GAP;
  const meaningWidth = inner - SWATCH_WIDTH - MEANING_GAP;
  const entries: LegendEntry[] = spec.lanes.map((lane) => {
    const nameHeight = estimateTextHeight(lane.name, BODY_FONT_SIZE, SWATCH_WIDTH - 2 * SWATCH_INSET) + 2 * SWATCH_INSET;
    const meaning = textBox(laneMeaning(lane), meaningX, rowY, meaningWidth, BODY_FONT_SIZE, 'Medium');
    const rowHeight = Math.max(SWATCH_MIN_HEIGHT, nameHeight, meaning.rect.height);
    const swatch: TextBox = { rect: { x: left, y: rowY, width: SWATCH_WIDTH, height: rowHeight }, text: lane.name, fontSize: BODY_FONT_SIZE, fontStyle: 'Bold' };
    // The meaning is centred on its swatch, so each row reads as one line.
    const entry = { laneId: lane.id, kind: lane.kind, swatch, meaning: { ...meaning, rect: { ...meaning.rect, y: rowY + Math.floor((rowHeight - meaning.rect.height) / 2) } } };
    rowY += rowHeight + ENTRY_GAP;
    return entry;
  });
  const hasEmotions = spec.lanes.some((lane) => lane.kind === 'emotions');
  const bodyText = hasEmotions ? `${WORKSHOP_TEXTS.stamps}\n${WORKSHOP_TEXTS.emotionLine}` : WORKSHOP_TEXTS.stamps;
  const body = textBox(bodyText, left, rowY - ENTRY_GAP + HEADING_GAP, inner, BODY_FONT_SIZE, 'Medium');
  const panel: Rect = { x, y, width: WORKSHOP_PANEL_WIDTH, height: rectBottom(body.rect) + PANEL_PADDING - y };
  return { panel, heading, body, entries };
}

function computeHowTo(x: number, y: number): WorkshopPanelLayout {
  const inner = WORKSHOP_PANEL_WIDTH - 2 * PANEL_PADDING;
  const left = x + PANEL_PADDING;
  const heading = textBox(WORKSHOP_TEXTS.howToHeading, left, y + PANEL_PADDING, inner, HEADING_FONT_SIZE, 'Bold');
  const body = textBox(WORKSHOP_TEXTS.howToSteps.join('\n'), left, rectBottom(heading.rect) + HEADING_GAP, inner, BODY_FONT_SIZE, 'Medium');
  return { panel: { x, y, width: WORKSHOP_PANEL_WIDTH, height: rectBottom(body.rect) + PANEL_PADDING - y }, heading, body };
}

/**
 * The legend, then the how-to panel under it, in a column whose top-left is (x, y); each only when the spec's
 * options ask for it. `bottom` is the last panel's bottom, `y` when there is none.
 */
export function computeWorkshopPanels(spec: TemplateSpec, x: number, y: number): WorkshopLayout & { bottom: number } {
  const legend = spec.options.showLegend === true ? computeLegend(spec, x, y) : null;
  const howToY = legend === null ? y : rectBottom(legend.panel) + WORKSHOP_PANEL_GAP;
  const howTo = spec.options.showHowTo === true ? computeHowTo(x, howToY) : null;
  const bottom = howTo !== null ? rectBottom(howTo.panel) : legend !== null ? rectBottom(legend.panel) : y;
  return { legend, howTo, bottom };
}

/** Whether the map has a column of panels right of its grid. */
export function hasWorkshopPanels(spec: TemplateSpec): boolean {
  return spec.options.showLegend === true || spec.options.showHowTo === true;
}
