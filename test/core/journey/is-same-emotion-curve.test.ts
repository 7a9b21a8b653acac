import { describe, expect, it } from 'vitest';
import type { EmotionCurvePoint } from '../../../src/core/journey/compute-emotion-curve';
import { isSameEmotionCurve } from '../../../src/core/journey/is-same-emotion-curve';

const point = (stageId: string, x: number, y: number): EmotionCurvePoint => ({
  stageId,
  score: 0,
  x,
  y,
  dot: { x: x - 12, y: y - 12, width: 24, height: 24 },
});
const dot = (stageId: string, x: number, y: number) => ({ stageId, bounds: { x: x - 12, y: y - 12, width: 24, height: 24 } });

describe('isSameEmotionCurve', () => {
  const points = [point('a', 100, 500), point('b', 900, 300)];

  it.each([
    ['the same dots and a connector', [dot('b', 900, 300), dot('a', 100, 500)], 1, true],
    ['a dot within half a pixel', [dot('a', 100.4, 500), dot('b', 900, 299.6)], 1, true],
    ['a dot a pixel off', [dot('a', 101, 500), dot('b', 900, 300)], 1, false],
    ['a connector missing', [dot('a', 100, 500), dot('b', 900, 300)], 0, false],
    ['a dot missing', [dot('a', 100, 500)], 1, false],
    ['stages swapped', [dot('b', 100, 500), dot('a', 900, 300)], 1, false],
  ])('%s', (_name, dots, connectors, expected) => {
    expect(isSameEmotionCurve({ dots, connectors }, points)).toBe(expected);
  });

  it('holds for no points and nothing drawn', () => {
    expect(isSameEmotionCurve({ dots: [], connectors: 0 }, [])).toBe(true);
  });
});
