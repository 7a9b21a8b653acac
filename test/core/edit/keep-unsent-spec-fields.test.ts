import { describe, expect, it } from 'vitest';
import { keepUnsentSpecFields } from '../../../src/core/edit/keep-unsent-spec-fields';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { TemplateSpec } from '../../../src/core/template/template-spec';

function describedSpec(): TemplateSpec {
  const spec = createDefaultSpec();
  return { ...spec, stages: spec.stages.map((stage, index) => (index < 2 ? { ...stage, description: `Line ${index + 1}` } : stage)) };
}

describe('keepUnsentSpecFields and stage descriptions', () => {
  it('keeps a stored description the request leaves out, takes a sent one, and clears one sent blank', () => {
    const stored = describedSpec();
    const sent = {
      ...stored,
      stages: stored.stages.map((stage, index) => {
        const { description: _stored, ...named } = stage;
        if (index === 0) return named;
        if (index === 1) return { ...named, description: '' };
        return index === 2 ? { ...named, description: 'Line 3' } : named;
      }),
    };
    const kept = keepUnsentSpecFields(stored, sent, sent);
    expect(kept.stages.map((stage) => stage.description)).toEqual(['Line 1', undefined, 'Line 3', undefined, undefined]);
    expect(kept.stages[1]).not.toHaveProperty('description');
  });
});
