import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { SPEC_TEXT_LIMITS, TemplateSpecSchema } from '../../../src/core/template/template-spec';

describe('the spec’s look fields', () => {
  it('parses a spec stored before them, leaving the legend, how-to, state and title area out', () => {
    const stored = JSON.parse(JSON.stringify({ ...createDefaultSpec(), options: { cellColumns: 3, cellRows: 2, showInstructions: true } }));
    const spec = TemplateSpecSchema.parse(stored);
    expect(spec.options.showLegend).toBeUndefined();
    expect(spec.options.showHowTo).toBeUndefined();
    expect([spec.state, spec.scenario, spec.team, spec.date]).toEqual([undefined, undefined, undefined, undefined]);
    expect(spec.stages.every((stage) => stage.description === undefined)).toBe(true);
  });

  it('takes a current or future state only, and descriptions and title details within their limits', () => {
    const base = createDefaultSpec();
    expect(TemplateSpecSchema.safeParse({ ...base, state: 'future' }).success).toBe(true);
    expect(TemplateSpecSchema.safeParse({ ...base, state: 'past' }).success).toBe(false);
    const long = 'x'.repeat(SPEC_TEXT_LIMITS.stageDescription + 1);
    const withLong = { ...base, stages: base.stages.map((stage, index) => (index === 0 ? { ...stage, description: long } : stage)) };
    expect(TemplateSpecSchema.safeParse(withLong).success).toBe(false);
    expect(TemplateSpecSchema.safeParse({ ...base, team: 'y'.repeat(SPEC_TEXT_LIMITS.titleDetail + 1) }).success).toBe(false);
  });
});
