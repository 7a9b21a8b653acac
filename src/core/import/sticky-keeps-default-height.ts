import { STICKY_SIZE } from '../template/map-layout';
import { estimateTextSize } from '../template/estimate-text-size';

/**
 * Room kept around a sticky's text, each side, in the estimate: more than FigJam's own inner padding, so that a
 * text the estimate fits surely fits.
 */
export const STICKY_TEXT_MARGIN = 40;

/**
 * Whether a new sticky with `text` in `fontSize` keeps its default height (a sticky grows only when its text
 * does not fit). Invariant: true only when the text, sized with glyph widths wider than Inter's, fits the
 * sticky with a margin to spare on every side; a false answer only means the height has to be read.
 */
export function stickyKeepsDefaultHeight(text: string, fontSize: number): boolean {
  const room = STICKY_SIZE - 2 * STICKY_TEXT_MARGIN;
  const size = estimateTextSize(text, fontSize, room);
  return !size.breaksWords && size.height <= room;
}
