export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the page is on screen: a screen point is `page × zoom + offset`. */
export interface BoardView {
  offset: Point;
  zoom: number;
}

export const MINIMUM_ZOOM = 0.02;
export const MAXIMUM_ZOOM = 4;

export function clampZoom(zoom: number): number {
  return Math.min(MAXIMUM_ZOOM, Math.max(MINIMUM_ZOOM, zoom));
}

export function toPagePoint(view: BoardView, screen: Point): Point {
  return { x: (screen.x - view.offset.x) / view.zoom, y: (screen.y - view.offset.y) / view.zoom };
}

export function panView(view: BoardView, delta: Point): BoardView {
  return { offset: { x: view.offset.x + delta.x, y: view.offset.y + delta.y }, zoom: view.zoom };
}

/** Zooms about a screen point, which stays over the same page point. */
export function zoomViewAt(view: BoardView, screen: Point, zoom: number): BoardView {
  const next = clampZoom(zoom);
  const page = toPagePoint(view, screen);
  return { offset: { x: screen.x - page.x * next, y: screen.y - page.y * next }, zoom: next };
}

/** Puts a page point at the middle of a screen of this size. */
export function centerViewOn(center: Point, zoom: number, screen: { width: number; height: number }): BoardView {
  const next = clampZoom(zoom);
  return { offset: { x: screen.width / 2 - center.x * next, y: screen.height / 2 - center.y * next }, zoom: next };
}

/** The page point at the middle of the screen. */
export function computeViewCenter(view: BoardView, screen: { width: number; height: number }): Point {
  return toPagePoint(view, { x: screen.width / 2, y: screen.height / 2 });
}

/** Shows the whole box with a margin of screen pixels, never closer than 100 %, as FigJam's zoom to fit does. */
export function fitViewToBox(box: Box, screen: { width: number; height: number }, margin = 48): BoardView {
  const width = Math.max(screen.width - 2 * margin, 1);
  const height = Math.max(screen.height - 2 * margin, 1);
  const zoom = clampZoom(Math.min(1, width / Math.max(box.width, 1), height / Math.max(box.height, 1)));
  return centerViewOn({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, zoom, screen);
}

export function unionOfBoxes(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
