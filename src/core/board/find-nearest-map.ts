import type { Rect } from '../shared/geometry';

/** The gap between two rectangles along each axis; 0 on an axis where they overlap. */
function gapBetween(a: Rect, b: Rect): { x: number; y: number } {
  return {
    x: Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width)),
    y: Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height)),
  };
}

/**
 * The index of the map a note lying outside every map is nearest to, among those closer than `margin` on both
 * axes; null when none is. Two maps drawn close together both reach a note in the gap between them, so the
 * nearer one takes it, and at equal distance the first: a note is never counted by two maps.
 */
export function findNearestMap(note: Rect, maps: readonly Rect[], margin: number): number | null {
  let nearest: number | null = null;
  let nearestDistance = Infinity;
  maps.forEach((map, index) => {
    const gap = gapBetween(note, map);
    if (gap.x >= margin || gap.y >= margin) return;
    const distance = Math.hypot(gap.x, gap.y);
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = index;
    }
  });
  return nearest;
}
