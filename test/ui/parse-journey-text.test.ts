import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset, parseJourneyText } from '../../ui/state/parse-journey-text';

describe('the light JSON check of an import', () => {
  it.each([
    ['{"a": 1,,}', 1, 9],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{\n"a": tru\n}', 2, 6],
    ['{"a": "no end', 1, 7],
    ['{"a":', 1, 6],
    ['[1, 2', 1, 6],
    ['{"a": 1} extra', 1, 10],
    ["{'a': 1}", 1, 2],
    ['', 1, 1],
  ])('places the problem in %j at line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(parseJourneyText(text)).toMatchObject({ ok: false, line, column });
  });

  it('gives the offset of the problem in the text as given, to select it in the text box', () => {
    expect(parseJourneyText('{"a": 1,,}')).toEqual({ ok: false, line: 1, column: 9, offset: 8 });
    expect(parseJourneyText('\uFEFF{"a": 1,,}')).toEqual({ ok: false, line: 1, column: 9, offset: 9 });
    expect(parseJourneyText('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ offset: 13 });
  });

  it('reads JSON, a byte order mark before it included', () => {
    expect(parseJourneyText('\uFEFF{"schemaVersion": 1}')).toEqual({ ok: true, journey: { schemaVersion: 1 } });
  });

  it('finds no problem in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        expect(findJsonErrorOffset(JSON.stringify(value, null, indent ? 2 : undefined))).toBe(-1);
      }),
    );
  });
});
