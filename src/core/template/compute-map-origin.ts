import type { Point, Rect } from '../shared/geometry';

/** Clear space between a new map and the content already on the board. */
export const MAP_GAP = 400;

function isMeasurable(rect: Rect): boolean {
  return [rect.x, rect.y, rect.width, rect.height].every((value) => Number.isFinite(value));
}

function normalize(rect: Rect): Rect {
  return {
    x: Math.min(rect.x, rect.x + rect.width),
    y: Math.min(rect.y, rect.y + rect.height),
    width: Math.abs(rect.width),
    height: Math.abs(rect.height),
  };
}

/**
 * Where to put a new map: at (0, 0) on an empty board, otherwise to the right of everything already there,
 * top-aligned with it, so a second map lands beside the first. Nothing lies right of the content's right edge,
 * so the map overlaps nothing whatever its size; `size` is kept for callers and for smarter placement later.
 */
export function computeMapOrigin(existing: readonly Rect[], size: { width: number; height: number }): Point {
  void size;
  const rects = existing.filter(isMeasurable).map(normalize);
  if (rects.length === 0) return { x: 0, y: 0 };
  // Each right edge as x + width, not the union's x + width: that sum can round a hair below the rightmost edge.
  // A loop, not Math.max(...rects): a page can hold more top-level nodes than a call takes arguments.
  let right = -Infinity;
  let top = Infinity;
  for (const rect of rects) {
    right = Math.max(right, rect.x + rect.width);
    top = Math.min(top, rect.y);
  }
  return { x: Math.ceil(right) + MAP_GAP, y: top };
}
