import { MAX_LANES } from '../../src/core/template/template-spec';
import { createDraftKey } from './spec-draft';
import type { SpecDraft } from './spec-draft';

/** Pure edits of the lane checklist. Each returns a new draft and leaves the one it was given as it was. */

export function countCheckedLanes(draft: SpecDraft): number {
  return draft.lanes.filter((lane) => lane.checked).length;
}

export function canCheckAnotherLane(draft: SpecDraft): boolean {
  return countCheckedLanes(draft) < MAX_LANES;
}

export function setLaneChecked(draft: SpecDraft, key: string, checked: boolean): SpecDraft {
  if (checked && !canCheckAnotherLane(draft)) return draft;
  return { ...draft, lanes: draft.lanes.map((lane) => (lane.key === key ? { ...lane, checked } : lane)) };
}

/** A custom lane joins the end of the checklist, ticked. */
export function addCustomLane(draft: SpecDraft, name: string): SpecDraft {
  if (!canCheckAnotherLane(draft)) return draft;
  const [key, next] = createDraftKey(draft, 'lane');
  return { ...next, lanes: [...draft.lanes, { key, presetId: null, name, kind: 'custom', checked: true }] };
}

export function renameLane(draft: SpecDraft, key: string, name: string): SpecDraft {
  return { ...draft, lanes: draft.lanes.map((lane) => (lane.key === key ? { ...lane, name } : lane)) };
}

/** Only custom lanes are removed; a preset lane is unticked instead, so it stays on offer. */
export function removeCustomLane(draft: SpecDraft, key: string): SpecDraft {
  return { ...draft, lanes: draft.lanes.filter((lane) => lane.key !== key || lane.presetId !== null) };
}


/** On a drawn map a lane is removed from the map: a preset lane is unticked (offered again), a custom one goes. */
export function removeLane(draft: SpecDraft, key: string): SpecDraft {
  const lane = draft.lanes.find((candidate) => candidate.key === key);
  if (!lane) return draft;
  return lane.presetId === null ? removeCustomLane(draft, key) : setLaneChecked(draft, key, false);
}

/**
 * Moves a ticked lane by `offset` places among the ticked lanes (-1 up, +1 down); unticked rows keep their
 * places. A move past either end does nothing.
 */
export function moveLane(draft: SpecDraft, key: string, offset: number): SpecDraft {
  const checked = draft.lanes.filter((lane) => lane.checked);
  const from = checked.findIndex((lane) => lane.key === key);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= checked.length || offset === 0) return draft;
  const [moved] = checked.splice(from, 1);
  checked.splice(to, 0, moved!);
  let next = 0;
  return { ...draft, lanes: draft.lanes.map((lane) => (lane.checked ? checked[next++]! : lane)) };
}

/** On a drawn map an offered preset lane is added at the bottom, as a new custom lane is. */
export function addPresetLane(draft: SpecDraft, key: string): SpecDraft {
  const ticked = setLaneChecked(draft, key, true);
  if (ticked === draft) return draft;
  const checked = ticked.lanes.filter((lane) => lane.checked);
  return moveLane(ticked, key, checked.length - 1 - checked.findIndex((lane) => lane.key === key));
}
