import { describe, expect, it } from 'vitest';
import { isPasteCut } from '../../ui/state/is-paste-cut';

describe('isPasteCut', () => {
  it.each([
    ['', { start: 0, end: 0 }, 'a'.repeat(120), 120, false],
    ['', { start: 0, end: 0 }, 'a'.repeat(121), 120, true],
    ['Checkout', { start: 8, end: 8 }, 'a'.repeat(112), 120, false],
    ['Checkout', { start: 8, end: 8 }, 'a'.repeat(113), 120, true],
    // Pasted over the whole selection: what it replaces makes room.
    ['Checkout', { start: 0, end: 8 }, 'a'.repeat(120), 120, false],
    // An emoji is two code units, as maxLength counts it.
    ['', { start: 0, end: 0 }, '🙂'.repeat(31), 60, true],
  ])('%j with %j selected, pasting %j, max %i: cut %s', (value, selection, pasted, max, expected) => {
    expect(isPasteCut(value, selection, pasted, max)).toBe(expected);
  });
});
