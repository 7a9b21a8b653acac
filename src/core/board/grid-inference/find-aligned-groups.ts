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
  const distance = (item: Item) => Math.abs(axis.key(item) - seedKey);
  const byStart = [...aligned].sort((a, b) => axis.start(a) - axis.start(b) || distance(a) - distance(b));
  const members: Item[] = [];
  for (const item of byStart) {
    const last = members[members.length - 1];
    if (last === undefined || axis.end(last) <= axis.start(item)) members.push(item);
    else if (distance(item) < distance(last)) members[members.length - 1] = item;
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
  const keyOf = Float64Array.from(items, (item) => axis.key(item));
  const order = Uint32Array.from(items, (_, index) => index).sort((a, b) => keyOf[a]! - keyOf[b]!);
  const sorted = Array.from(order, (index) => items[index]!);
  const keys = Array.from(order, (index) => keyOf[index]!);
  const groups: Item[][] = [];
  let index = 0;
  while (index < sorted.length) {
    const seed = sorted[index]!;
    const seedKey = keys[index]!;
    let next = index + 1;
    while (next < sorted.length && keys[next]! - seedKey <= axis.tolerance(seed, sorted[next]!)) next++;
    const members = keepApart(sorted.slice(index, next), axis, seedKey);
    if (members.length >= minimumSize) groups.push(members);
    index = next;
  }
  return groups;
}
