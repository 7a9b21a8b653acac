import type { Point } from './board-view';
import type { SceneItem } from './read-board-scene';

function contains(item: SceneItem, point: Point): boolean {
  return point.x >= item.x && point.x < item.x + item.width && point.y >= item.y && point.y < item.y + item.height;
}

/**
 * The section FigJam would put a dropped note into: the innermost section under the point, the frontmost where
 * siblings overlap; null for the page. The dragged note itself and its own descendants are skipped.
 */
export function findDropSection(items: readonly SceneItem[], point: Point, draggedId: string | null = null): SceneItem | null {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index]!;
    if (item.type !== 'SECTION' || item.id === draggedId || !contains(item, point)) continue;
    return findDropSection(item.children, point, draggedId) ?? item;
  }
  return null;
}
