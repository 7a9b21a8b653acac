import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../src/core/template/presets';
import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import { applySandboxEvent } from '../../ui/state/apply-sandbox-event';
import { computeSpecFromDraft } from '../../ui/state/compute-spec-from-draft';
import { createAppState } from '../../ui/state/create-app-state';
import { createDraftFromSpec } from '../../ui/state/spec-draft';

const customSpec = TemplateSpecSchema.parse({
  title: 'Onboarding',
  persona: { name: 'Sam', description: 'New admin' },
  stages: [
    { id: 'before', name: 'Before' },
    { id: 'during', name: 'During' },
  ],
  lanes: [
    { id: 'backstage', name: 'Backstage', kind: 'backstage' },
    { id: 'emotions', name: 'Emotions', kind: 'emotions' },
    { id: 'support-tickets', name: 'Support tickets', kind: 'custom' },
  ],
});

describe('remembered choices', () => {
  it.each([
    ['the default spec', createDefaultSpec()],
    ['a custom spec', customSpec],
  ])('restore the form so that it draws %s again, as a workshop board when the spec is from before the Board group', (_, spec) => {
    const restored = TemplateSpecSchema.parse(computeSpecFromDraft(createDraftFromSpec(spec)).spec);
    // A remembered spec without the legend and how-to flags was never offered them: the new map gets them, and shows
    // the journey as it is today, as every new map does.
    expect(restored).toEqual({ ...spec, options: { ...spec.options, showLegend: true, showHowTo: true }, state: 'current' });
  });

  it('restore the Board group as the last map had it', () => {
    const spec = TemplateSpecSchema.parse({
      ...customSpec,
      scenario: 'First week as an admin',
      team: 'Onboarding crew',
      date: 'May 2026',
      state: 'future',
      options: { cellColumns: 2, cellRows: 3, showInstructions: false, showLegend: false, showHowTo: true },
    });
    expect(TemplateSpecSchema.parse(computeSpecFromDraft(createDraftFromSpec(spec)).spec)).toEqual(spec);
  });

  it('offer the lane presets the last map did not use, unticked', () => {
    const draft = createDraftFromSpec(customSpec);
    expect(draft.lanes.filter((lane) => lane.checked).map((lane) => lane.name)).toEqual(['Backstage', 'Emotions', 'Support tickets']);
    expect(draft.lanes.some((lane) => lane.presetId === 'touchpoints' && !lane.checked)).toBe(true);
  });

  it('are applied when the sandbox sends them with init', () => {
    const state = createAppState();
    applySandboxEvent(state, {
      type: 'init',
      editorType: 'figjam',
      command: '',
      pluginVersion: '0.1.0',
      maps: [],
      preferences: { spec: customSpec, format: 'csv', includeAuthors: true },
    });
    expect(state.draft.value.title).toBe('Onboarding');
    expect(state.format.value).toBe('csv');
    expect(state.includeAuthors.value).toBe(true);
  });
});
