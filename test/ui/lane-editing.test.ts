import { describe, expect, it } from 'vitest';
import { LANE_PRESETS } from '../../src/core/template/presets';
import { MAX_LANES } from '../../src/core/template/template-spec';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import {
  addCustomLane,
  canCheckAnotherLane,
  countCheckedLanes,
  removeCustomLane,
  renameLane,
  setLaneChecked,
} from '../../ui/state/lane-editing';
import { createDefaultDraft } from '../../ui/state/spec-draft';

describe('lane checklist', () => {
  it('offers every lane preset and ticks the standard ones', () => {
    const draft = createDefaultDraft();
    expect(draft.lanes.map((lane) => lane.presetId)).toEqual(LANE_PRESETS.map((preset) => preset.id));
    expect(draft.lanes.filter((lane) => lane.checked).map((lane) => lane.presetId)).toEqual(
      LANE_PRESETS.filter((preset) => preset.isDefault).map((preset) => preset.id),
    );
  });

  it('puts only ticked lanes in the spec, preset lanes under their preset id and kind', () => {
    let draft = createDefaultDraft();
    const backstage = draft.lanes.find((lane) => lane.presetId === 'backstage')!;
    const thoughts = draft.lanes.find((lane) => lane.presetId === 'thoughts')!;
    draft = setLaneChecked(draft, backstage.key, true);
    draft = setLaneChecked(draft, thoughts.key, false);
    const { spec, laneKeys } = computeSpecFromDraft(draft);
    expect(spec.lanes.map((lane) => lane.id)).toEqual(['touchpoints', 'actions', 'emotions', 'painPoints', 'opportunities', 'backstage']);
    expect(spec.lanes.find((lane) => lane.id === 'backstage')?.kind).toBe('backstage');
    expect(laneKeys).toHaveLength(6);
    expect(laneKeys).not.toContain(thoughts.key);
  });

  it('adds a custom lane ticked, with an id that does not clash with a preset lane', () => {
    let draft = addCustomLane(createDefaultDraft(), 'Touchpoints');
    draft = addCustomLane(draft, 'Channels');
    const { spec } = computeSpecFromDraft(draft);
    expect(spec.lanes.slice(-2)).toEqual([
      { id: 'touchpoints-2', name: 'Touchpoints', kind: 'custom' },
      { id: 'channels', name: 'Channels', kind: 'custom' },
    ]);
  });

  it('renames and removes custom lanes, but never removes a preset lane', () => {
    let draft = addCustomLane(createDefaultDraft(), 'Channels');
    const custom = draft.lanes[draft.lanes.length - 1]!;
    draft = renameLane(draft, custom.key, 'Systems');
    expect(draft.lanes[draft.lanes.length - 1]!.name).toBe('Systems');
    const withoutCustom = removeCustomLane(draft, custom.key);
    expect(withoutCustom.lanes.some((lane) => lane.key === custom.key)).toBe(false);
    const preset = draft.lanes[0]!;
    expect(removeCustomLane(withoutCustom, preset.key).lanes).toHaveLength(withoutCustom.lanes.length);
  });

  it(`ticks at most ${MAX_LANES} lanes`, () => {
    let draft = createDefaultDraft();
    for (let index = 0; countCheckedLanes(draft) < MAX_LANES; index++) draft = addCustomLane(draft, `Lane ${index}`);
    expect(countCheckedLanes(draft)).toBe(MAX_LANES);
    expect(canCheckAnotherLane(draft)).toBe(false);
    expect(addCustomLane(draft, 'One too many')).toBe(draft);
    const unticked = draft.lanes.find((lane) => !lane.checked)!;
    expect(setLaneChecked(draft, unticked.key, true)).toBe(draft);
    const freed = setLaneChecked(draft, draft.lanes[0]!.key, false);
    expect(countCheckedLanes(setLaneChecked(freed, unticked.key, true))).toBe(MAX_LANES);
  });
});
