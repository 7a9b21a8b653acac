import { estimateTextSize } from './estimate-text-size';

/** Narrow enough to give the stages the room, wide enough for a label of one short word and its instruction. */
export const MIN_LABEL_WIDTH = 320;

/**
 * The width of the lane labels: the widest name on one line at `fontSize` plus the shape's inset on both sides,
 * at least MIN_LABEL_WIDTH and at most `maxWidth` (where longer names wrap, as the font size was chosen for).
 */
export function sizeLabelColumn(names: readonly string[], fontSize: number, inset: number, maxWidth: number): number {
  const widest = Math.max(0, ...names.map((name) => Math.ceil(estimateTextSize(name, fontSize, maxWidth - 2 * inset).width)));
  return Math.min(maxWidth, Math.max(MIN_LABEL_WIDTH, widest + 2 * inset));
}
