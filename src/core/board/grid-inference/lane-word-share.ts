import type { BoardNode } from '../board-node';

/**
 * A column holding this many stickies or more speaks for a lane through them only when lane words are a good share
 * of them. Fewer stickies (a few lane labels, some of them custom) are judged by their words as before.
 */
const MIN_STICKIES_JUDGED_BY_SHARE = 8;
/** A label column is mostly names; stickies whose lane words are fewer than one in four are notes. */
const LEAST_LANE_WORD_SHARE = 0.25;

/**
 * Whether a column's lane words say it may be a label column. Invariant: a lane word on a shape, text or section
 * always says so, as do the lane words of a few stickies; the lane words of many stickies say so only when they
 * are at least one sticky in four. In a dense map the first column of notes in each cell runs down every lane and
 * now and then says "Questions" or "Actions": those are notes that happen to say a lane word, and a column of
 * notes that mostly say something else is not the names of the lanes (the texts left of them are).
 */
export function isLaneWordColumn(column: readonly BoardNode[], isLane: (node: BoardNode) => boolean): boolean {
  let stickies = 0;
  let stickyLaneWords = 0;
  for (const node of column) {
    const sticky = node.type === 'STICKY';
    if (sticky) stickies++;
    if (!isLane(node)) continue;
    if (!sticky) return true;
    stickyLaneWords++;
  }
  if (stickyLaneWords === 0) return false;
  return stickies < MIN_STICKIES_JUDGED_BY_SHARE || stickyLaneWords >= LEAST_LANE_WORD_SHARE * stickies;
}
