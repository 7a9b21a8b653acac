import { LANE_PRESETS } from '../../src/core/template/presets';
import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import type { TemplateSpec } from '../../src/core/template/template-spec';

/** Ten stages, more than any preset has, for a map of the size large workshops use. */
const BENCH_STAGE_NAMES = [
  'Awareness',
  'Research',
  'Consideration',
  'Trial',
  'Purchase',
  'Onboarding',
  'First use',
  'Support',
  'Renewal',
  'Advocacy',
];

/** A map of `laneCount` lanes (the lane presets in order) by `stageCount` stages, as the panel would send it. */
export function createBenchSpec(laneCount: number, stageCount: number): TemplateSpec {
  if (laneCount > LANE_PRESETS.length || stageCount > BENCH_STAGE_NAMES.length) {
    throw new Error(`The bench spec has at most ${LANE_PRESETS.length} lanes and ${BENCH_STAGE_NAMES.length} stages`);
  }
  return TemplateSpecSchema.parse({
    title: 'Benchmark journey',
    persona: { name: 'Benchmark persona', description: 'A shopper who compares three shops before buying.' },
    stages: BENCH_STAGE_NAMES.slice(0, stageCount).map((name, index) => ({ id: `stage-${index + 1}`, name })),
    lanes: LANE_PRESETS.slice(0, laneCount).map(({ id, name, kind }) => ({ id, name, kind })),
  });
}
