import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGE_PRESETS } from '../../src/core/template/presets';
import { MAX_STAGES, TemplateSpecSchema } from '../../src/core/template/template-spec';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import { createDefaultDraft } from '../../ui/state/spec-draft';
import type { SpecDraft } from '../../ui/state/spec-draft';
import {
  addStage,
  applyStagePreset,
  findMatchingStagePreset,
  moveStage,
  removeStage,
  renameStage,
  restoreOwnStages,
} from '../../ui/state/stage-editing';

const names = (draft: SpecDraft) => draft.stages.map((stage) => stage.name);
const keys = (draft: SpecDraft) => draft.stages.map((stage) => stage.key);

describe('stage editing', () => {
  it('starts from the first preset, matched by name', () => {
    const draft = createDefaultDraft();
    expect(names(draft)).toEqual(STAGE_PRESETS[0]!.stages.map((stage) => stage.name));
    expect(findMatchingStagePreset(draft)?.id).toBe(STAGE_PRESETS[0]!.id);
  });

  it('adds a stage at the end with a key never used before', () => {
    const draft = createDefaultDraft();
    const removed = removeStage(draft, draft.stages[4]!.key);
    const added = addStage(removed, 'Loyalty');
    expect(names(added)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Loyalty']);
    expect(keys(draft)).not.toContain(added.stages[4]!.key);
    expect(findMatchingStagePreset(added)).toBeNull();
  });

  it('leaves the draft it was given unchanged', () => {
    const draft = createDefaultDraft();
    const before = structuredClone(draft);
    addStage(draft);
    renameStage(draft, draft.stages[0]!.key, 'Discover');
    moveStage(draft, draft.stages[0]!.key, 1);
    removeStage(draft, draft.stages[0]!.key);
    expect(draft).toEqual(before);
  });

  it('renames only the stage with that key', () => {
    const draft = createDefaultDraft();
    const renamed = renameStage(draft, draft.stages[2]!.key, 'Buy');
    expect(names(renamed)).toEqual(['Awareness', 'Consideration', 'Buy', 'Retention', 'Advocacy']);
    expect(keys(renamed)).toEqual(keys(draft));
  });

  it('moves a stage earlier and later, and does nothing past either end', () => {
    const draft = createDefaultDraft();
    const [first, second] = draft.stages;
    expect(names(moveStage(draft, second!.key, -1)).slice(0, 2)).toEqual(['Consideration', 'Awareness']);
    expect(names(moveStage(draft, first!.key, 2)).slice(0, 3)).toEqual(['Consideration', 'Purchase', 'Awareness']);
    expect(moveStage(draft, first!.key, -1)).toBe(draft);
    expect(moveStage(draft, draft.stages[4]!.key, 1)).toBe(draft);
  });

  it('keeps the same stages when moved any way (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.integer({ min: -3, max: 3 })), { maxLength: 20 }), (moves) => {
        let draft = createDefaultDraft();
        for (const [index, offset] of moves) {
          const stage = draft.stages[index % draft.stages.length]!;
          draft = moveStage(draft, stage.key, offset);
        }
        expect([...keys(draft)].sort()).toEqual([...keys(createDefaultDraft())].sort());
      }),
    );
  });

  it('stops adding at the stage limit', () => {
    let draft = createDefaultDraft();
    for (let count = 0; count < MAX_STAGES + 5; count++) draft = addStage(draft);
    expect(draft.stages).toHaveLength(MAX_STAGES);
  });

  it('replaces the stages with a preset and recognises it', () => {
    const service = STAGE_PRESETS.find((preset) => preset.id === 'service')!;
    const draft = applyStagePreset(createDefaultDraft(), 'service');
    expect(names(draft)).toEqual(['Before', 'During', 'After']);
    expect(findMatchingStagePreset(draft)).toBe(service);
    expect(applyStagePreset(draft, 'no-such-preset')).toBe(draft);
  });

  it('keeps the stages a person changed when a preset replaces them, and brings them back', () => {
    let draft = createDefaultDraft();
    expect(applyStagePreset(draft, 'service').ownStages).toBeUndefined();
    draft = addStage(renameStage(draft, draft.stages[0]!.key, 'Sees an advert'), 'Returns');
    const own = draft.stages;
    const replaced = applyStagePreset(draft, 'service');
    expect(names(replaced)).toEqual(['Before', 'During', 'After']);
    expect(replaced.ownStages).toBe(own);
    // A second preset over the first keeps the person's stages, not the first preset's.
    const again = applyStagePreset(replaced, STAGE_PRESETS[0]!.id);
    expect(again.ownStages).toBe(own);
    const restored = restoreOwnStages(again);
    expect(restored.stages).toBe(own);
    expect(names(restored)[0]).toBe('Sees an advert');
    expect(restored.ownStages).toBeUndefined();
    expect(findMatchingStagePreset(restored)).toBeNull();
    expect(restoreOwnStages(restored)).toBe(restored);
  });
});

describe('stage ids in the spec', () => {
  it('are made from the names, unique, and valid for the template schema', () => {
    let draft = createDefaultDraft();
    draft = renameStage(draft, draft.stages[1]!.key, 'Awareness');
    draft = addStage(draft, 'Awareness');
    draft = addStage(draft, 'Étape à l’écoute');
    draft = addStage(draft, '🙂');
    const { spec, stageKeys } = computeSpecFromDraft(draft);
    expect(spec.stages.map((stage) => stage.id)).toEqual([
      'awareness',
      'awareness-2',
      'purchase',
      'retention',
      'advocacy',
      'awareness-3',
      'etape-a-l-ecoute',
      's',
    ]);
    expect(stageKeys).toEqual(keys(draft));
    expect(TemplateSpecSchema.safeParse(spec).success).toBe(true);
  });

  it('follow a reordering', () => {
    const draft = createDefaultDraft();
    const moved = moveStage(draft, draft.stages[0]!.key, 4);
    expect(computeSpecFromDraft(moved).spec.stages.map((stage) => stage.id)).toEqual([
      'consideration',
      'purchase',
      'retention',
      'advocacy',
      'awareness',
    ]);
  });

  it('stay unique and valid for any names (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: MAX_STAGES }), (stageNames) => {
        let draft: SpecDraft = { ...createDefaultDraft(), stages: [] };
        for (const name of stageNames) draft = addStage(draft, name);
        const ids = computeSpecFromDraft(draft).spec.stages.map((stage) => stage.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/);
      }),
    );
  });
});
