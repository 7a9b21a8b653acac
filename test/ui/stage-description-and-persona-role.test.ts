import { describe, expect, it } from 'vitest';
import { SPEC_TEXT_LIMITS, TemplateSpecSchema } from '../../src/core/template/template-spec';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { fieldElementId } from '../../ui/components/field-element-id';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import { computeFieldKey } from '../../ui/state/field-key';
import { computeUpdatedSpec, createMapEditDraft, hasStructureChanges } from '../../ui/state/map-edit-draft';
import { mergeMapEdits } from '../../ui/state/merge-map-edits';
import { createDefaultDraft, createDraftFromSpec } from '../../ui/state/spec-draft';
import type { SpecDraft } from '../../ui/state/spec-draft';
import { addStage, describeStage, moveStage, renameStage } from '../../ui/state/stage-editing';
import { validateDraft, validateDraftSpec } from '../../ui/state/validate-draft';
import { createDrawnSpec } from './living-map-fixture';

function describedSpec(): TemplateSpec {
  const spec = createDrawnSpec();
  return {
    ...spec,
    persona: { ...spec.persona, role: 'Weekend hiker' },
    stages: spec.stages.map((stage, index) => (index === 1 ? { ...stage, description: 'Day 1 · web shop' } : stage)),
  };
}

const keyAt = (draft: SpecDraft, index: number) => draft.stages[index]!.key;

describe('stage descriptions and the persona role in the Create tab', () => {
  it('puts a described stage and a role into the spec, and leaves blank ones out', () => {
    let draft = createDefaultDraft();
    draft = describeStage(draft, keyAt(draft, 0), 'Week 1 · social ads');
    draft = describeStage(draft, keyAt(draft, 1), '   ');
    draft = { ...draft, personaRole: 'Weekend hiker' };
    const { spec } = computeSpecFromDraft(draft);
    expect(spec.stages[0]).toEqual({ id: 'awareness', name: 'Awareness', description: 'Week 1 · social ads' });
    expect(spec.stages[1]).toEqual({ id: 'consideration', name: 'Consideration' });
    expect(spec.persona.role).toBe('Weekend hiker');
    expect(TemplateSpecSchema.parse(spec).stages[0]!.description).toBe('Week 1 · social ads');

    const blankRole = computeSpecFromDraft({ ...draft, personaRole: '  ' }).spec;
    expect(blankRole.persona).not.toHaveProperty('role');
    expect(computeSpecFromDraft(createDefaultDraft()).spec.persona).not.toHaveProperty('role');
  });

  it('keeps a description with its stage when the stage is moved or renamed, and a new stage has none', () => {
    let draft = createDefaultDraft();
    const first = keyAt(draft, 0);
    draft = describeStage(draft, first, 'Week 1');
    draft = moveStage(draft, first, 2);
    draft = renameStage(draft, first, 'Noticing');
    draft = addStage(draft, 'Loyalty');
    const { spec } = computeSpecFromDraft(draft);
    expect(spec.stages.map((stage) => stage.description)).toEqual([undefined, undefined, 'Week 1', undefined, undefined, undefined]);
    expect(spec.stages[2]!.name).toBe('Noticing');
  });

  it('fills the form again from a spec drawn before, descriptions and role included', () => {
    const spec = describedSpec();
    const draft = createDraftFromSpec(spec);
    expect(draft.personaRole).toBe('Weekend hiker');
    expect(draft.stages.map((stage) => stage.description)).toEqual([undefined, 'Day 1 · web shop', undefined]);
    const again = computeSpecFromDraft(draft).spec;
    expect(again.stages).toEqual(spec.stages);
    expect(again.persona).toEqual(spec.persona);
  });

  it('lets the Edit tab keep the descriptions and the role through a rename and a move', () => {
    const original = describedSpec();
    expect(TemplateSpecSchema.parse(computeUpdatedSpec(createMapEditDraft(original), original).spec)).toEqual(original);
    let draft = createMapEditDraft(original);
    draft = renameStage(draft, keyAt(draft, 1), 'Pay');
    draft = moveStage(draft, keyAt(draft, 1), -1);
    const { spec } = computeUpdatedSpec(draft, original);
    expect(spec.stages[0]).toEqual({ id: 'buy', name: 'Pay', description: 'Day 1 · web shop' });
    expect(spec.persona).toEqual(original.persona);
  });

  it('puts a role or description too long on its own control', () => {
    let draft = createDefaultDraft();
    draft = describeStage(draft, keyAt(draft, 3), 'x'.repeat(SPEC_TEXT_LIMITS.stageDescription + 1));
    draft = { ...draft, personaRole: 'y'.repeat(SPEC_TEXT_LIMITS.personaRole + 1) };
    const result = validateDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['persona.role', `stage:${keyAt(draft, 3)}`]);
    expect(fieldElementId('persona.role', draft)).toBe('persona-role');
    expect(computeFieldKey(['spec', 'persona', 'role'], { stageKeys: [], laneKeys: [] })).toBe('persona.role');
  });
});

describe('stage descriptions in the Edit tab', () => {
  /** The spec Apply would send for `draft`, checked as the panel checks it. */
  function updatedSpec(draft: SpecDraft, original: TemplateSpec): TemplateSpec {
    const validation = validateDraftSpec(computeUpdatedSpec(draft, original));
    if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
    return validation.spec;
  }

  it('sends a changed, a new and a cleared description, and counts each as a change to apply', () => {
    const original = describedSpec();
    let draft = createMapEditDraft(original);
    expect(draft.stages.map((stage) => stage.description)).toEqual([undefined, 'Day 1 · web shop', undefined]);

    const changed = describeStage(draft, keyAt(draft, 1), 'Day 2 · in store');
    expect(updatedSpec(changed, original).stages[1]).toEqual({ id: 'buy', name: 'Buy', description: 'Day 2 · in store' });
    expect(hasStructureChanges(updatedSpec(changed, original), original)).toBe(true);

    const added = describeStage(draft, keyAt(draft, 0), 'Week 1');
    expect(updatedSpec(added, original).stages[0]).toEqual({ id: 'discover', name: 'Discover', description: 'Week 1' });
    expect(hasStructureChanges(updatedSpec(added, original), original)).toBe(true);

    // Blank, so the sandbox clears the stored line rather than keep it.
    draft = describeStage(draft, keyAt(draft, 1), '  ');
    expect(updatedSpec(draft, original).stages[1]).toEqual({ id: 'buy', name: 'Buy', description: '' });
    expect(hasStructureChanges(updatedSpec(draft, original), original)).toBe(true);
  });

  it('sees no change in a line typed back as it was, or spaces around it, or a blank line where there was none', () => {
    const original = describedSpec();
    let draft = createMapEditDraft(original);
    draft = describeStage(draft, keyAt(draft, 1), ' Day 1 · web shop ');
    draft = describeStage(draft, keyAt(draft, 2), ' ');
    const spec = updatedSpec(draft, original);
    expect(spec.stages[2]).toEqual({ id: 'use', name: 'Use' });
    expect(hasStructureChanges(spec, original)).toBe(false);
  });

  it('applies the person\'s description over the board\'s, and follows the board for a stage left alone', () => {
    const original = describedSpec();
    const board: TemplateSpec = {
      ...original,
      stages: original.stages.map((stage, index) =>
        index === 0 ? { ...stage, description: 'Set on the board' } : index === 1 ? { ...stage, description: 'Changed on the board' } : stage,
      ),
    };
    let draft = createMapEditDraft(original);
    draft = describeStage(draft, keyAt(draft, 1), 'Day 2');
    draft = describeStage(draft, keyAt(draft, 2), 'After a week');
    const edited = computeUpdatedSpec(draft, original);
    const merged = mergeMapEdits({ base: original, edited: { ...edited, spec: updatedSpec(draft, original) }, board });
    expect(merged.spec.stages.map((stage) => stage.description)).toEqual(['Set on the board', 'Day 2', 'After a week']);

    const cleared = describeStage(createMapEditDraft(original), keyAt(draft, 1), '');
    const clearedSpec = computeUpdatedSpec(cleared, original);
    const mergedClear = mergeMapEdits({ base: original, edited: { ...clearedSpec, spec: updatedSpec(cleared, original) }, board });
    expect(mergedClear.spec.stages[1]).toEqual({ id: 'buy', name: 'Buy', description: '' });
  });
});
