import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJourneyJsonSchema } from '../../../src/core/formats/journey-json-schema';

const SCHEMA_FILE = new URL('../../../schema/journey-v1.schema.json', import.meta.url);

function renderSchema(): string {
  return `${JSON.stringify(createJourneyJsonSchema(), null, 2)}\n`;
}

describe('schema/journey-v1.schema.json', () => {
  it('is the schema generated from JourneySchema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const expected = renderSchema();
    if (process.env['UPDATE_SCHEMA'] === '1') {
      mkdirSync(new URL('.', SCHEMA_FILE), { recursive: true });
      writeFileSync(SCHEMA_FILE, expected);
    }
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(expected);
  });

  it('names itself and keeps the version-1 paths', () => {
    const schema = createJourneyJsonSchema() as {
      $id: string;
      title: string;
      required: string[];
      properties: Record<string, { const?: unknown; properties?: Record<string, unknown> }>;
    };
    expect(schema.$id).toBe('urn:journey-lanes:schema:journey-v1');
    expect(schema.title).toMatch(/version 1/);
    expect(schema.properties['schemaVersion']!.const).toBe(1);
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'title', 'exportedAt', 'source', 'persona', 'lanes', 'stages', 'unplaced', 'summary']),
    );
  });
});
