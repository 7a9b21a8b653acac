import { NEAR_MAP_MARGIN } from '../board/assemble-map-snapshots';
import type { Point, Rect } from '../shared/geometry';
import { rectBottom, rectCenter, rectContainsPoint, rectRight } from '../shared/geometry';

/** Space between the map and the notes kept beside it, and between those notes. */
export const BESIDE_MAP_GAP = 40;
/** Each further pass over the slots is shifted by this much, so stacked notes stay readable. */
const STACK_OFFSET = 24;

interface Size {
  width: number;
  height: number;
}

/**
 * Page positions for notes taken out of a map, all within NEAR_MAP_MARGIN of it so the export still reports them
 * (unplaced, near the map): a row under the map, then a column to its right. When both are full, further notes
 * go over the same places again, each pass shifted a little, never further from the map than the margin allows.
 */
export function computeBesideMapPositions(map: Rect, sizes: readonly Size[]): Point[] {
  const maxShift = NEAR_MAP_MARGIN - BESIDE_MAP_GAP - 1;
  const passes = Math.max(1, Math.floor(maxShift / STACK_OFFSET) + 1);
  const positions: Point[] = [];
  let pass = 0;
  let x = map.x;
  let y = map.y;
  let inRow = true;
  for (const size of sizes) {
    for (;;) {
      const shift = (pass % passes) * STACK_OFFSET;
      if (inRow && x + size.width <= rectRight(map)) {
        positions.push({ x: x + shift, y: rectBottom(map) + BESIDE_MAP_GAP + shift });
        x += size.width + BESIDE_MAP_GAP;
        break;
      }
      if (inRow) {
        inRow = false;
        y = map.y;
      }
      if (y + size.height <= rectBottom(map) || y === map.y) {
        positions.push({ x: rectRight(map) + BESIDE_MAP_GAP + shift, y: y + shift });
        y += size.height + BESIDE_MAP_GAP;
        break;
      }
      pass += 1;
      inRow = true;
      x = map.x;
    }
  }
  return positions;
}

/** Whether a note outside the map is close enough to it to be exported as unplaced near the map. */
export function isBesideMap(note: Rect, map: Rect): boolean {
  if (rectContainsPoint(map, rectCenter(note))) return false;
  const gapX = Math.max(0, note.x - rectRight(map), map.x - rectRight(note));
  const gapY = Math.max(0, note.y - rectBottom(map), map.y - rectBottom(note));
  return gapX < NEAR_MAP_MARGIN && gapY < NEAR_MAP_MARGIN;
}
