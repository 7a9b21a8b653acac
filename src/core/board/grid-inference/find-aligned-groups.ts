export interface AlignmentAxis<Item> {
  /** Where an item sits across the group: its y-centre for a row, its left edge for a column. */
  key: (item: Item) => number;
  /** How far two items' keys may differ and still be aligned. */
  tolerance: (a: Item, b: Item) => number;
  /** The item's extent along the group, to order it and keep members from overlapping. */
  start: (item: Item) => number;
  end: (item: Item) => number;
  /** A tolerance no pair goes below: keys this close are aligned without asking `tolerance` (notes in a row share one). */
  leastTolerance?: number;
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
  for (let index = 0; index < aligned.length; index++) {
    starts[index] = axis.start(aligned[index]!);
    distances[index] = Math.abs(axis.key(aligned[index]!) - seedKey);
  }
  const order = orderByStartThenDistance(starts, distances);
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
 * Member indices by start, equal starts by distance, equal both in member order: the order a stable sort with
 * `starts[a] - starts[b] || distances[a] - distances[b]` gives. The starts are ordered natively (orderByKeys);
 * only a run of equal starts, short when it happens at all, is sorted with a comparison.
 */
function orderByStartThenDistance(starts: Float64Array, distances: Float64Array): Uint32Array {
  const { order, keys } = orderByKeys(starts);
  for (let runStart = 0; runStart < order.length; ) {
    let runEnd = runStart + 1;
    while (runEnd < order.length && keys[runEnd] === keys[runStart]) runEnd++;
    if (runEnd - runStart > 1) order.subarray(runStart, runEnd).sort((a, b) => distances[a]! - distances[b]! || a - b);
    runStart = runEnd;
  }
  return order;
}

/**
 * Groups of at least `minimumSize` items aligned on one axis (a row or a column), each ordered along the other
 * axis without overlaps. One sweep over the items sorted by key: an item joins the group of the seed before it
 * while within tolerance of that seed, else seeds the next group. Every item is in one group at most, so the
 * cost is a sort, O(n log n), whatever the board holds.
 */
export function findAlignedGroups<Item>(items: readonly Item[], axis: AlignmentAxis<Item>, minimumSize: number): Item[][] {
  const { order, keys } = sortByKey(items, axis);
  const groups: Item[][] = [];
  let index = 0;
  while (index < order.length) {
    const seed = items[order[index]!]!;
    const seedKey = keys[index]!;
    const aligned = [seed];
    let next = index + 1;
    for (; next < order.length; next++) {
      const item = items[order[next]!]!;
      const distance = keys[next]! - seedKey;
      if (distance > (axis.leastTolerance ?? -Infinity) && distance > axis.tolerance(seed, item)) break;
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

/** Item indices in order of their keys (equal keys in item order), and the keys in that order. */
interface KeyOrder {
  order: Uint32Array;
  keys: Float64Array;
}

function sortByKey<Item>(items: readonly Item[], axis: AlignmentAxis<Item>): KeyOrder {
  const itemKeys = new Float64Array(items.length);
  for (let index = 0; index < items.length; index++) itemKeys[index] = axis.key(items[index]!);
  return orderByKeys(itemKeys);
}

/**
 * The indices of `itemKeys` sorted by key, stably. The keys are sorted as numbers by the typed array itself (no
 * comparison function called a million times on a big board), and each index then takes the next free place among
 * the places of its key, found by a binary search: indices of one key keep their own order.
 */
function orderByKeys(itemKeys: Float64Array): KeyOrder {
  const count = itemKeys.length;
  // Sorted, NaN last; -0 and 0 next to each other, one key as they are equal to a comparison.
  const keys = itemKeys.slice().sort();
  let firstNaN = count;
  while (firstNaN > 0 && Number.isNaN(keys[firstNaN - 1]!)) firstNaN--;
  const order = new Uint32Array(count);
  const taken = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const key = itemKeys[index]!;
    const first = Number.isNaN(key) ? firstNaN : firstPlaceOf(keys, firstNaN, key);
    order[first + taken[first]!++] = index;
  }
  // The sorted keys are the keys of the indices in `order`, place for place.
  return { order, keys };
}

/** The first place in sorted[0, end) whose key is not below `key`. */
function firstPlaceOf(sorted: Float64Array, end: number, key: number): number {
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
