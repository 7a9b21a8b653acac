import { NEAR_MAP_MARGIN } from '../board/assemble-map-snapshots';
import type { Rect } from '../shared/geometry';
import { rectIntersectionArea } from '../shared/geometry';

export interface NeighbourMap {
  title: string;
  /** The other map's section on the page. */
  bounds: Rect;
}

/** Where a map reaches: its section and the margin around it in which its export reads notes as its own. */
function reach(bounds: Rect): Rect {
  return { x: bounds.x - NEAR_MAP_MARGIN, y: bounds.y - NEAR_MAP_MARGIN, width: bounds.width + 2 * NEAR_MAP_MARGIN, height: bounds.height + 2 * NEAR_MAP_MARGIN };
}

/**
 * The first other map that a map redrawn from `current` to `next` would reach into further than it does now:
 * its export would then take the other map's notes as its own, and its grid would lie over them. Maps already
 * close stay editable as long as the change does not bring them closer.
 */
export function findMapInTheWay(current: Rect, next: Rect, others: readonly NeighbourMap[]): NeighbourMap | null {
  const before = reach(current);
  const after = reach(next);
  return others.find((other) => rectIntersectionArea(after, other.bounds) > rectIntersectionArea(before, other.bounds)) ?? null;
}
