import type { TemplateSpec } from '../../src/core/template/template-spec';

/** A drawn map's spec as `read-map-spec` answers it: three stages, three lanes, one of them custom. */
export function createDrawnSpec(): TemplateSpec {
  return {
    title: 'Checkout today',
    persona: { name: 'Sarah', description: 'Buys online' },
    stages: [
      { id: 'discover', name: 'Discover' },
      { id: 'buy', name: 'Buy' },
      { id: 'use', name: 'Use' },
    ],
    lanes: [
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'fees', name: 'Fees', kind: 'custom', instruction: 'Which fees surprise?' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
    ],
    options: { cellColumns: 2, cellRows: 2, showInstructions: false },
  };
}
