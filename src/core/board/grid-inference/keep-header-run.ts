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
  // Columns drawn alike keep one pitch: narrow headers at the left of wide columns leave wide gaps in that rhythm.
  const pitchAt = (index: number) => headers[index]!.bounds.x - headers[index - 1]!.bounds.x;
  const inRhythm = (index: number) =>
    [index - 1, index + 1].some((other) => other >= 1 && other < headers.length && Math.abs(pitchAt(other) - pitchAt(index)) <= 0.2 * Math.max(pitchAt(other), pitchAt(index)));
  let end = 1;
  while (end < headers.length && (headers[end]!.bounds.x - rectRight(headers[end - 1]!.bounds) <= widestGap || inRhythm(end))) end++;
  return headers.slice(0, end);
}
