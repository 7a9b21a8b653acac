import type { Rect } from '../../core/shared/geometry';
import type { FigJamApi } from '../platform/figjam-api';
import { readBounds } from './read-bounds';
import type { YieldBudget } from '../platform/yield-budget';

/**
 * Bounds of what already lies on the page, top level only: a new map must not overlap any of it. With a `budget`,
 * pauses whenever the request's budget says its slice of the main thread is used.
 */
export async function readPageContentBoundsAsync(page: FigJamApi['currentPage'], budget: YieldBudget | undefined): Promise<Rect[]> {
  const bounds: Rect[] = [];
  for (const node of page.children) {
    const box = readBounds(node);
    if (box) bounds.push(box);
    if (budget) await budget.yieldIfDueAsync();
  }
  return bounds;
}
