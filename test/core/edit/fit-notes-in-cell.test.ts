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
  it.each([
    ['as an update fits them', {}],
    ['as Tidy spreads them', { spreadStacked: true }],
  ])('never makes two notes overlap that did not, unless a note found no free place and stayed where it was, %s', (_, options) => {
    fc.assert(
      fc.property(notesArbitrary, (notes) => {
        const { positions } = fitNotesInCell(notes, cell, options);
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

  it('spreads notes stacked on each other when asked, the first in reading order staying, and moves no note that lies on none', () => {
    const note = (id: string, x: number, y: number): CellNote => ({ id, bounds: { x, y, width: 240, height: 240 }, natural: { x, y }, target: { x, y } });
    const first = note('a', 40, 40);
    const onFirst = note('b', 40, 40);
    const half = note('c', 160, 100);
    const alone = note('d', 600, 320);
    const stack = [alone, half, onFirst, first];
    const kept = fitNotesInCell(stack, cell);
    expect([...kept.positions.values()]).toEqual(stack.map((entry) => entry.natural));
    expect(kept.laidOut).toBe(0);

    const { positions, laidOut } = fitNotesInCell(stack, cell, { spreadStacked: true });
    // b keeps clear of where c lies, should c find no room and stay; c then takes the place b left.
    expect(Object.fromEntries(positions)).toEqual({ a: { x: 40, y: 40 }, b: { x: 600, y: 40 }, c: { x: 320, y: 40 }, d: { x: 600, y: 320 } });
    expect(laidOut).toBe(2);
  });

  it('leaves a stacked note where it is when the cell has no free place, and snaps the others clear of it', () => {
    const small: Rect = { x: 0, y: 0, width: 320, height: 320 };
    const first: CellNote = { id: 'a', bounds: { x: 40, y: 40, width: 240, height: 240 }, natural: { x: 40, y: 40 }, target: { x: 40, y: 40 } };
    const second: CellNote = { ...first, id: 'b' };
    const { positions, laidOut } = fitNotesInCell([second, first], small, { spreadStacked: true });
    expect(Object.fromEntries(positions)).toEqual({ a: { x: 40, y: 40 }, b: { x: 40, y: 40 } });
    expect(laidOut).toBe(0);
  });

  it('moves no note onto a place it is asked to keep clear, where a note of another cell reaches in', () => {
    const first: CellNote = { id: 'a', bounds: { x: 40, y: 40, width: 240, height: 240 }, natural: { x: 40, y: 40 }, target: { x: 40, y: 40 } };
    const second: CellNote = { ...first, id: 'b' };
    const spread = fitNotesInCell([first, second], cell, { spreadStacked: true });
    expect(spread.positions.get('b')).toEqual({ x: 320, y: 40 });
    const reachingIn: Rect = { x: 500, y: -100, width: 240, height: 240 };
    const clear = fitNotesInCell([first, second], cell, { spreadStacked: true, keepClear: [reachingIn] });
    expect(clear.positions.get('b')).toEqual({ x: 40, y: 320 });
    expect(rectsOverlap({ ...second.bounds, ...clear.positions.get('b')! }, reachingIn)).toBe(false);
  });
});
