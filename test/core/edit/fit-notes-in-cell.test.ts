import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitNotesInCell } from '../../../src/core/edit/fit-notes-in-cell';
import type { CellNote } from '../../../src/core/edit/fit-notes-in-cell';
import { rectContainsRect, rectsOverlap } from '../../../src/core/shared/geometry';
import type { Rect } from '../../../src/core/shared/geometry';

const cell: Rect = { x: 0, y: 0, width: 880, height: 600 };

function clampInto(value: number, length: number, span: number): number {
  return Math.min(Math.max(value, 0), span - length);
}

/** Notes anywhere around the cell; their target is the nearest place wholly inside it, as tidy snaps them. */
const notesArbitrary = fc
  .array(
    fc.record({ x: fc.integer({ min: -120, max: 760 }), y: fc.integer({ min: -120, max: 480 }), tall: fc.boolean() }),
    { minLength: 1, maxLength: 8 },
  )
  .map((entries) =>
    entries.map(({ x, y, tall }, index): CellNote => {
      const bounds = { x, y, width: 240, height: tall ? 300 : 240 };
      const target = { x: clampInto(x, bounds.width, cell.width), y: clampInto(y, bounds.height, cell.height) };
      const natural = { x, y };
      return { id: `n${index}`, bounds, natural, target: target.x === x && target.y === y ? natural : target };
    }),
  );

describe('fitNotesInCell', () => {
  it('never makes two notes overlap that did not, unless a note found no free place and stayed where it was', () => {
    fc.assert(
      fc.property(notesArbitrary, (notes) => {
        const { positions } = fitNotesInCell(notes, cell);
        const after = notes.map((note) => ({ note, rect: { ...note.bounds, ...positions.get(note.id)! } }));
        const stayed = (entry: (typeof after)[number]) =>
          entry.rect.x === entry.note.bounds.x && entry.rect.y === entry.note.bounds.y;
        after.forEach((entry, index) => {
          if (!stayed(entry)) expect(rectContainsRect(cell, entry.rect)).toBe(true);
          for (const other of after.slice(index + 1)) {
            if (!rectsOverlap(entry.rect, other.rect) || rectsOverlap(entry.note.bounds, other.note.bounds)) continue;
            expect(stayed(entry) || stayed(other)).toBe(true);
          }
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves notes already in the cell where they are and lays out a note whose snapped place is taken', () => {
    const natural = { x: 40, y: 300 };
    const inside: CellNote = { id: 'a', bounds: { x: 40, y: 300, width: 240, height: 240 }, natural, target: natural };
    const below: CellNote = {
      id: 'b',
      bounds: { x: 40, y: 550, width: 240, height: 240 },
      natural: { x: 40, y: 550 },
      target: { x: 40, y: 360 },
    };
    const { positions, laidOut } = fitNotesInCell([inside, below], cell);
    expect(positions.get('a')).toBe(inside.natural);
    expect(positions.get('b')).toEqual({ x: 40, y: 40 });
    expect(laidOut).toBe(1);
  });
});
