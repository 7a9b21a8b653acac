import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset } from '../../src/cli/input/find-json-error-offset';

describe('findJsonErrorOffset', () => {
  it.each([
    ['{"a":}', 5],
    ['{"a":1', 6],
    ['{\n"a" 1}', 6],
    ['[1,2,]', 5],
    ['[1] x', 4],
    ['{"a":"b\nc"}', 7],
    ['{"a":tru}', 5],
    ['', 0],
    ['{"a":"\\x"}', 6],
  ])('finds the fault in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonErrorOffset(text)).toBe(offset);
  });

  it('reads any valid JSON as valid, at any depth', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonErrorOffset(text)).toBeNull();
      }),
    );
    const deep = `${'{"a":['.repeat(200_000)}1${']}'.repeat(200_000)}`;
    expect(findJsonErrorOffset(deep)).toBeNull();
  });

  it('agrees with JSON.parse on whether a text is valid', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', ':', '"', 'x', ' '), (text, at, insert) => {
        const changed = text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(changed);
        } catch {
          valid = false;
        }
        expect(findJsonErrorOffset(changed) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
