import type { Rect } from '../shared/geometry';

/** The side of one square of the stamp index, in page pixels: a sticky (240 or 416 wide) touches at most 2 × 2. */
export const BUCKET_SIZE = 512;
/** A rectangle touching more squares than this is kept apart from the index, in a list searched in full. */
export const MAX_BUCKETS_PER_RECT = 16;

function squareSpan(start: number, length: number): { first: number; count: number } | null {
  const first = Math.floor(start / BUCKET_SIZE);
  const last = Math.floor((start + length) / BUCKET_SIZE);
  // Beyond 2^53 a square number no longer counts up by one, so a loop over them would never end.
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last)) return null;
  return { first, count: Math.max(0, last - first + 1) };
}

/** Squares this close to the origin (±8 million px, far beyond any board) get a number for a key: a small integer. */
const NUMBERED_SQUARES = 2 ** 14;

/** A number for a square near the origin, one to one; a string further out. Never equal, a number and a string. */
function squareKey(column: number, row: number): number | string {
  if (Math.abs(column) < NUMBERED_SQUARES && Math.abs(row) < NUMBERED_SQUARES) return column * 2 * NUMBERED_SQUARES + row;
  return `${column},${row}`;
}

/**
 * The squares of the stamp index a rectangle touches, or null when it touches more than MAX_BUCKETS_PER_RECT,
 * lies so far out that squares cannot be counted exactly, or is not finite. Invariant: at most
 * MAX_BUCKETS_PER_RECT keys for any geometry, so the index grows with the number of rectangles, never their extent.
 */
export function bucketKeys(rect: Rect): Array<number | string> | null {
  const columns = squareSpan(rect.x, rect.width);
  const rows = squareSpan(rect.y, rect.height);
  if (!columns || !rows || columns.count * rows.count > MAX_BUCKETS_PER_RECT) return null;
  const keys: Array<number | string> = [];
  for (let column = 0; column < columns.count; column++) {
    for (let row = 0; row < rows.count; row++) keys.push(squareKey(columns.first + column, rows.first + row));
  }
  return keys;
}
