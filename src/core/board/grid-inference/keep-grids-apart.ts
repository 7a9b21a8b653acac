import type { Rect } from '../../shared/geometry';
import type { InferredGrid } from './inferred-grid';

/** A grid's area: from its label column to the end of its last stage, from its header row to the end of its last lane. */
export function readGridArea(grid: InferredGrid): Rect {
  const right = grid.stages[grid.stages.length - 1]!.span.end;
  const bottom = grid.lanes[grid.lanes.length - 1]!.span.end;
  return { x: grid.left, y: grid.top, width: right - grid.left, height: bottom - grid.top };
}

/**
 * Whether the grid begins (its header row's top, its label column's left) inside one of the areas. A note in a
 * map's cell that says a lane's name ("Questions?") and the notes beside it are that map's notes: a grid they seem
 * to form inside a better map's area is no map of its own.
 */
export function beginsInsideArea(grid: InferredGrid, areas: readonly Rect[]): boolean {
  return areas.some((area) => grid.left >= area.x && grid.left < area.x + area.width && grid.top >= area.y && grid.top < area.y + area.height);
}

/**
 * The grids with evidence (`isMap`), best first, each kept unless it begins inside the area of a map kept before
 * it; then the others, kept unless they begin inside any kept map. Invariant: no kept grid begins inside a kept map.
 */
export function keepGridsApart<Ranked extends { grid: InferredGrid }>(
  ranked: readonly Ranked[],
  isMap: (item: Ranked) => boolean,
): { maps: Ranked[]; others: Ranked[] } {
  const maps: Ranked[] = [];
  const areas: Rect[] = [];
  for (const item of ranked) {
    if (!isMap(item) || beginsInsideArea(item.grid, areas)) continue;
    maps.push(item);
    areas.push(readGridArea(item.grid));
  }
  const others = ranked.filter((item) => !isMap(item) && !beginsInsideArea(item.grid, areas));
  return { maps, others };
}
