import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAlignedGroups } from '../../../../src/core/board/grid-inference/find-aligned-groups';
import type { AlignmentAxis } from '../../../../src/core/board/grid-inference/find-aligned-groups';

interface Box {
  id: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROW: AlignmentAxis<Box> = {
  key: (box) => box.y + box.height / 2,
  tolerance: (a, b) => Math.max(6, 0.25 * Math.min(a.height, b.height)),
  start: (box) => box.x,
  end: (box) => box.x + box.width,
  leastTolerance: 6,
};

/** The sweep as first written (asking `tolerance` for every pair): a comparison sort of the items by key, the same grouping, the same overlap rule. */
function findAlignedGroupsByComparison(items: readonly Box[], axis: AlignmentAxis<Box>, minimumSize: number): Box[][] {
  const sorted = [...items].sort((a, b) => axis.key(a) - axis.key(b));
  const groups: Box[][] = [];
  let index = 0;
  while (index < sorted.length) {
    const seed = sorted[index]!;
    const seedKey = axis.key(seed);
    let next = index + 1;
    while (next < sorted.length && axis.key(sorted[next]!) - seedKey <= axis.tolerance(seed, sorted[next]!)) next++;
    const distance = (item: Box) => Math.abs(axis.key(item) - seedKey);
    const byStart = sorted.slice(index, next).sort((a, b) => axis.start(a) - axis.start(b) || distance(a) - distance(b));
    const members: Box[] = [];
    for (const item of byStart) {
      const last = members[members.length - 1];
      if (last === undefined || axis.end(last) <= axis.start(item)) members.push(item);
      else if (distance(item) < distance(last)) members[members.length - 1] = item;
    }
    if (members.length >= minimumSize) groups.push(members);
    index = next;
  }
  return groups;
}

// Few distinct values, so that equal keys (and -0 beside 0) are common: ties must keep the items' order.
const coordinate = fc.oneof(fc.integer({ min: -3, max: 3 }).map((value) => value * 100), fc.constant(-0), fc.double({ min: -500, max: 500, noNaN: true }));
const box = fc.record({ x: coordinate, y: coordinate, width: fc.constantFrom(0, 40, 240), height: fc.constantFrom(0, 40, 240) });

describe('findAlignedGroups', () => {
  it('groups as a comparison sort of the items would, equal keys in the items’ order', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.integer({ min: 1, max: 3 }), (boxes, minimumSize) => {
        const items = boxes.map((item, id) => ({ ...item, id }));
        const ids = (groups: Box[][]) => groups.map((group) => group.map((item) => item.id));
        expect(ids(findAlignedGroups(items, ROW, minimumSize))).toEqual(ids(findAlignedGroupsByComparison(items, ROW, minimumSize)));
      }),
      { numRuns: 300 },
    );
  });
});
