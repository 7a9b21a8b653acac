import type { BoardNode } from '../board-node';
import { rectRight } from '../../shared/geometry';

/**
 * The headers of a row up to the first gap wider than `leastGap` and twice the middle header's width: a row of
 * stage headers is drawn column after column, and whatever lines up with it beyond such a gap (a kanban's
 * columns, a table's header row, another map's headers) belongs to something else. Invariant: the result is a
 * prefix of `headers`, which are in order from left to right.
 */
export function keepHeaderRun(headers: readonly BoardNode[], leastGap: number): BoardNode[] {
  if (headers.length < 2) return [...headers];
  const widths = headers.map((node) => node.bounds.width).sort((a, b) => a - b);
  const widestGap = Math.max(leastGap, 2 * widths[Math.floor(widths.length / 2)]!);
  let end = 1;
  while (end < headers.length && headers[end]!.bounds.x - rectRight(headers[end - 1]!.bounds) <= widestGap) end++;
  return headers.slice(0, end);
}
