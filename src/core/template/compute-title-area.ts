import type { Rect } from '../shared/geometry';
import { rectBottom } from '../shared/geometry';
import { estimateTextHeight, estimateTextWidth } from './estimate-text-size';
import type { TextBox, TitleAreaLayout } from './map-layout';
import type { MapState, TemplateSpec } from './template-spec';

export const TITLE_DETAIL_FONT_SIZE = 40;
const BADGE_FONT_SIZE = 36;
/** Text in a shape keeps off its edges (see SHAPE_TEXT_INSET); a badge is small, so a smaller inset suffices. */
const BADGE_INSET = 24;
const BADGE_HEIGHT = 80;
const AREA_GAP = 24;
const BADGE_GAP = 32;
const DETAIL_SEPARATOR = '  ·  ';

export const MAP_STATE_LABELS: Record<MapState, string> = { current: 'Current state', future: 'Future state' };

/** "Scenario · Team · Date", each part only when the spec has it; empty when it has none. */
export function formatTitleDetail(spec: Pick<TemplateSpec, 'scenario' | 'team' | 'date'>): string {
  return [spec.scenario, spec.team, spec.date]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(DETAIL_SEPARATOR);
}

/**
 * The row under the title: the state badge at the left, then the detail line, which wraps in the width left. Both
 * are absent when the spec has neither, and then the area takes no room (`bottom` is the title's).
 */
export function computeTitleArea(spec: TemplateSpec, title: Rect, width: number): TitleAreaLayout & { bottom: number } {
  const y = rectBottom(title) + AREA_GAP;
  let x = title.x;
  let bottom = rectBottom(title);
  let badge: TextBox | null = null;
  if (spec.state !== undefined) {
    const text = MAP_STATE_LABELS[spec.state];
    const badgeWidth = Math.ceil(estimateTextWidth(text, BADGE_FONT_SIZE)) + 2 * BADGE_INSET;
    badge = { rect: { x, y, width: badgeWidth, height: BADGE_HEIGHT }, text, fontSize: BADGE_FONT_SIZE, fontStyle: 'Bold' };
    x += badgeWidth + BADGE_GAP;
    bottom = y + BADGE_HEIGHT;
  }
  const detailText = formatTitleDetail(spec);
  let detail: TextBox | null = null;
  if (detailText !== '') {
    const detailWidth = Math.max(1, title.x + width - x);
    const height = estimateTextHeight(detailText, TITLE_DETAIL_FONT_SIZE, detailWidth);
    // Centred on the badge's height when there is one, so the row reads as one line.
    const detailY = badge === null ? y : y + Math.max(0, Math.round((BADGE_HEIGHT - Math.min(height, BADGE_HEIGHT)) / 2));
    detail = { rect: { x, y: detailY, width: detailWidth, height }, text: detailText, fontSize: TITLE_DETAIL_FONT_SIZE, fontStyle: 'Medium' };
    bottom = Math.max(bottom, detailY + height);
  }
  return { badge, detail, bottom };
}
