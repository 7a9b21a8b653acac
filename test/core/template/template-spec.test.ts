import { describe, expect, it } from 'vitest';
import { createDefaultSpec, STAGE_PRESETS } from '../../../src/core/template/presets';
import { MAX_STAGES, TemplateSpecSchema } from '../../../src/core/template/template-spec';
import { formatValidationIssues } from '../../../src/core/import/validation-message';

describe('template spec', () => {
  it('has the five classic stages and six standard lanes by default', () => {
    const spec = createDefaultSpec();
    expect(spec.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(spec.lanes.map((lane) => lane.id)).toEqual(['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints', 'opportunities']);
    expect(spec.options).toEqual({ cellColumns: 3, cellRows: 2, showInstructions: true });
  });

  it('offers at least the seven stage sets of the field, each valid', () => {
    expect(STAGE_PRESETS.length).toBeGreaterThanOrEqual(7);
    for (const preset of STAGE_PRESETS) {
      const result = TemplateSpecSchema.safeParse({ ...createDefaultSpec(), stages: preset.stages });
      expect(result.success, preset.id).toBe(true);
    }
  });

  it.each([
    ['no stages', { stages: [] }, 'stages'],
    ['200 stages', { stages: Array.from({ length: 200 }, (_, index) => ({ id: `s${index}`, name: `Stage ${index}` })) }, 'stages'],
    ['an empty stage name', { stages: [{ id: 'a', name: '  ' }] }, 'stages[0].name'],
    ['duplicate stage ids', { stages: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'stages[1].id'],
    ['duplicate lane ids', { lanes: [{ id: 'x', name: 'X', kind: 'custom' }, { id: 'x', name: 'Y', kind: 'custom' }] }, 'lanes[1].id'],
    ['an empty title', { title: '' }, 'title'],
  ])('rejects %s and names the field', (_, change, field) => {
    const result = TemplateSpecSchema.safeParse({ ...createDefaultSpec(), ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatValidationIssues(result.error)[0]).toMatch(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: `));
  });

  it('accepts up to the stage limit', () => {
    const stages = Array.from({ length: MAX_STAGES }, (_, index) => ({ id: `s${index}`, name: `Stage ${index}` }));
    expect(TemplateSpecSchema.safeParse({ ...createDefaultSpec(), stages }).success).toBe(true);
  });
});
