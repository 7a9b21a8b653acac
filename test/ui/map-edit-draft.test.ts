import { describe, expect, it } from 'vitest';
import { LANE_PRESETS } from '../../src/core/template/presets';
import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import { addCustomLane, addPresetLane, moveLane, removeLane, renameLane } from '../../ui/state/lane-editing';
import { computeUpdatedSpec, createMapEditDraft, hasStructureChanges } from '../../ui/state/map-edit-draft';
import type { SpecDraft } from '../../ui/state/spec-draft';
import { addStage, moveStage, removeStage, renameStage } from '../../ui/state/stage-editing';
import { createDrawnSpec } from './living-map-fixture';

const original = createDrawnSpec();

function keyOfStage(draft: SpecDraft, id: string): string {
  return draft.stages.find((stage) => stage.id === id)!.key;
}

function keyOfLane(draft: SpecDraft, id: string): string {
  return draft.lanes.find((lane) => lane.id === id)!.key;
}

function specOf(draft: SpecDraft) {
  return computeUpdatedSpec(draft, original).spec;
}

describe('editing a drawn map', () => {
  it('gives back the very spec when nothing was edited', () => {
    const draft = createMapEditDraft(original);
    expect(TemplateSpecSchema.parse(specOf(draft))).toEqual(original);
    expect(hasStructureChanges(specOf(draft), original)).toBe(false);
  });

  it('keeps the ids of renamed and reordered stages and lanes, and the lanes\' kinds and instructions', () => {
    let draft = createMapEditDraft(original);
    draft = renameStage(draft, keyOfStage(draft, 'buy'), 'Pay');
    draft = moveStage(draft, keyOfStage(draft, 'use'), -2);
    draft = renameLane(draft, keyOfLane(draft, 'fees'), 'Hidden fees');
    draft = moveLane(draft, keyOfLane(draft, 'emotions'), -1);
    const spec = specOf(draft);
    expect(spec.stages).toEqual([
      { id: 'use', name: 'Use' },
      { id: 'discover', name: 'Discover' },
      { id: 'buy', name: 'Pay' },
    ]);
    expect(spec.lanes).toEqual([
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
      { id: 'fees', name: 'Hidden fees', kind: 'custom', instruction: 'Which fees surprise?' },
    ]);
    expect(spec.title).toBe(original.title);
    expect(spec.options).toEqual(original.options);
    expect(hasStructureChanges(spec, original)).toBe(true);
  });

  it('drops removed stages and lanes, a removed preset lane going back on offer', () => {
    let draft = createMapEditDraft(original);
    draft = removeStage(draft, keyOfStage(draft, 'discover'));
    draft = removeLane(draft, keyOfLane(draft, 'fees'));
    draft = removeLane(draft, keyOfLane(draft, 'touchpoints'));
    const spec = specOf(draft);
    expect(spec.stages.map((stage) => stage.id)).toEqual(['buy', 'use']);
    expect(spec.lanes.map((lane) => lane.id)).toEqual(['emotions']);
    expect(draft.lanes.find((lane) => lane.id === 'fees')).toBeUndefined();
    expect(draft.lanes.find((lane) => lane.id === 'touchpoints')?.checked).toBe(false);
  });

  it('gives new stages and lanes ids no part of the map had, even with the name of a removed one', () => {
    let draft = createMapEditDraft(original);
    draft = removeStage(draft, keyOfStage(draft, 'buy'));
    draft = addStage(draft, 'Buy');
    draft = addStage(draft, 'Buy');
    draft = removeLane(draft, keyOfLane(draft, 'fees'));
    draft = addCustomLane(draft, 'Fees');
    const spec = specOf(draft);
    expect(spec.stages.map((stage) => stage.id)).toEqual(['discover', 'use', 'buy-2', 'buy-3']);
    expect(spec.lanes.map((lane) => lane.id)).toEqual(['touchpoints', 'emotions', 'fees-2']);
    expect(spec.lanes[2]).toEqual({ id: 'fees-2', name: 'Fees', kind: 'custom' });
    expect(TemplateSpecSchema.safeParse(spec).success).toBe(true);
  });

  it('adds an offered preset lane at the bottom with its preset id and kind, and a removed one back with its id', () => {
    let draft = createMapEditDraft(original);
    const painPoints = draft.lanes.find((lane) => lane.presetId === 'painPoints')!;
    draft = addPresetLane(draft, painPoints.key);
    draft = removeLane(draft, keyOfLane(draft, 'touchpoints'));
    draft = addPresetLane(draft, keyOfLane(draft, 'touchpoints'));
    const preset = LANE_PRESETS.find((lane) => lane.id === 'painPoints')!;
    expect(specOf(draft).lanes.map((lane) => [lane.id, lane.kind])).toEqual([
      ['fees', 'custom'],
      ['emotions', 'emotions'],
      ['painPoints', preset.kind],
      ['touchpoints', 'touchpoints'],
    ]);
  });

  it('moves a lane among the lanes on the map, past the unticked presets, and not past either end', () => {
    let draft = createMapEditDraft(original);
    const touchpoints = keyOfLane(draft, 'touchpoints');
    expect(moveLane(draft, touchpoints, -1)).toBe(draft);
    draft = moveLane(draft, touchpoints, 2);
    expect(specOf(draft).lanes.map((lane) => lane.id)).toEqual(['fees', 'emotions', 'touchpoints']);
    expect(moveLane(draft, touchpoints, 1)).toBe(draft);
  });
});
