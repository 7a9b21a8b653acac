import { MAX_LANES } from '../../src/core/template-spec';
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

