import type { NoteSnapshot } from './board-snapshot';
import type { Rect } from './geometry';
import { rectIntersectionArea } from './geometry';

export interface StampSnapshot {
  name: string;
  /** The note the stamp is stuck to, when the board says so (the plugin API's `stuckTo`). */
  stuckToId: string | null;
  /** Page coordinates; used for stamps stuck to nothing, such as every stamp of a REST file. */
  bounds: Rect | null;
}

const BUCKET_SIZE = 512;

function bucketKeys(rect: Rect): string[] {
  const keys: string[] = [];
  for (let x = Math.floor(rect.x / BUCKET_SIZE); x <= Math.floor((rect.x + rect.width) / BUCKET_SIZE); x++) {
    for (let y = Math.floor(rect.y / BUCKET_SIZE); y <= Math.floor((rect.y + rect.height) / BUCKET_SIZE); y++) {
      keys.push(`${x},${y}`);
    }
  }
  return keys;
}

/**
 * Gives each stamp to its note: the one it is stuck to, or else the one it overlaps most, as FigJam sticks a
 * stamp to the note under it. Stamps on no note of `notes` are left out. Notes are looked up in a spatial hash,
 * so a board of many notes and stamps stays linear.
 */
export function attachStamps(notes: readonly NoteSnapshot[], stamps: readonly StampSnapshot[]): NoteSnapshot[] {
  const namesById = new Map<string, string[]>();
  const byId = new Map(notes.map((note) => [note.id, note]));
  const buckets = new Map<string, NoteSnapshot[]>();
  let bucketsBuilt = false;
  const buildBuckets = () => {
    for (const note of notes) {
      for (const key of bucketKeys(note.bounds)) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(note);
        else buckets.set(key, [note]);
      }
    }
    bucketsBuilt = true;
  };
  const give = (noteId: string, name: string) => {
    const names = namesById.get(noteId);
    if (names) names.push(name);
    else namesById.set(noteId, [name]);
  };

  for (const stamp of stamps) {
    if (stamp.stuckToId !== null) {
      if (byId.has(stamp.stuckToId)) give(stamp.stuckToId, stamp.name);
      continue;
    }
    if (!stamp.bounds) continue;
    if (!bucketsBuilt) buildBuckets();
    let best: NoteSnapshot | null = null;
    let bestArea = 0;
    for (const key of bucketKeys(stamp.bounds)) {
      for (const note of buckets.get(key) ?? []) {
        const area = rectIntersectionArea(note.bounds, stamp.bounds);
        if (area > bestArea) {
          best = note;
          bestArea = area;
        }
      }
    }
    if (best) give(best.id, stamp.name);
  }
  return notes.map((note) => {
    const names = namesById.get(note.id);
    return names ? { ...note, stamps: [...note.stamps, ...names] } : note;
  });
}
