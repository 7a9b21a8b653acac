import type { MapSnapshot } from '../board/board-snapshot';
import type { MapRearrangement } from './plan-map-rearrangement';
import { planMapRearrangement } from './plan-map-rearrangement';
import type { TemplateSpec } from '../template/template-spec';

export type MapUpdatePlan =
  | { kind: 'apply'; rearrangement: MapRearrangement }
  /** Removed stages or lanes hold notes and keeping them beside the map was not agreed to: nothing changes. */
  | { kind: 'needs-confirmation'; notes: number; stages: string[]; lanes: string[] };

/**
 * A map changed to `spec` in place, at its own top-left: stages and lanes matched by id, so new ids are added,
 * missing ones removed, and names and order follow the spec. Notes of removed stages and lanes are only moved
 * beside the map once the person has agreed to it.
 */
export function planMapUpdate(map: MapSnapshot, spec: TemplateSpec, keepNotesBeside: boolean): MapUpdatePlan {
  const rearrangement = planMapRearrangement(map, spec, { x: map.bounds.x, y: map.bounds.y });
  if (rearrangement.notesKeptBeside > 0 && !keepNotesBeside) {
    return {
      kind: 'needs-confirmation',
      notes: rearrangement.notesKeptBeside,
      stages: rearrangement.removedStages.map((stage) => stage.name),
      lanes: rearrangement.removedLanes.map((lane) => lane.name),
    };
  }
  return { kind: 'apply', rearrangement };
}
