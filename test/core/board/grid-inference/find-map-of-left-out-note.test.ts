import { describe, expect, it } from 'vitest';
import { findMapOfLeftOutNote } from '../../../../src/core/board/grid-inference/find-map-of-left-out-note';
import { createNote } from '../../map-fixtures';

const MAPS = [
  { bounds: { x: 0, y: 0, width: 1000, height: 1000 }, nodeId: '' },
  { bounds: { x: 0, y: 3000, width: 1000, height: 1000 }, nodeId: '' },
];
const LEFT_OUT = [{ x: 1500, y: 1500, width: 1000, height: 1000 }];

describe('findMapOfLeftOutNote', () => {
  it('gives every note centred in a left-out area to the nearest kept map, however far it is', () => {
    // A grid of centres across the area: none is lost, and each goes to the map it is nearer to.
    for (let y = 1500; y < 2500; y += 100) {
      for (let x = 1500; x < 2500; x += 100) {
        const note = createNote({ id: `${x}-${y}`, x: x - 50, y: y - 50, width: 100, height: 100 });
        const nearer = y - 50 - 1000 <= 3000 - (y + 50) ? 0 : 1; // at equal distance, the upper map
        expect(findMapOfLeftOutNote(note, LEFT_OUT, MAPS)).toBe(nearer);
      }
    }
  });
  it('gives no map to a note outside every left-out area, nor to any note when no grid was left out', () => {
    const outside = createNote({ id: 'far', x: 5000, y: 1800, width: 100, height: 100 });
    const inside = createNote({ id: 'in', x: 1800, y: 1800, width: 100, height: 100 });
    expect(findMapOfLeftOutNote(outside, LEFT_OUT, MAPS)).toBeNull();
    expect(findMapOfLeftOutNote(inside, [], MAPS)).toBeNull();
    expect(findMapOfLeftOutNote(inside, LEFT_OUT, [])).toBeNull();
  });
});
