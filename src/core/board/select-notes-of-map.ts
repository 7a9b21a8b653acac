import type { NoteSnapshot } from './board-snapshot';
import { findNearestMap } from './find-nearest-map';
import type { NearMapCandidate } from './find-nearest-map';
import { rectCenter, rectContainsPoint } from '../shared/geometry';

/**
 * The notes loose on the page around a map that are this map's: those whose centre is in it, and those outside
 * every map that lie nearer to it than to any other map (see findNearestMap). A note between two maps is read
 * by both, and must be exported by one; at equal distance, by the one findNearestMap's tie rule picks, the same
 * map the command line gives it to.
 */
export function selectNotesOfMap(
  notes: readonly NoteSnapshot[],
  map: NearMapCandidate,
  otherMaps: readonly NearMapCandidate[],
  margin: number,
): NoteSnapshot[] {
  if (otherMaps.length === 0) return [...notes];
  const maps = [map, ...otherMaps];
  return notes.filter((note) => {
    const centre = rectCenter(note.bounds);
    if (rectContainsPoint(map.bounds, centre)) return true;
    if (otherMaps.some((other) => rectContainsPoint(other.bounds, centre))) return false;
    return findNearestMap(note.bounds, maps, margin) === 0;
  });
}
