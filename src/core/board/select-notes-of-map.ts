import type { NoteSnapshot } from './board-snapshot';
import { findNearestMap } from './find-nearest-map';
import type { Rect } from '../shared/geometry';
import { rectCenter, rectContainsPoint } from '../shared/geometry';

/**
 * The notes loose on the page around a map that are this map's: those whose centre is in it, and those outside
 * every map that lie nearer to it than to any other map (see findNearestMap). A note between two maps is read
 * by both, and must be exported by one; at equal distance, by the upper map, then the left one.
 */
export function selectNotesOfMap(
  notes: readonly NoteSnapshot[],
  map: Rect,
  otherMaps: readonly Rect[],
  margin: number,
): NoteSnapshot[] {
  if (otherMaps.length === 0) return [...notes];
  // At equal distance the first map wins, so every map's read must list the maps in the same order.
  const maps = [map, ...otherMaps].sort((a, b) => a.y - b.y || a.x - b.x);
  return notes.filter((note) => {
    const centre = rectCenter(note.bounds);
    if (rectContainsPoint(map, centre)) return true;
    if (otherMaps.some((other) => rectContainsPoint(other, centre))) return false;
    const nearest = findNearestMap(note.bounds, maps, margin);
    return nearest !== null && maps[nearest] === map;
  });
}
