import type { MapSnapshot } from '../board/board-snapshot';
import type { MapRearrangement } from './plan-map-rearrangement';
import { planMapRearrangement } from './plan-map-rearrangement';
import { deriveBoardSpec } from '../board/derive-board-spec';
import type { TemplateSpec } from '../template/template-spec';
import { USER_MESSAGES } from '../shared/user-messages';

/**
 * A map put back to the layout of its own spec (with the names on the board now) at its top-left, every note
 * snapped into the cell it is in now, and notes stacked on each other in a cell spread to its free places (a
 * facilitator pressing Tidy expects to read every note). A copied lane or stage (a second node with the same id) has no place in
 * the spec, so such a map is not tidied: that would remove the copy.
 */
export function planTidyMap(map: MapSnapshot, stored: TemplateSpec): { rearrangement: MapRearrangement } | { problem: string } {
  const rearrangement = planMapRearrangement(map, deriveBoardSpec(stored, map), { x: map.bounds.x, y: map.bounds.y }, { spreadStacked: true });
  if (rearrangement.removedLanes.length > 0 || rearrangement.removedStages.length > 0) return { problem: USER_MESSAGES.mapHasCopies };
  return { rearrangement };
}
