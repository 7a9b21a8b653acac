import type { MapSnapshot, NoteSnapshot } from '../board-snapshot';
import { USER_MESSAGES } from '../../shared/user-messages';

/**
 * The map a selection is exported as, holding every selected note: the first grid found, plus the notes that
 * inference gave to another grid or to none (placement leaves those unplaced, next to the map or outside its
 * grid, with their reason), and a warning saying how many. A selection is one map by the person's choice, so a
 * grid that splits in two loses no sticky, and says so.
 * Invariant: every note is in the map once (notes are told apart as objects, so two sharing an id stay two),
 * except the stickies that name the map's own lanes and stages.
 */
export function gatherSelectedNotes(maps: readonly MapSnapshot[], notes: readonly NoteSnapshot[]): MapSnapshot {
  const [first, ...others] = maps;
  if (!first) throw new Error('gatherSelectedNotes needs a map');
  const held = new Set<NoteSnapshot>(first.notes);
  const namesOfFirst = new Set([...first.lanes, ...first.stages].flatMap((track) => (track.labelNodeId ? [track.labelNodeId] : [])));
  const added = notes.filter((note) => !held.has(note) && !namesOfFirst.has(note.id));
  if (added.length === 0) return first;
  const warning = USER_MESSAGES.selectionNotesOutsideGrid(added.length, others.length + 1);
  return { ...first, notes: [...first.notes, ...added], warnings: [...(first.warnings ?? []), warning] };
}
