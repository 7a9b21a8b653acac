import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createComparisonJsonSchema } from '../../../src/core/compare/journey-comparison-json-schema';

const SCHEMA_FILE = new URL('../../../schema/journey-comparison-v1.schema.json', import.meta.url);

describe('schema/journey-comparison-v1.schema.json', () => {
  it('is the schema generated from JourneyComparisonSchema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const expected = `${JSON.stringify(createComparisonJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, expected);
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(expected);
  });

  it('names itself and holds the paths the comparison promises', () => {
    const schema = createComparisonJsonSchema() as {
      $id: string;
      required: string[];
      properties: Record<string, { const?: unknown; items?: { required?: string[] } }>;
    };
    expect(schema.$id).toBe('urn:journey-lanes:schema:journey-comparison-v1');
    expect(schema.properties['schemaVersion']!.const).toBe(1);
    expect(schema.properties['kind']!.const).toBe('journey-comparison');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'kind', 'before', 'after', 'stages']));
    expect(schema.properties['stages']!.items!.required).toEqual(expect.arrayContaining(['id', 'name', 'emotion', 'painPoints']));
  });
});
