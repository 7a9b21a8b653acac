import { JourneySchema, SCHEMA_VERSION } from '../journey/journey-schema';
import { describeJsonSchema } from './describe-json-schema';

/** A URN rather than a web address: the project publishes no schema host, and a URN promises none. */
export const JOURNEY_SCHEMA_ID = `urn:journey-lanes:schema:journey-v${SCHEMA_VERSION}`;

/** The JSON Schema of the export, for tools that do not use zod; `schema/journey-v1.schema.json` is this, committed. */
export function createJourneyJsonSchema(): Record<string, unknown> {
  return describeJsonSchema(JourneySchema, {
    id: JOURNEY_SCHEMA_ID,
    title: `Journey Lanes journey export, version ${SCHEMA_VERSION}`,
    description: 'A customer journey map read from a FigJam board: persona, stages, lanes, notes, emotion and votes.',
  });
}
