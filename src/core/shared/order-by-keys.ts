/** Indices in order of their keys (equal keys in index order), and the keys in that order. */
export interface KeyOrder {
  order: Uint32Array;
  keys: Float64Array;
}

/**
 * The indices of `itemKeys` sorted by key, stably: the order a stable sort of the indices with
 * `itemKeys[a] - itemKeys[b]` gives for finite keys. The keys are sorted as numbers by the typed array itself (no
 * comparison function called for each pair, which a cold run pays dearly for on tens of thousands of notes), and
 * each index then takes the next free place among the places of its key, found by a binary search: indices of one
 * key keep their own order. O(n log n).
 */
export function orderByKeys(itemKeys: Float64Array): KeyOrder {
  // Sorted, NaN last; -0 and 0 next to each other, one key as they are equal to a comparison.
  const keys = itemKeys.slice().sort();
  // The loop is a function of its own: V8 compiles a long loop while it runs, and code compiled so inside a
  // function that then builds this object lacked what it needed for it, and was thrown away at every call.
  return { order: placeInOrder(itemKeys, keys), keys };
}

/** Each index at the next free place among the places of its key in `keys` (itemKeys sorted). */
function placeInOrder(itemKeys: Float64Array, keys: Float64Array): Uint32Array {
  const count = itemKeys.length;
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
  return order;
}

/**
 * Sorts each run of equal keys in `order` (as orderByKeys gives it) with `compare`: with orderByKeys, the order a
 * stable sort with `keys[a] - keys[b] || compare(a, b)` gives, while only the ties, few and short on a board, are
 * compared one by one.
 */
export function sortTies({ order, keys }: KeyOrder, compare: (a: number, b: number) => number): Uint32Array {
  for (let runStart = 0; runStart < order.length; ) {
    let runEnd = runStart + 1;
    while (runEnd < order.length && keys[runEnd] === keys[runStart]) runEnd++;
    if (runEnd - runStart > 1) order.subarray(runStart, runEnd).sort((a, b) => compare(a, b) || a - b);
    runStart = runEnd;
  }
  return order;
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
