import type { Rect } from '../core/geometry';
import type { FigJamApi } from './figjam-api';

/** Bounds of what already lies on the page, top level only: a new map must not overlap any of it. */
export function readPageContentBounds(page: FigJamApi['currentPage']): Rect[] {
  const bounds: Rect[] = [];
  for (const node of page.children) {
    const box = node.absoluteBoundingBox;
    if (box) bounds.push({ x: box.x, y: box.y, width: box.width, height: box.height });
  }
  return bounds;
}
