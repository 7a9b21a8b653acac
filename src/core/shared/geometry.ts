/** An axis-aligned rectangle in page coordinates unless a name says otherwise. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export function rectRight(rect: Rect): number {
  return rect.x + rect.width;
}

export function rectBottom(rect: Rect): number {
  return rect.y + rect.height;
}

export function rectCenter(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export function rectContainsPoint(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height;
}

export function rectContainsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function rectIntersectionArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return rectIntersectionArea(a, b) > 0;
}

export function rectTranslate(rect: Rect, dx: number, dy: number): Rect {
  return { x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height };
}

/** The gap between two rectangles along each axis; 0 on an axis where they overlap. */
export function rectGap(a: Rect, b: Rect): { x: number; y: number } {
  return {
    x: Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width)),
    y: Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height)),
  };
}

/** Reading order of parts on a board: the upper first, then the left one. */
export function byTopThenLeft(a: { bounds: Rect }, b: { bounds: Rect }): number {
  return a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x;
}
