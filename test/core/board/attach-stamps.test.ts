import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteSnapshot } from '../../../src/core/board/board-snapshot';
import { attachStamps } from '../../../src/core/board/attach-stamps';
import { MAX_BUCKETS_PER_RECT, bucketKeys } from '../../../src/core/board/bucket-keys';
import type { Rect } from '../../../src/core/shared/geometry';
import { rectIntersectionArea } from '../../../src/core/shared/geometry';

function note(id: string, x: number, y: number): NoteSnapshot {
  return { id, text: id, bounds: { x, y, width: 240, height: 240 }, color: null, author: null, parentId: null, stamps: [] };
}

describe('attachStamps', () => {
  const notes = [note('a', 0, 0), note('b', 300, 0), note('c', 5000, 5000)];

  it('gives a stuck stamp to its note, wherever the stamp lies', () => {
    const result = attachStamps(notes, [{ name: '+1', stuckToId: 'b', bounds: { x: 9999, y: 9999, width: 40, height: 40 } }]);
    expect(result.map((each) => each.stamps)).toEqual([[], ['+1'], []]);
  });

  it('gives an unstuck stamp to the note it overlaps most', () => {
    const result = attachStamps(notes, [
      { name: 'heart', stuckToId: null, bounds: { x: 230, y: 10, width: 100, height: 40 } },
      { name: 'star', stuckToId: null, bounds: { x: 5100, y: 5100, width: 40, height: 40 } },
    ]);
    expect(result.map((each) => each.stamps)).toEqual([[], ['heart'], ['star']]);
  });

  it('leaves out stamps on no note and stamps stuck to notes of another map', () => {
    const result = attachStamps(notes, [
      { name: '+1', stuckToId: 'elsewhere', bounds: null },
      { name: '+1', stuckToId: null, bounds: { x: 2000, y: 2000, width: 40, height: 40 } },
    ]);
    expect(result.every((each) => each.stamps.length === 0)).toBe(true);
  });

  it('keeps the stamps a note already had and does not change the input', () => {
    const withStamp = { ...notes[0]!, stamps: ['dot'] };
    const result = attachStamps([withStamp], [{ name: '+1', stuckToId: 'a', bounds: null }]);
    expect(result[0]!.stamps).toEqual(['dot', '+1']);
    expect(withStamp.stamps).toEqual(['dot']);
  });
});

/** The rule attachStamps states, checked against every note: most overlap wins, the first note on a tie. */
function noteUnder(notes: readonly NoteSnapshot[], bounds: Rect): string | null {
  let best: string | null = null;
  let bestArea = 0;
  for (const candidate of notes) {
    const area = rectIntersectionArea(candidate.bounds, bounds);
    if (area > bestArea) {
      best = candidate.id;
      bestArea = area;
    }
  }
  return best;
}

/** Coordinates as a hostile file could hold them: ordinary, huge, tiny, negative, up to ±1e300. */
const coordinate = fc.oneof(
  fc.integer({ min: -3000, max: 3000 }),
  fc.double({ min: -1e300, max: 1e300, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e20, -1e20, 2 ** 53, 2 ** 60, 1e300, -1e300),
);
const size = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 1e300, noNaN: true }), fc.constantFrom(10_000_000, 1e20, 1e300));
const rect = fc.record({ x: coordinate, y: coordinate, width: size, height: size });

describe('attachStamps on any geometry', () => {
  it('indexes a rectangle in a bounded number of squares, or none, whatever its size and place', () => {
    fc.assert(
      fc.property(fc.oneof(rect, fc.record({ x: fc.double(), y: fc.double(), width: fc.double(), height: fc.double() })), (bounds) => {
        const keys = bucketKeys(bounds);
        expect(keys === null || keys.length <= MAX_BUCKETS_PER_RECT).toBe(true);
      }),
    );
  });

  it('finishes on a stamp at x = 1e20 and a 10,000,000 px wide note, where floats still tell overlap apart', () => {
    const wide: NoteSnapshot = { ...note('wide', 0, 0), bounds: { x: 0, y: 0, width: 10_000_000, height: 240 } };
    const far: NoteSnapshot = { ...note('far', 0, 0), bounds: { x: 1e20, y: 0, width: 240, height: 240 } };
    const result = attachStamps(
      [wide, far],
      [
        { name: '+1', stuckToId: null, bounds: { x: 5_000_000, y: 10, width: 40, height: 40 } },
        // At 1e20 one float step is 16,384 px: a 40 px stamp there has no area to overlap with.
        { name: 'heart', stuckToId: null, bounds: { x: 1e20, y: 10, width: 40, height: 40 } },
        { name: 'flag', stuckToId: null, bounds: { x: 1e20, y: 10, width: 1e6, height: 40 } },
        { name: 'star', stuckToId: null, bounds: { x: -1e300, y: -1e300, width: 2e300, height: 2e300 } },
      ],
    );
    expect(result.map((each) => each.stamps)).toEqual([['+1', 'star'], []]);
  });

  it('matches every stamp to the note a full search finds, on boards with coordinates up to ±1e300', () => {
    const board = fc.record({
      notes: fc.array(rect, { maxLength: 30 }),
      stamps: fc.array(rect, { maxLength: 30 }),
    });
    fc.assert(
      fc.property(board, ({ notes: rects, stamps: stampRects }) => {
        const notes = rects.map((bounds, index) => ({ ...note(`n${index}`, 0, 0), bounds }));
        const stamps = stampRects.map((bounds, index) => ({ name: `s${index}`, stuckToId: null, bounds }));
        const result = attachStamps(notes, stamps);
        const expected = new Map<string, string[]>();
        for (const stamp of stamps) {
          const id = noteUnder(notes, stamp.bounds);
          if (id !== null) expected.set(id, [...(expected.get(id) ?? []), stamp.name]);
        }
        expect(result.map((each) => each.stamps)).toEqual(notes.map((each) => expected.get(each.id) ?? []));
      }),
      { numRuns: 300 },
    );
  });
});
