import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFigmaMemberNames, MEMBER_NAMES_FILE } from '../../scripts/generate-figma-member-names.mjs';

describe('figma-member-names.ts', () => {
  it('is what scripts/generate-figma-member-names.mjs writes from the installed typings', () => {
    expect(readFileSync(MEMBER_NAMES_FILE, 'utf8')).toBe(generateFigmaMemberNames());
  });
});
