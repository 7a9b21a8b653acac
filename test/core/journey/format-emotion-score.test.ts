import { describe, expect, it } from 'vitest';
import { formatEmotionScore } from '../../../src/core/journey/format-emotion-score';

describe('formatEmotionScore', () => {
  it('signs positive scores as the scale does, keeps one decimal, and shows 0 unsigned', () => {
    expect([2, 1.25, 0.04, 0, -0.04, -0.66, -2].map(formatEmotionScore)).toEqual(['+2', '+1.3', '0', '0', '0', '-0.7', '-2']);
  });
});
