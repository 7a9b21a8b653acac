export interface AlignmentAxis<Item> {
  /** Where an item sits across the group: its y-centre for a row, its left edge for a column. */
  key: (item: Item) => number;
  /** How far two items' keys may differ and still be aligned. */
  tolerance: (a: Item, b: Item) => number;
  /** The item's extent along the group, to order it and keep members from overlapping. */
  start: (item: Item) => number;
  end: (item: Item) => number;
}

/**
 * Members ordered along the group, none overlapping another: of two that overlap, the one aligned more closely
 * with the seed stays. Kept members are sorted and disjoint, so an item can only overlap the last one kept.
 */
function keepApart<Item>(aligned: readonly Item[], axis: AlignmentAxis<Item>, seedKey: number): Item[] {
  if (aligned.length < 2) return [...aligned];
  // Starts and distances read once per member into typed arrays, not twice per comparison.
  const starts = new Float64Array(aligned.length);
  const distances = new Float64Array(aligned.length);
  const order = new Uint32Array(aligned.length);
  for (let index = 0; index < aligned.length; index++) {
    starts[index] = axis.start(aligned[index]!);
    distances[index] = Math.abs(axis.key(aligned[index]!) - seedKey);
    order[index] = index;
  }
  order.sort((a, b) => starts[a]! - starts[b]! || distances[a]! - distances[b]!);
  const members: Item[] = [];
  let last = -1;
  for (const index of order) {
    if (last === -1 || axis.end(aligned[last]!) <= starts[index]!) {
      members.push(aligned[index]!);
      last = index;
    } else if (distances[index]! < distances[last]!) {
      members[members.length - 1] = aligned[index]!;
      last = index;
    }
  }
  return members;
}

/**
 * Groups of at least `minimumSize` items aligned on one axis (a row or a column), each ordered along the other
 * axis without overlaps. One sweep over the items sorted by key: an item joins the group of the seed before it
 * while within tolerance of that seed, else seeds the next group. Every item is in one group at most, so the
 * cost is a sort, O(n log n), whatever the board holds.
 */
export function findAlignedGroups<Item>(items: readonly Item[], axis: AlignmentAxis<Item>, minimumSize: number): Item[][] {
  // Keys are read once into a typed array, not twice per comparison: boards hold tens of thousands of items.
  // Plain loops, not `from` with a mapping function, which goes through an iterator per item.
  const count = items.length;
  const keyOf = new Float64Array(count);
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    keyOf[index] = axis.key(items[index]!);
    order[index] = index;
  }
  order.sort((a, b) => keyOf[a]! - keyOf[b]!);
  const groups: Item[][] = [];
  let index = 0;
  while (index < count) {
    const seed = items[order[index]!]!;
    const seedKey = keyOf[order[index]!]!;
    const aligned = [seed];
    let next = index + 1;
    for (; next < count; next++) {
      const item = items[order[next]!]!;
      if (keyOf[order[next]!]! - seedKey > axis.tolerance(seed, item)) break;
      aligned.push(item);
    }
    if (aligned.length >= minimumSize) {
      const members = keepApart(aligned, axis, seedKey);
      if (members.length >= minimumSize) groups.push(members);
    }
    index = next;
  }
  return groups;
}
