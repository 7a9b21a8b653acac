import type { StampSnapshot } from '../../core/board/attach-stamps';
import type { FigJamPage } from '../platform/figjam-api';
import { readBounds } from './read-bounds';

/**
 * Every stamp on the page, once: stamps are far fewer than notes, so reading each stamp beats reading every
 * note's `stuckNodes`, and a page-wide search finds a stamp wherever FigJam parented it. A stamp stuck to
 * nothing is matched to the note under it by its bounds.
 */
export function readStamps(page: FigJamPage): StampSnapshot[] {
  return page.findAllWithCriteria({ types: ['STAMP'] }).map((stamp) => {
    const name = stamp.name;
    const stuckTo = stamp.stuckTo;
    if (stuckTo) return { name, stuckToId: stuckTo.id, bounds: null };
    return { name, stuckToId: null, bounds: readBounds(stamp) };
  });
}
