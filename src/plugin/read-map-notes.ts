import type { NoteSnapshot } from '../core/board-snapshot';
import type { FigJamSection } from './figjam-api';
import type { MapStructure } from './read-map-structure';
import { readNoteSnapshot } from './read-note-snapshot';
import type { ReadNoteOptions } from './read-note-snapshot';

/**
 * Every note inside the map section, each read once, with the container it was found in as its parent: the lane
 * and persona sections are searched one by one, so no note's `parent` has to be read. Notes elsewhere in the map
 * (loose in it, or in a section someone added) come from the map's direct children. If the map holds more notes
 * than those searches found (notes in a group or frame), the map is searched whole for the rest.
 */
export function readMapNotes(structure: MapStructure, options: ReadNoteOptions): NoteSnapshot[] {
  const map = structure.section;
  const mapNodeId = map.id;
  const notes: NoteSnapshot[] = [];
  const searchSection = (section: FigJamSection, sectionId: string) => {
    for (const sticky of section.findAllWithCriteria({ types: ['STICKY'] })) {
      notes.push(readNoteSnapshot(sticky, sectionId, options));
    }
  };

  for (const [sectionId, section] of structure.containers) searchSection(section, sectionId);

  const ownIds = new Set(structure.tagged.map((node) => node.id));
  for (const child of map.children) {
    const childId = child.id;
    if (ownIds.has(childId)) continue;
    const type = child.type;
    if (type === 'STICKY') notes.push(readNoteSnapshot(child, mapNodeId, options, { id: childId }));
    else if (type === 'SECTION') searchSection(child, childId);
  }

  const total = map.findAllWithCriteria({ types: ['STICKY'] });
  if (total.length > notes.length) {
    const found = new Set(notes.map((note) => note.id));
    for (const sticky of total) {
      const id = sticky.id;
      if (!found.has(id)) notes.push(readNoteSnapshot(sticky, mapNodeId, options, { id }));
    }
  }
  return notes;
}
