import { describe, expect, it } from 'vitest';
import { SPEC_TEXT_LIMITS, TemplateSpecSchema } from '../../src/core/template/template-spec';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { fieldElementId } from '../../ui/components/field-element-id';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import { computeFieldKey } from '../../ui/state/field-key';
import { computeUpdatedSpec, createMapEditDraft } from '../../ui/state/map-edit-draft';
import { createDefaultDraft, createDraftFromSpec } from '../../ui/state/spec-draft';
import type { SpecDraft } from '../../ui/state/spec-draft';
import { addStage, describeStage, moveStage, renameStage } from '../../ui/state/stage-editing';
import { validateDraft } from '../../ui/state/validate-draft';
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
