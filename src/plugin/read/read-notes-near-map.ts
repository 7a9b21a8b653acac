import type { NoteSnapshot } from '../../core/board/board-snapshot';
import type { Rect } from '../../core/shared/geometry';
import { rectsOverlap } from '../../core/shared/geometry';
import type { FigJamPage, FigJamSceneNode } from '../platform/figjam-api';
import { readNoteSnapshot } from './read-note-snapshot';
import type { ReadNoteOptions } from './read-note-snapshot';
import { readBounds } from './read-bounds';
import type { YieldBudget } from '../platform/yield-budget';

/**
 * Notes loose on the page close to the map: dragged slightly out of it, they are still reported (as unplaced).
 * Only the page's direct children are looked at, and only a sticky's bounds until it is known to be near. With a
 * `budget`, pauses whenever the request's budget says its slice of the main thread is used.
 */
export async function readNotesNearMapAsync(
  page: FigJamPage,
  mapBounds: Rect,
  margin: number,
  options: ReadNoteOptions,
  budget: YieldBudget | undefined,
): Promise<NoteSnapshot[]> {
  const area = nearMapArea(mapBounds, margin);
  const notes: NoteSnapshot[] = [];
  for (const child of page.children) {
    if (budget) await budget.yieldIfDueAsync();
    readIfNear(child, area, options, notes);
  }
  return notes;
}

function nearMapArea(mapBounds: Rect, margin: number): Rect {
  return { x: mapBounds.x - margin, y: mapBounds.y - margin, width: mapBounds.width + 2 * margin, height: mapBounds.height + 2 * margin };
}

function readIfNear(child: FigJamSceneNode, area: Rect, options: ReadNoteOptions, notes: NoteSnapshot[]): void {
  if (child.type !== 'STICKY') return;
  const box = readBounds(child);
  if (box && rectsOverlap(area, box)) notes.push(readNoteSnapshot(child, null, options, { bounds: box }));
}
