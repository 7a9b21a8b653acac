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
 * Groups of at least `minimumSize` items aligned on one axis (a row or a column), each ordered along the other
 * axis without overlaps: when two overlap, the one aligned more closely with the group's seed stays. Every item
 * seeds one group; groups with the same members are returned once.
 */
export function findAlignedGroups<Item>(items: readonly Item[], axis: AlignmentAxis<Item>, minimumSize: number): Item[][] {
  const sorted = [...items].sort((a, b) => axis.key(a) - axis.key(b));
  const keys = sorted.map(axis.key);
  const positions = new Map(sorted.map((item, index) => [item, index]));
  const seen = new Set<string>();
  const groups: Item[][] = [];
  const maximumTolerance = Math.max(0, ...sorted.map((item) => axis.tolerance(item, item)));
  for (let seedIndex = 0; seedIndex < sorted.length; seedIndex++) {
    const seed = sorted[seedIndex]!;
    const seedKey = keys[seedIndex]!;
    const aligned: Item[] = [];
    let index = seedIndex;
    while (index > 0 && seedKey - keys[index - 1]! <= maximumTolerance) index--;
    for (; index < sorted.length && keys[index]! - seedKey <= maximumTolerance; index++) {
      const item = sorted[index]!;
      if (Math.abs(keys[index]! - seedKey) <= axis.tolerance(seed, item)) aligned.push(item);
    }
    const distance = (item: Item) => Math.abs(axis.key(item) - seedKey);
    const byCloseness = aligned.sort((a, b) => distance(a) - distance(b));
    const members: Item[] = [];
    for (const item of byCloseness) {
      if (members.every((member) => axis.end(member) <= axis.start(item) || axis.end(item) <= axis.start(member))) {
        members.push(item);
      }
    }
    if (members.length < minimumSize) continue;
    members.sort((a, b) => axis.start(a) - axis.start(b));
    const signature = members.map((member) => positions.get(member)).join(',');
    if (seen.has(signature)) continue;
    seen.add(signature);
    groups.push(members);
  }
  return groups;
}
