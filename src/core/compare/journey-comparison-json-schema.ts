import * as z from 'zod/mini';
import { COMPARISON_SCHEMA_VERSION, JourneyComparisonSchema } from './journey-comparison-schema';

export const COMPARISON_SCHEMA_ID = `urn:journey-lanes:schema:journey-comparison-v${COMPARISON_SCHEMA_VERSION}`;

/** The JSON Schema of a comparison; `schema/journey-comparison-v1.schema.json` is this, committed. */
export function createComparisonJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(JourneyComparisonSchema) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: COMPARISON_SCHEMA_ID,
    title: `Journey Lanes journey comparison, version ${COMPARISON_SCHEMA_VERSION}`,
    description: 'Two journey maps compared stage by stage: emotion, pain points resolved, kept and added, opportunities and votes.',
    ...rest,
  };
}
