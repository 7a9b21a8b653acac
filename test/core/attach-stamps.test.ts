import { describe, expect, it } from 'vitest';
import type { NoteSnapshot } from '../../src/core/board-snapshot';
import { attachStamps } from '../../src/core/attach-stamps';

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
