import type { Rect } from '../shared/geometry';
import { rectGap } from '../shared/geometry';

/** A map as the tie rule sees it: where it is, and its map section's node id. */
export interface NearMapCandidate {
  bounds: Rect;
  nodeId: string;
}

/** Node ids read "<session>:<counter>": compared part by part as numbers, else as text. */
function compareNodeIds(a: string, b: string): number {
  const partsA = a.split(':').map(Number);
  const partsB = b.split(':').map(Number);
  if (partsA.every(Number.isFinite) && partsB.every(Number.isFinite)) {
    for (let index = 0; index < Math.max(partsA.length, partsB.length); index++) {
      const difference = (partsA[index] ?? -1) - (partsB[index] ?? -1);
      if (difference !== 0) return difference;
    }
    return 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The one tie rule for a note exactly as near to two maps: the upper map, then the left one, then the lower
 * section id. It depends only on the maps themselves, never on the order they were read in, so the plugin (one
 * map at a time) and the command line (every map at once) give the note to the same map.
 */
export function compareMapsForTies(a: NearMapCandidate, b: NearMapCandidate): number {
  return a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x || compareNodeIds(a.nodeId, b.nodeId);
}

/**
 * The index of the map a note lying outside every map is nearest to, among those closer than `margin` on both
 * axes; null when none is. Two maps drawn close together both reach a note in the gap between them, so the
 * nearer one takes it, and at equal distance the one compareMapsForTies puts first: a note is never counted by two
 * maps, and the plugin and the command line agree on which.
 */
export function findNearestMap(note: Rect, maps: readonly NearMapCandidate[], margin: number): number | null {
  let nearest: number | null = null;
  let nearestDistance = Infinity;
  maps.forEach((map, index) => {
    const gap = rectGap(note, map.bounds);
    if (gap.x >= margin || gap.y >= margin) return;
    const distance = Math.hypot(gap.x, gap.y);
    const tiedAndFirst = distance === nearestDistance && nearest !== null && compareMapsForTies(map, maps[nearest]!) < 0;
    if (distance < nearestDistance || tiedAndFirst) {
      nearestDistance = distance;
      nearest = index;
    }
  });
  return nearest;
}
