import type { Rect } from '../shared/geometry';
import { estimateTextHeight } from './estimate-text-size';
import type { TextBox } from './map-layout';
import type { StageSpec } from './template-spec';

/**
 * Stage headers are chevrons, so a row of them reads as an order left to right, with the stage's number before its
 * name. FigJam's chevron cuts into the shape at both ends and scales with it; text is kept this share of the width
 * from each end (a guess on the safe side: FigJam does not document the chevron's geometry).
 */
export const STAGE_HEADER_SHAPE = 'CHEVRON' as const;
export const CHEVRON_POINT_SHARE = 0.1;

export const STAGE_DESCRIPTION_FONT_SIZE = 28;
const STAGE_DESCRIPTION_GAP = 16;

const NUMBER_SEPARATOR = ' · ';
const NUMBERED = /^\d+ · /;

/** "1 · Awareness": the header's text as drawn, its number counting from 1. */
export function formatStageHeaderText(index: number, name: string): string {
  return `${index + 1}${NUMBER_SEPARATOR}${name}`;
}

/**
 * The stage's name in a header's text: the number drawn before it taken off once, so a header someone rewrote
 * without the number is still its name, and a name that itself starts "2 · " keeps it.
 */
export function readStageNameFromHeader(text: string): string {
  return text.replace(NUMBERED, '');
}

/** How far a chevron `width` wide cuts in at each end. */
export function chevronPointDepth(width: number): number {
  return Math.ceil(CHEVRON_POINT_SHARE * width);
}

/** Room the text of a chevron `width` wide has across it: clear of both points and of the shape's text inset. */
export function chevronTextWidth(width: number, inset: number): number {
  return Math.max(1, width - 2 * inset - 2 * chevronPointDepth(width));
}

/** The tallest description's height, 0 when no stage has one: the header row grows by it (and a gap). */
export function measureStageDescriptions(stages: readonly StageSpec[], width: number): number {
  const heights = stages.map((stage) => {
    const text = stage.description?.trim() ?? '';
    return text === '' ? 0 : estimateTextHeight(text, STAGE_DESCRIPTION_FONT_SIZE, width);
  });
  const tallest = Math.max(0, ...heights);
  return tallest === 0 ? 0 : tallest + STAGE_DESCRIPTION_GAP;
}

/** Each description under its header, as wide as the header; stages without one get none. */
export function computeStageDescriptions(
  stages: readonly StageSpec[],
  headers: ReadonlyArray<{ stageId: string; rect: Rect }>,
): Array<{ stageId: string; box: TextBox }> {
  return stages.flatMap((stage, index) => {
    const text = stage.description?.trim() ?? '';
    const header = headers[index];
    if (text === '' || !header) return [];
    const height = estimateTextHeight(text, STAGE_DESCRIPTION_FONT_SIZE, header.rect.width);
    const rect = { x: header.rect.x, y: header.rect.y + header.rect.height + STAGE_DESCRIPTION_GAP, width: header.rect.width, height };
    return [{ stageId: stage.id, box: { rect, text, fontSize: STAGE_DESCRIPTION_FONT_SIZE, fontStyle: 'Medium' as const } }];
  });
}
