import { COMPARISON_SCHEMA_VERSION, JourneyComparisonSchema } from './journey-comparison-schema';
import { describeJsonSchema } from '../formats/describe-json-schema';

export const COMPARISON_SCHEMA_ID = `urn:journey-lanes:schema:journey-comparison-v${COMPARISON_SCHEMA_VERSION}`;

/** The JSON Schema of a comparison; `schema/journey-comparison-v1.schema.json` is this, committed. */
export function createComparisonJsonSchema(): Record<string, unknown> {
  return describeJsonSchema(JourneyComparisonSchema, {
    id: COMPARISON_SCHEMA_ID,
    title: `Journey Lanes journey comparison, version ${COMPARISON_SCHEMA_VERSION}`,
    description: 'Two journey maps compared stage by stage: emotion, pain points resolved, kept and added, opportunities and votes.',
  });
}
