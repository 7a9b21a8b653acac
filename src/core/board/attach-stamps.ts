import type { NoteSnapshot } from './board-snapshot';
import type { Rect } from '../shared/geometry';
import { bucketKeys } from './bucket-keys';

export interface StampSnapshot {
  name: string;
  /** The note the stamp is stuck to, when the board says so (the plugin API's `stuckTo`). */
  stuckToId: string | null;
  /** Page coordinates; used for stamps stuck to nothing, such as every stamp of a REST file. */
  bounds: Rect | null;
}

/**
 * Gives each stamp to its note: the one it is stuck to, or else the one it overlaps most (the first in `notes` on
 * a tie), as FigJam sticks a stamp to the note under it. Stamps on no note of `notes` are left out. Notes are
 * looked up in a spatial hash of a bounded number of squares each; a note too large or too far out for it (none
 * drawn in FigJam: a sticky is at most 416 wide) is checked against every stamp, so the work grows with the
 * number of notes and stamps, never with the extent of the board.
 */
export function attachStamps(notes: readonly NoteSnapshot[], stamps: readonly StampSnapshot[]): NoteSnapshot[] {
  const namesById = new Map<string, string[]>();
  // Only stamps stuck to a note need the notes by id (a REST file has none): built on first use, not for every board.
  let noteIds: ReadonlySet<string> | null = null;
  const buckets = new Map<number | string, number[]>();
  const outsideBuckets: number[] = [];
  let bucketsBuilt = false;
  // Each note's edges side by side, read for every note near every stamp: no object to follow for each. Filled
  // with the index, only when a stamp stuck to nothing asks.
  let lefts = new Float64Array(0);
  let tops = lefts;
  let rights = lefts;
  let bottoms = lefts;
  const buildBuckets = () => {
    lefts = new Float64Array(notes.length);
    tops = new Float64Array(notes.length);
    rights = new Float64Array(notes.length);
    bottoms = new Float64Array(notes.length);
    notes.forEach((note, index) => {
      lefts[index] = note.bounds.x;
      tops[index] = note.bounds.y;
      rights[index] = note.bounds.x + note.bounds.width;
      bottoms[index] = note.bounds.y + note.bounds.height;
      const keys = bucketKeys(note.bounds);
      if (keys === null) outsideBuckets.push(index);
      for (const key of keys ?? []) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(index);
        else buckets.set(key, [index]);
      }
    });
    bucketsBuilt = true;
  };
  const give = (noteId: string, name: string) => {
    const names = namesById.get(noteId);
    if (names) names.push(name);
    else namesById.set(noteId, [name]);
  };
  const findUnder = (bounds: Rect): NoteSnapshot | null => {
    let best = -1;
    let bestArea = 0;
    const right = bounds.x + bounds.width;
    const bottom = bounds.y + bounds.height;
    // rectIntersectionArea(notes[index].bounds, bounds), the same sums in the same order, from the edges above.
    const consider = (index: number) => {
      const width = Math.min(rights[index]!, right) - Math.max(lefts[index]!, bounds.x);
      const height = Math.min(bottoms[index]!, bottom) - Math.max(tops[index]!, bounds.y);
      const area = width > 0 && height > 0 ? width * height : 0;
      if (area > bestArea || (area === bestArea && area > 0 && index < best)) {
        best = index;
        bestArea = area;
      }
    };
    const keys = bucketKeys(bounds);
    if (keys === null) for (let index = 0; index < notes.length; index++) consider(index);
    else {
      for (const key of keys) {
        const bucket = buckets.get(key);
        if (bucket) for (const index of bucket) consider(index);
      }
      for (const index of outsideBuckets) consider(index);
    }
    return best < 0 ? null : notes[best]!;
  };

  for (const stamp of stamps) {
    if (stamp.stuckToId !== null) {
      noteIds ??= new Set(notes.map((note) => note.id));
      if (noteIds.has(stamp.stuckToId)) give(stamp.stuckToId, stamp.name);
      continue;
    }
    if (!stamp.bounds) continue;
    if (!bucketsBuilt) buildBuckets();
    const best = findUnder(stamp.bounds);
    if (best) give(best.id, stamp.name);
  }
  return notes.map((note) => {
    const names = namesById.get(note.id);
    return names ? { ...note, stamps: [...note.stamps, ...names] } : note;
  });
}
