import type { BoardNode } from '../board-node';

/**
 * Whether a label found below the labels kept so far is the title of another map's header row instead: a header row
 * starts just below it, nearer to it than it is to the label above, and ends before the next label. Maps stacked
 * down a board each under a title text put that title in line with the labels above, so the column ends before it.
 * Invariant: decided from the label's own gaps (to the label above, to the next label) and `hasHeaderRowBetween`,
 * which finds the next map's header row as the column walk does; never from the notes.
 */
export function isTitleOfHeaderRowBelow(
  label: BoardNode,
  previousBottom: number,
  nextLabel: BoardNode | undefined,
  hasHeaderRowBetween: (top: number, bottom: number) => boolean,
): boolean {
  const bottom = label.bounds.y + label.bounds.height;
  const gapAbove = label.bounds.y - previousBottom;
  const limit = Math.min(bottom + gapAbove, nextLabel ? nextLabel.bounds.y : Number.POSITIVE_INFINITY);
  return limit > bottom && hasHeaderRowBetween(bottom, limit);
}

/**
 * The column's nodes down to the first one that is the title of a header row below it (`isTitleOfHeaderRowBelow`),
 * that title and what follows left out: a wide title lower down is not one of the labels whose right edge the
 * headers must clear. Invariant: a prefix of `column`, which is sorted top to bottom.
 */
export function endColumnAtTitle(
  column: readonly BoardNode[],
  hasHeaderRowBetween: (top: number, bottom: number) => boolean,
): readonly BoardNode[] {
  for (let index = 1; index < column.length; index++) {
    const previous = column[index - 1]!;
    const previousBottom = previous.bounds.y + previous.bounds.height;
    if (isTitleOfHeaderRowBelow(column[index]!, previousBottom, column[index + 1], hasHeaderRowBetween)) return column.slice(0, index);
  }
  return column;
}
