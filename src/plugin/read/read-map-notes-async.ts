import type { NoteSnapshot } from '../../core/board/board-snapshot';
import type { FigJamSection, FigJamSticky } from '../platform/figjam-api';
import type { MapStructure } from './read-map-structure';
import { readNoteSnapshot } from './read-note-snapshot';
import type { ReadNoteOptions } from './read-note-snapshot';
import type { YieldBudget } from '../platform/yield-budget';

/** Notes read between two pauses: the sandbox runs on Figma's main thread, so a long read must let the board breathe. */
export const NOTES_PER_STEP = 2000;

export interface ReadProgress {
  done: number;
  total: number;
}

export interface ReadMapNotesOptions extends ReadNoteOptions {
  /** Called between steps; the read pauses (a macrotask) after each call so the editor stays responsive. */
  onStepAsync?: (progress: ReadProgress) => Promise<void>;
  /** The request's time on the main thread: the read pauses whenever a slice of it is used, whatever the count. */
  budget?: YieldBudget;
}

/**
 * Every note inside the map section, each read once, with the container it was found in as its parent: the lane
 * and persona sections are searched one by one, so no note's `parent` has to be read. Notes elsewhere in the map
 * (loose in it, or in a section someone added) come from the map's direct children. If the map holds more notes
 * than those searches found (notes in a group or frame), the map is searched whole for the rest.
 */
export async function readMapNotesAsync(structure: MapStructure, options: ReadMapNotesOptions): Promise<NoteSnapshot[]> {
  const map = structure.section;
  // Read with the structure already: every read crosses into the engine.
  const mapNodeId = structure.tagged[0]?.id ?? map.id;
  const everyNote = map.findAllWithCriteria({ types: ['STICKY'] });
  const total = everyNote.length;
  const notes: NoteSnapshot[] = [];
  let sinceStep = 0;

  const readAsync = async (sticky: FigJamSticky, parentId: string, alreadyRead: { id?: string } = {}) => {
    notes.push(readNoteSnapshot(sticky, parentId, options, alreadyRead));
    if (options.budget) await options.budget.yieldIfDueAsync();
    sinceStep += 1;
    if (sinceStep >= NOTES_PER_STEP && options.onStepAsync) {
      sinceStep = 0;
      await options.onStepAsync({ done: notes.length, total });
    }
  };
  // Sections nested in a container (persona slots) come first in `containers`: their notes are theirs, and the
  // container's search, which finds them again, passes over the ids already read.
  const readIds = new Set<string>();
  const searchSectionAsync = async (section: FigJamSection, sectionId: string) => {
    for (const sticky of section.findAllWithCriteria({ types: ['STICKY'] })) {
      if (structure.nested !== true) {
        await readAsync(sticky, sectionId);
        continue;
      }
      const id = sticky.id;
      if (readIds.has(id)) continue;
      readIds.add(id);
      await readAsync(sticky, sectionId, { id });
    }
  };

  for (const [sectionId, section] of structure.containers) await searchSectionAsync(section, sectionId);
  // Each note is read once, so when the containers held them all there is nothing loose in the map to look for.
  if (notes.length >= total) return notes;

  const ownIds = new Set(structure.tagged.map((node) => node.id));
  for (const child of map.children) {
    const childId = child.id;
    if (ownIds.has(childId)) continue;
    const type = child.type;
    if (type === 'STICKY') await readAsync(child, mapNodeId, { id: childId });
    else if (type === 'SECTION') await searchSectionAsync(child, childId);
  }

  if (total > notes.length) {
    const found = new Set(notes.map((note) => note.id));
    for (const sticky of everyNote) {
      const id = sticky.id;
      if (!found.has(id)) await readAsync(sticky, mapNodeId, { id });
    }
  }
  return notes;
}
