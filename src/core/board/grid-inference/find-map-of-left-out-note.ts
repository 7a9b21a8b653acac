import type { NoteSnapshot } from '../board-snapshot';
import { findNearestMap } from '../find-nearest-map';
import type { NearMapCandidate } from '../find-nearest-map';
import type { Rect } from '../../shared/geometry';
import { rectCenter, rectContainsPoint } from '../../shared/geometry';

/**
 * The index of the map that takes a note no map took by position although it lies in the area of a grid with
 * evidence that was left out for sharing its area with a kept map: the kept map nearest to it, ties as
 * `findNearestMap` breaks them. Such a note lies outside that map, so it is exported unplaced with a reason
 * instead of lost with the grid it was drawn in.
 * Invariant: a note whose centre lies in one of `leftOutAreas` gets a map whenever there is one; any other note none.
 */
export function findMapOfLeftOutNote(note: NoteSnapshot, leftOutAreas: readonly Rect[], maps: readonly NearMapCandidate[]): number | null {
  if (note.boundsMissing || leftOutAreas.length === 0) return null;
  const centre = rectCenter(note.bounds);
  if (!leftOutAreas.some((area) => rectContainsPoint(area, centre))) return null;
  return findNearestMap(note.bounds, maps, Number.POSITIVE_INFINITY);
}

/** Where a left-out candidate's notes may lie: right of its labels and below its headers, as far as its notes reach. */
export function readCandidateNoteArea(reach: Rect, margin: number): Rect {
  return { x: reach.x, y: reach.y, width: reach.width + margin, height: reach.height + 2 * margin };
}
