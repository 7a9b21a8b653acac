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
  /** Notes put in a free place of the cell because their snapped place would have covered another note. */
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

/**
 * Where each note of one cell goes when the grid is redrawn. Notes that stay where their section takes them are
 * not moved; the others go to their snapped place, in reading order, unless it covers a note they did not cover
 * before, in which case they take the cell's first free place in reading order; with no free place left, a note
 * stays where its section takes it. So snapping never hides one note under another: a voted pain point stays
 * visible, and its stamps are not taken for its neighbour's.
 */
export function fitNotesInCell(notes: readonly CellNote[], cell: Rect): FittedCell {
  const positions = new Map<string, Point>();
  const placed: Array<{ note: CellNote; rect: Rect }> = [];
  const movers: CellNote[] = [];
  for (const note of notes) {
    if (note.target.x === note.natural.x && note.target.y === note.natural.y) {
      positions.set(note.id, note.natural);
      placed.push({ note, rect: at(note.bounds, note.natural) });
    } else {
      movers.push(note);
    }
  }
  const coversAnother = (note: CellNote, rect: Rect) =>
    placed.some((other) => rectsOverlap(rect, other.rect) && !rectsOverlap(note.bounds, other.note.bounds));
  let laidOut = 0;
  for (const note of sortInReadingOrder(
    movers,
    (entry) => entry.bounds,
    (entry) => entry.id,
  )) {
    let position = note.target;
    if (coversAnother(note, at(note.bounds, position))) {
      let free: Point | null = null;
      for (const place of freePlaces(cell, note.bounds)) {
        const rect = at(note.bounds, place);
        if (rectContainsRect(cell, rect) && !placed.some((other) => rectsOverlap(rect, other.rect))) {
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
