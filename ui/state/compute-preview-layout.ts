import { computeMapLayout } from '../../src/core/template/compute-map-layout';
import type { MapLayout } from '../../src/core/template/map-layout';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { computeSpecFromDraft } from './compute-spec-from-draft';
import { withNewMapParts } from '../../src/core/template/with-new-map-parts';
import type { SpecDraft } from './spec-draft';

const PREVIEW_OPTIONS = { cellColumns: 3, cellRows: 2, showInstructions: true };

/**
 * The layout the sandbox would draw for the draft, so the miniature has the real proportions. It is computed
 * while the person types, so an empty name is drawn as a gap rather than refused; null until there is a grid.
 */
export function computePreviewLayout(draft: SpecDraft): MapLayout | null {
  const { spec } = computeSpecFromDraft(draft);
  if (spec.stages.length === 0 || spec.lanes.length === 0) return null;
  const previewSpec: TemplateSpec = {
    title: spec.title,
    persona: { name: spec.persona.name, description: spec.persona.description ?? '' },
    stages: spec.stages,
    lanes: spec.lanes,
    options: PREVIEW_OPTIONS,
  };
  // Proportions as create-map draws a new map: with the persona slots and the parking lot.
  return computeMapLayout(withNewMapParts(previewSpec), { x: 0, y: 0 });
}
