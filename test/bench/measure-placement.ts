import type { MapSnapshot } from '../../src/core/board/board-snapshot';
import { placeNotes } from '../../src/core/placement/place-notes';
import { computeMedian } from './compute-median';
import { timeMilliseconds } from './time-milliseconds';

export interface PlacementTiming {
  notes: number;
  /** Median milliseconds of `placeNotes(map)`. */
  placement: number;
  /** Median milliseconds of the floor: one pass touching each note's bounds once. */
  floor: number;
  /** placement / floor, the two measured in the same run, interleaved. */
  ratio: number;
  /** Median microseconds a note, placement and floor. */
  placementPerNote: number;
  floorPerNote: number;
}

/** No placement can do less than look at each note's bounds once; the sum keeps the loop from being optimised away. */
export function touchEveryNoteBounds(map: MapSnapshot): number {
  let sum = 0;
  for (const note of map.notes) {
    const bounds = note.bounds;
    sum += bounds.x + bounds.y + bounds.width + bounds.height;
  }
  return sum;
}

/**
 * Placement and floor timed in rounds, each round running both, so that a slower moment of the machine weighs on
 * both figures alike. The floor is repeated within a run so that it is measurable against the timer's resolution.
 */
export function measurePlacement(map: MapSnapshot, rounds: number): PlacementTiming {
  const floorRepeats = Math.max(1, Math.ceil(200_000 / Math.max(1, map.notes.length)));
  let sink = 0;
  const placeAll = () => placeNotes(map);
  const touchAll = () => {
    for (let repeat = 0; repeat < floorRepeats; repeat++) sink += touchEveryNoteBounds(map);
  };
  for (let warmUp = 0; warmUp < 3; warmUp++) {
    placeAll();
    touchAll();
  }
  const placementRuns: number[] = [];
  const floorRuns: number[] = [];
  for (let round = 0; round < rounds; round++) {
    placementRuns.push(timeMilliseconds(placeAll));
    floorRuns.push(timeMilliseconds(touchAll) / floorRepeats);
  }
  if (Number.isNaN(sink)) throw new Error('The floor pass read no bounds');
  const placement = computeMedian(placementRuns);
  const floor = computeMedian(floorRuns);
  const notes = map.notes.length;
  return {
    notes,
    placement,
    floor,
    ratio: placement / floor,
    placementPerNote: (placement * 1000) / notes,
    floorPerNote: (floor * 1000) / notes,
  };
}

