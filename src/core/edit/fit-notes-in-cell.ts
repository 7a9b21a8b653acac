import type { Point, Rect } from '../shared/geometry';
import { rectContainsRect, rectsOverlap } from '../shared/geometry';
import { NOTE_GAP } from '../template/compute-map-layout';
import { sortInReadingOrder } from '../placement/place-notes';

export interface CellNote {
  id: string;
  /** On the board now, page coordinates. */
  bounds: Rect;
  /** Where its section takes it when the grid is redrawn (its place now, for a note whose section stays). */
  natural: Point;
  /** Where snapping puts it: `natural` for a note already wholly in its cell. */
  target: Point;
}

export interface FittedCell {
  positions: Map<string, Point>;
  /** Notes put in a free place of the cell because their snapped place would have covered another note (or, when spreading, lay on one). */
  laidOut: number;
}

function at(bounds: Rect, point: Point): Rect {
  return { x: point.x, y: point.y, width: bounds.width, height: bounds.height };
}

/** The cell's places for a note of this size, in reading order: rows of notes with the template's gaps. */
function* freePlaces(cell: Rect, size: Rect): Generator<Point> {
  for (let y = cell.y + NOTE_GAP; y + size.height <= cell.y + cell.height; y += size.height + NOTE_GAP) {
    for (let x = cell.x + NOTE_GAP; x + size.width <= cell.x + cell.width; x += size.width + NOTE_GAP) yield { x, y };
  }
}

export interface FitOptions {
  /**
   * Notes stacked on each other stay stacked unless this is set (as Tidy sets it): then, in reading order, a note
   * that stays covers no note kept before it, and each note it would cover is laid out too.
   */
  spreadStacked?: boolean;
  /** Places no note is moved to: notes of other cells reaching into this one, which may stay where they are. */
  keepClear?: readonly Rect[];
}

/**
 * Where each note of one cell goes when the grid is redrawn. Notes that stay where their section takes them are
 * not moved; the others go to their snapped place, in reading order, unless it covers a note they did not cover
 * before, in which case they take the cell's first free place in reading order; with no free place left, a note
 * stays where its section takes it. So snapping never hides one note under another: a voted pain point stays
 * visible, and its stamps are not taken for its neighbour's. With `spreadStacked`, notes already on top of each
 * other are spread too: of each stack the first in reading order stays, and a note that covers any note placed
 * before it (whether or not it covered it before) takes a free place; a note that covers none stays where it is.
 * No note is then put where a note still to come lies, should that one find no room and stay: spreading never
 * makes two notes overlap that did not.
 */
export function fitNotesInCell(notes: readonly CellNote[], cell: Rect, options: FitOptions = {}): FittedCell {
  const positions = new Map<string, Point>();
  const placed: Array<{ note: CellNote; rect: Rect }> = [];
  const staying = notes.filter((note) => note.target.x === note.natural.x && note.target.y === note.natural.y);
  const stays = new Set(staying);
  // Stacked notes are laid out before the notes that snap, so that one finding no free place stays where it is
  // and the others keep clear of it, as of any note that stays.
  const stacked: CellNote[] = [];
  for (const note of options.spreadStacked ? inReadingOrder(staying) : staying) {
    const rect = at(note.bounds, note.natural);
    if (options.spreadStacked && placed.some((other) => rectsOverlap(rect, other.rect))) {
      stacked.push(note);
      continue;
    }
    positions.set(note.id, note.natural);
    placed.push({ note, rect });
  }
  const queue = [...stacked, ...inReadingOrder(notes.filter((candidate) => !stays.has(candidate)))];
  // When spreading, a note may be moved off another: so that none lands where a later note would have to stay
  // for want of room (and cover it anew), the places of the notes still to come are kept clear too.
  const naturals = queue.map((note) => at(note.bounds, note.natural));
  const keepClear = options.keepClear ?? [];
  const isReserved = (rect: Rect, index: number): boolean => {
    if (keepClear.some((other) => rectsOverlap(rect, other))) return true;
    if (options.spreadStacked !== true) return false;
    for (let later = index + 1; later < naturals.length; later++) if (rectsOverlap(rect, naturals[later]!)) return true;
    return false;
  };
  const isTaken = (note: CellNote, rect: Rect, index: number) =>
    placed.some((other) => rectsOverlap(rect, other.rect) && (options.spreadStacked || !rectsOverlap(note.bounds, other.note.bounds))) ||
    isReserved(rect, index);
  let laidOut = 0;
  for (const [index, note] of queue.entries()) {
    let position = note.target;
    if (isTaken(note, at(note.bounds, position), index)) {
      let free: Point | null = null;
      for (const place of freePlaces(cell, note.bounds)) {
        const rect = at(note.bounds, place);
        if (rectContainsRect(cell, rect) && !placed.some((other) => rectsOverlap(rect, other.rect)) && !isReserved(rect, index)) {
          free = place;
          break;
        }
      }
      if (free) laidOut += 1;
      position = free ?? note.natural;
    }
    positions.set(note.id, position);
    placed.push({ note, rect: at(note.bounds, position) });
  }
  return { positions, laidOut };
}

function inReadingOrder(notes: readonly CellNote[]): CellNote[] {
  return sortInReadingOrder(
    notes,
    (entry) => entry.bounds,
    (entry) => entry.id,
  );
}
