import type { StampSnapshot } from '../../core/board/attach-stamps';
import type { FigJamPage, FigJamStamp } from '../platform/figjam-api';
import { readBounds } from './read-bounds';
import type { YieldBudget } from '../platform/yield-budget';

function readStamp(stamp: FigJamStamp): StampSnapshot {
  const name = stamp.name;
  const stuckTo = stamp.stuckTo;
  if (stuckTo) return { name, stuckToId: stuckTo.id, bounds: null };
  return { name, stuckToId: null, bounds: readBounds(stamp) };
}

/**
 * Every stamp on the page, once: stamps are far fewer than notes, so reading each stamp beats reading every
 * note's `stuckNodes`, and a page-wide search finds a stamp wherever FigJam parented it. A stamp stuck to
 * nothing is matched to the note under it by its bounds. With a `budget`, pauses whenever the request's budget
 * says its slice of the main thread is used.
 */
export async function readStampsAsync(page: FigJamPage, budget: YieldBudget | undefined): Promise<StampSnapshot[]> {
  const stamps: StampSnapshot[] = [];
  for (const stamp of page.findAllWithCriteria({ types: ['STAMP'] })) {
    stamps.push(readStamp(stamp));
    if (budget) await budget.yieldIfDueAsync();
  }
  return stamps;
}
