import { describe, expect, it } from 'vitest';
import { samePaints } from '../../../src/plugin/write/same-paints';

const written: Paint[] = [{ type: 'SOLID', color: { r: 0.8, g: 0.5, b: 0.2 } }];

describe('samePaints', () => {
  it('takes a paint read back with its defaults, and its channels as 32-bit floats, for the one written', () => {
    const read: Paint[] = [{ type: 'SOLID', visible: true, opacity: 1, blendMode: 'NORMAL', color: { r: Math.fround(0.8), g: Math.fround(0.5), b: Math.fround(0.2) } }];
    expect(samePaints(read, written)).toBe(true);
  });

  it('tells apart another colour, a hidden or faded paint, another count', () => {
    expect(samePaints([{ type: 'SOLID', color: { r: 0.8, g: 0.5, b: 0.25 } }], written)).toBe(false);
    expect(samePaints([{ type: 'SOLID', visible: false, color: { r: 0.8, g: 0.5, b: 0.2 } }], written)).toBe(false);
    expect(samePaints([{ type: 'SOLID', opacity: 0.5, color: { r: 0.8, g: 0.5, b: 0.2 } }], written)).toBe(false);
    expect(samePaints([...written, ...written], written)).toBe(false);
    expect(samePaints([], written)).toBe(false);
  });
});
