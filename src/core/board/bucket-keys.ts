import type { Rect } from '../shared/geometry';

/** The side of one square of the stamp index, in page pixels: a sticky (240 or 416 wide) touches at most 2 × 2. */
export const BUCKET_SIZE = 512;
/** A rectangle touching more squares than this is kept apart from the index, in a list searched in full. */
export const MAX_BUCKETS_PER_RECT = 16;

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
  const keys: Array<number | string> = [];
  return visitBucketKeys(rect, (key) => keys.push(key)) ? keys : null;
}

/**
 * bucketKeys without a list: `visit` is called with each key, in the same order, and false is returned (with no
 * call) where bucketKeys gives null. For tens of thousands of notes, each looked up once.
 */
export function visitBucketKeys(rect: Rect, visit: (key: number | string) => void): boolean {
  const firstColumn = Math.floor(rect.x / BUCKET_SIZE);
  const lastColumn = Math.floor((rect.x + rect.width) / BUCKET_SIZE);
  const firstRow = Math.floor(rect.y / BUCKET_SIZE);
  const lastRow = Math.floor((rect.y + rect.height) / BUCKET_SIZE);
  // Beyond 2^53 a square number no longer counts up by one, so a loop over them would never end.
  if (!Number.isSafeInteger(firstColumn) || !Number.isSafeInteger(lastColumn)) return false;
  if (!Number.isSafeInteger(firstRow) || !Number.isSafeInteger(lastRow)) return false;
  const columns = Math.max(0, lastColumn - firstColumn + 1);
  const rows = Math.max(0, lastRow - firstRow + 1);
  if (columns * rows > MAX_BUCKETS_PER_RECT) return false;
  for (let column = 0; column < columns; column++) {
    for (let row = 0; row < rows; row++) visit(squareKey(firstColumn + column, firstRow + row));
  }
  return true;
}
