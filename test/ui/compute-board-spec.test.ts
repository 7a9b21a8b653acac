import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../src/core/template/presets';
import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import { computeUpdatedSpec, createMapEditDraft } from '../../ui/state/map-edit-draft';
import { createDefaultDraft } from '../../ui/state/spec-draft';

describe('the Create tab’s Board group', () => {
  it('draws a new map as a workshop board: legend, how-to, instructions, 3 × 2 cells, current state', () => {
    const spec = TemplateSpecSchema.parse(computeSpecFromDraft(createDefaultDraft()).spec);
    expect(spec.options).toEqual({ cellColumns: 3, cellRows: 2, showInstructions: true, showLegend: true, showHowTo: true });
    expect(spec.state).toBe('current');
    expect([spec.scenario, spec.team, spec.date]).toEqual([undefined, undefined, undefined]);
  });

  it('sends the cell size, the switches and the title-area texts a person chose, leaving blank texts out', () => {
    const draft = createDefaultDraft();
    const board = { ...draft.board!, scenario: 'Renting a flat', team: ' ', date: 'June', state: 'future' as const, cellColumns: 2, cellRows: 4, showLegend: false };
    const spec = TemplateSpecSchema.parse(computeSpecFromDraft({ ...draft, board }).spec);
    expect(spec).toMatchObject({ scenario: 'Renting a flat', date: 'June', state: 'future' });
    expect(spec.team).toBeUndefined();
    expect(spec.options).toEqual({ cellColumns: 2, cellRows: 4, showInstructions: true, showLegend: false, showHowTo: true });
  });

  it('leaves a drawn map’s stage descriptions, state and title area as they are when its stages are edited', () => {
    const original = TemplateSpecSchema.parse({
      ...createDefaultSpec(),
      state: 'future',
      scenario: 'Renting a flat',
      stages: createDefaultSpec().stages.map((stage, index) => (index === 0 ? { ...stage, description: 'Week 1' } : stage)),
    });
    const draft = createMapEditDraft(original);
    const renamed = { ...draft, stages: draft.stages.map((stage, index) => (index === 0 ? { ...stage, name: 'Noticing' } : stage)) };
    const { spec } = computeUpdatedSpec(renamed, original);
    expect(spec.stages[0]).toEqual({ id: original.stages[0]!.id, name: 'Noticing', description: 'Week 1' });
    expect(spec).toMatchObject({ state: 'future', scenario: 'Renting a flat' });
  });
});
