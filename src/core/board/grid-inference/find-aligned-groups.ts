import { orderByKeys, sortTies } from '../../shared/order-by-keys';
import type { KeyOrder } from '../../shared/order-by-keys';

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
function keepApart<Item>(aligned: readonly Item[], keys: Float64Array, axis: AlignmentAxis<Item>, seedKey: number): Item[] {
  if (aligned.length < 2) return [...aligned];
  // Starts and distances read once per member into typed arrays, not twice per comparison; `keys` are the members'.
  const starts = new Float64Array(aligned.length);
  const distances = new Float64Array(aligned.length);
  for (let index = 0; index < aligned.length; index++) {
    starts[index] = axis.start(aligned[index]!);
    distances[index] = Math.abs(keys[index]! - seedKey);
  }
  // By start, equal starts by distance, equal both in member order. Members often come in that order already
  // (notes made left to right, a column top to bottom): then no sort is needed.
  const order = isIncreasing(starts) ? null : sortTies(orderByKeys(starts), (a, b) => distances[a]! - distances[b]!);
  const at = (place: number) => (order === null ? place : order[place]!);
  const members: Item[] = [];
  let last = -1;
  for (let place = 0; place < aligned.length; place++) {
    const index = at(place);
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

/** Each value above the one before: sorted, with no tie for a second key to decide. */
function isIncreasing(values: Float64Array): boolean {
  for (let index = 1; index < values.length; index++) if (!(values[index]! > values[index - 1]!)) return false;
  return true;
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
      const members = keepApart(aligned, keys.subarray(index, next), axis, seedKey);
      if (members.length >= minimumSize) groups.push(members);
    }
    index = next;
  }
  return groups;
}

/** Item indices in order of their keys, stably (equal keys in item order), and the keys in that order. */
function sortByKey<Item>(items: readonly Item[], axis: AlignmentAxis<Item>): KeyOrder {
  const itemKeys = new Float64Array(items.length);
  for (let index = 0; index < items.length; index++) itemKeys[index] = axis.key(items[index]!);
  return orderByKeys(itemKeys);
}
