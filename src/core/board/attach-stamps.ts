import type { NoteSnapshot } from './board-snapshot';
import type { Rect } from '../shared/geometry';
import { visitBucketKeys } from './bucket-keys';

export interface StampSnapshot {
  name: string;
  /** The note the stamp is stuck to, when the board says so (the plugin API's `stuckTo`). */
  stuckToId: string | null;
  /** Page coordinates; used for stamps stuck to nothing, such as every stamp of a REST file. */
  bounds: Rect | null;
}

/**
 * Gives each stamp to its note: the one it is stuck to, or else the one it overlaps most (the first in `notes` on
 * a tie), as FigJam sticks a stamp to the note under it. Stamps on no note of `notes` are left out. The stamps
 * stuck to nothing are looked up in a spatial hash of a bounded number of squares each, and each note asks it
 * once; a note or stamp too large or too far out for it (none drawn in FigJam: a sticky is at most 416 wide) is
 * checked against every stamp or note, so the work grows with the number of notes and stamps, never with the
 * extent of the board.
 */
export function attachStamps(notes: readonly NoteSnapshot[], stamps: readonly StampSnapshot[]): NoteSnapshot[] {
  const namesById = new Map<string, string[]>();
  // Only stamps stuck to a note need the notes by id (a REST file has none): built on first use, not for every board.
  let noteIds: ReadonlySet<string> | null = null;
  const give = (noteId: string, name: string) => {
    const names = namesById.get(noteId);
    if (names) names.push(name);
    else namesById.set(noteId, [name]);
  };
  const under = findNotesUnder(notes, stamps);
  stamps.forEach((stamp, index) => {
    if (stamp.stuckToId !== null) {
      noteIds ??= new Set(notes.map((note) => note.id));
      if (noteIds.has(stamp.stuckToId)) give(stamp.stuckToId, stamp.name);
      return;
    }
    const best = under[index]!;
    if (best >= 0) give(notes[best]!.id, stamp.name);
  });
  return notes.map((note) => {
    const names = namesById.get(note.id);
    return names ? { ...note, stamps: [...note.stamps, ...names] } : note;
  });
}

/**
 * For each stamp stuck to nothing, the index of the note it overlaps most, the first of equals; -1 for none and
 * for the other stamps. The stamps (a tenth of the notes or fewer) are indexed, not the notes: each note then
 * meets the stamps of its own squares, in note order, so the first note of a largest overlap is kept by asking
 * only for a larger one.
 */
function findNotesUnder(notes: readonly NoteSnapshot[], stamps: readonly StampSnapshot[]): Int32Array {
  const best = new Int32Array(stamps.length).fill(-1);
  const bestAreas = new Float64Array(stamps.length);
  const buckets = new Map<number | string, number[]>();
  const outsideBuckets: number[] = [];
  stamps.forEach((stamp, index) => {
    if (stamp.stuckToId !== null || !stamp.bounds) return;
    const indexed = visitBucketKeys(stamp.bounds, (key) => {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    if (!indexed) outsideBuckets.push(index);
  });
  if (buckets.size === 0 && outsideBuckets.length === 0) return best;
  let note = 0;
  let left = 0;
  let top = 0;
  let right = 0;
  let bottom = 0;
  // rectIntersectionArea(notes[note].bounds, stamp.bounds), the same sums in the same order.
  const consider = (stampIndex: number) => {
    const bounds = stamps[stampIndex]!.bounds!;
    const width = Math.min(right, bounds.x + bounds.width) - Math.max(left, bounds.x);
    const height = Math.min(bottom, bounds.y + bounds.height) - Math.max(top, bounds.y);
    const area = width > 0 && height > 0 ? width * height : 0;
    if (area > bestAreas[stampIndex]!) {
      best[stampIndex] = note;
      bestAreas[stampIndex] = area;
    }
  };
  const considerBucket = (key: number | string) => {
    const bucket = buckets.get(key);
    if (bucket) for (const stampIndex of bucket) consider(stampIndex);
  };
  for (; note < notes.length; note++) {
    const bounds = notes[note]!.bounds;
    left = bounds.x;
    top = bounds.y;
    right = bounds.x + bounds.width;
    bottom = bounds.y + bounds.height;
    // A note outside the index meets every stamp; one met twice (in two shared squares) gives the same area twice.
    if (!visitBucketKeys(bounds, considerBucket)) for (const bucket of buckets.values()) for (const stampIndex of bucket) consider(stampIndex);
    for (const stampIndex of outsideBuckets) consider(stampIndex);
  }
  return best;
}
