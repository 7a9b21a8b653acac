import type { NoteOrigin } from '../journey/journey-schema';
import { NoteOriginSchema } from '../journey/journey-schema';

/** The tag written on a note kept beside its map (TAG_KEYS.keptFrom). */
export function formatNoteOrigin(origin: NoteOrigin): string {
  return JSON.stringify(origin);
}

/** A tag someone else wrote or damaged is not an origin: the note is then exported without `from`. */
export function parseNoteOrigin(value: string | undefined): NoteOrigin | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed = NoteOriginSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Notes with the origin read for them; the others as they are. */
export function attachNoteOrigins<Note extends { id: string }>(notes: readonly Note[], origins: ReadonlyMap<string, NoteOrigin>): Array<Note & { keptFrom?: NoteOrigin }> {
  if (origins.size === 0) return [...notes];
  return notes.map((note) => {
    const keptFrom = origins.get(note.id);
    return keptFrom ? { ...note, keptFrom } : note;
  });
}
