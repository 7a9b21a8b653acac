import type { MapSnapshot } from '../board/board-snapshot';
import { placeNotes } from '../placement/place-notes';
import type { ImportedNoteHome, ListedImportNote } from './plan-imported-notes';
import { homeKey } from './plan-imported-notes';

export interface ReimportMatch {
  /** Notes of the journey the map lacks, to be drawn. */
  added: ListedImportNote[];
  /** Notes of the journey found on the map, left where people put them. */
  kept: number;
  /** How many notes each home (cell, persona, beside the map) holds now, by home key. */
  occupied: Map<string, number>;
}

/**
 * Which notes of a journey imported again are on its map already. A note is matched by its text in its own
 * cell first, then by its text anywhere on the map (a participant may have moved it), each board note used once.
 * A note whose text people edited on the board counts as missing and is drawn again: nothing is ever deleted.
 */
export function matchReimportedNotes(listed: readonly ListedImportNote[], map: MapSnapshot): ReimportMatch {
  const placement = placeNotes(map);
  const boardHomes: Array<{ text: string; home: ImportedNoteHome }> = [];
  placement.cells.forEach((lanes, stageIndex) =>
    lanes.forEach((notes, laneIndex) => {
      const home: ImportedNoteHome = { kind: 'cell', laneId: map.lanes[laneIndex]!.id, stageId: map.stages[stageIndex]!.id };
      for (const { note } of notes) boardHomes.push({ text: note.text, home });
    }),
  );
  for (const note of placement.persona) boardHomes.push({ text: note.text, home: { kind: 'persona' } });
  for (const { note } of placement.unplaced) boardHomes.push({ text: note.text, home: { kind: 'beside' } });
  placement.personaSlots.forEach((notes, index) => {
    const slotId = map.persona!.slots![index]!.id;
    for (const note of notes) boardHomes.push({ text: note.text, home: { kind: 'persona-slot', slotId } });
  });
  for (const note of placement.parkingLot) boardHomes.push({ text: note.text, home: { kind: 'parking-lot' } });

  const occupied = new Map<string, number>();
  const inHome = new Map<string, number>();
  const anywhere = new Map<string, number>();
  for (const { text, home } of boardHomes) {
    const key = homeKey(home);
    occupied.set(key, (occupied.get(key) ?? 0) + 1);
    inHome.set(`${key}\n${text}`, (inHome.get(`${key}\n${text}`) ?? 0) + 1);
    anywhere.set(text, (anywhere.get(text) ?? 0) + 1);
  }
  const take = (counts: Map<string, number>, key: string): boolean => {
    const count = counts.get(key) ?? 0;
    if (count === 0) return false;
    counts.set(key, count - 1);
    return true;
  };

  const unmatched = listed.filter((entry) => {
    if (!take(inHome, `${homeKey(entry.home)}\n${entry.note.text}`)) return true;
    take(anywhere, entry.note.text);
    return false;
  });
  // Board notes matched in their own cell are used up; the rest may be notes moved to another cell.
  const added = unmatched.filter((entry) => !take(anywhere, entry.note.text));
  return { added, kept: listed.length - added.length, occupied };
}
