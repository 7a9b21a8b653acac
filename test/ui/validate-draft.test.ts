import { describe, expect, it } from 'vitest';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import { computeFieldKey, parseFieldPath } from '../../ui/state/field-key';
import { setLaneChecked } from '../../ui/state/lane-editing';
import { createDefaultDraft } from '../../ui/state/spec-draft';
import { removeStage, renameStage } from '../../ui/state/stage-editing';
import { validateDraft } from '../../ui/state/validate-draft';

describe('validateDraft', () => {
  it('accepts the default draft and fills in the defaults', () => {
    const result = validateDraft(createDefaultDraft());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.spec.options.cellColumns).toBe(3);
  });

  it('puts each problem on the control that caused it', () => {
    let draft = createDefaultDraft();
    const third = draft.stages[2]!;
    draft = { ...draft, title: '   ', personaName: '' };
    draft = renameStage(draft, third.key, ' ');
    const result = validateDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: 'Must not be empty',
      'persona.name': 'Must not be empty',
      [`stage:${third.key}`]: 'Must not be empty',
    });
  });

  it('reports an empty lane list on the list', () => {
    let draft = createDefaultDraft();
    for (const lane of draft.lanes) draft = setLaneChecked(draft, lane.key, false);
    const result = validateDraft(draft);
    expect(result.ok ? null : result.errors).toEqual({ lanes: 'Add at least one lane' });
  });

  it('reports an empty stage list on the list', () => {
    let draft = createDefaultDraft();
    for (const stage of draft.stages) draft = removeStage(draft, stage.key);
    const result = validateDraft(draft);
    expect(result.ok ? null : result.errors).toEqual({ stages: 'Add at least one stage' });
  });
});

describe('field paths from the sandbox', () => {
  it('parses a path as the sandbox writes it', () => {
    expect(parseFieldPath('spec.stages[2].name')).toEqual(['spec', 'stages', 2, 'name']);
    expect(parseFieldPath('spec.persona.name')).toEqual(['spec', 'persona', 'name']);
    expect(parseFieldPath('')).toEqual([]);
  });

  it('leads a lane index back to the ticked lane it was', () => {
    let draft = createDefaultDraft();
    draft = setLaneChecked(draft, draft.lanes[0]!.key, false);
    const draftSpec = computeSpecFromDraft(draft);
    expect(computeFieldKey(parseFieldPath('spec.lanes[0].id'), draftSpec)).toBe(`lane:${draft.lanes[1]!.key}`);
    expect(computeFieldKey(parseFieldPath('spec.stages[4].name'), draftSpec)).toBe(`stage:${draft.stages[4]!.key}`);
    expect(computeFieldKey(parseFieldPath('spec.stages[99].name'), draftSpec)).toBe('stages');
    expect(computeFieldKey(parseFieldPath('spec.persona.description'), draftSpec)).toBe('persona.description');
    expect(computeFieldKey(parseFieldPath('spec'), draftSpec)).toBe('form');
  });
});
