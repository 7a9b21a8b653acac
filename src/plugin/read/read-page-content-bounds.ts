import type { Rect } from '../../core/shared/geometry';
import type { FigJamApi } from '../platform/figjam-api';
import { readBounds } from './read-bounds';

/** Bounds of what already lies on the page, top level only: a new map must not overlap any of it. */
export function readPageContentBounds(page: FigJamApi['currentPage']): Rect[] {
  const bounds: Rect[] = [];
  for (const node of page.children) {
    const box = readBounds(node);
    if (box) bounds.push(box);
  }
  return bounds;
}
