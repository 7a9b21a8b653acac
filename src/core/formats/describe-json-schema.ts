import * as z from 'zod/mini';

export interface JsonSchemaHeading {
  id: string;
  title: string;
  description: string;
}

/**
 * The JSON Schema of `schema` for tools that do not use zod, with its id, title and description placed right after
 * `$schema`, so the committed schema files read heading first.
 */
export function describeJsonSchema(schema: z.ZodMiniType, heading: JsonSchemaHeading): Record<string, unknown> {
  const generated = z.toJSONSchema(schema) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: heading.id, title: heading.title, description: heading.description, ...rest };
}
