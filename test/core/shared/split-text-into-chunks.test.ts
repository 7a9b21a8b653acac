import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTextIntoChunks } from '../../../src/core/shared/split-text-into-chunks';

describe('splitTextIntoChunks', () => {
  it('gives back the text when joined, in pieces no longer than the size', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 50 }), (text, size) => {
        const chunks = splitTextIntoChunks(text, size);
        expect(chunks.join('')).toBe(text);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(size);
      }),
    );
  });

  it('never splits an emoji between two pieces', () => {
    const chunks = splitTextIntoChunks('ab😀cd', 3);
    expect(chunks).toEqual(['ab', '😀c', 'd']);
  });

  it('makes no piece of an empty text', () => {
    expect(splitTextIntoChunks('', 10)).toEqual([]);
  });
});
