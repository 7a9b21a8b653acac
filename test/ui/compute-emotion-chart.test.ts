import { describe, expect, it } from 'vitest';
import {
  computeEmotionChartFigure,
  describeEmotion,
  EMOTION_CHART_SIZES,
  formatEmotionScore,
} from '../../ui/state/compute-emotion-chart';
import type { EmotionPoint } from '../../ui/state/compute-export-preview';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';

const points: EmotionPoint[] = [
  { stageName: 'Awareness', score: 1.25, count: 2 },
  { stageName: 'Purchase', score: null, count: 0 },
  { stageName: 'Retention and renewal of the contract', score: -2, count: 1 },
];

function chartOf(figure: ReturnType<typeof computeEmotionChartFigure>) {
  if (figure.kind !== 'chart') throw new Error(`expected a chart, got ${figure.kind}`);
  return figure;
}

describe('formatEmotionScore', () => {
  it('rounds to one decimal, signs with + and a true minus, and gives 0 no sign', () => {
    expect([2, 1.25, 0.04, 0, -0.04, -1.5].map(formatEmotionScore)).toEqual(['+2', '+1.3', '0', '0', '0', '\u22121.5']);
  });
});

describe('describeEmotion', () => {
  it('reads every stage with its score or the words for none', () => {
    expect(describeEmotion(points)).toBe(
      `Awareness +1.3, Purchase ${USER_MESSAGES.noEmotionScore}, Retention and renewal of the contract \u22122`,
    );
  });
});

describe('computeEmotionChartFigure', () => {
  it('says there is nothing to draw when no stage has a score', () => {
    expect(computeEmotionChartFigure([{ stageName: 'A', score: null, count: 0 }], 300)).toEqual({ kind: 'no-scores' });
  });

  it('shares the width after the scale equally between the stages', () => {
    const figure = chartOf(computeEmotionChartFigure(points, 326));
    // (326 - 26 - 2) / 3 = 99.3, so columns of 99.
    expect(figure.plotWidth).toBe(297);
    expect(figure.width).toBe(EMOTION_CHART_SIZES.scaleWidth + 297);
    expect(figure.width).toBeLessThanOrEqual(326);
    expect(figure.stageLabels.map((label) => label.x)).toEqual([26 + 49.5, 26 + 148.5, 26 + 247.5]);
    expect(figure.height).toBe(EMOTION_CHART_SIZES.top + EMOTION_CHART_SIZES.plotHeight + 12 + 2 * EMOTION_CHART_SIZES.labelLineHeight);
  });

  it('keeps columns at their narrowest readable width, wider than the room, when the stages are many', () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ stageName: `Stage ${index + 1}`, score: 0, count: 1 }));
    const figure = chartOf(computeEmotionChartFigure(many, 300));
    expect(figure.plotWidth).toBe(20 * EMOTION_CHART_SIZES.minColumnWidth);
    expect(figure.width).toBeGreaterThan(300);
  });

  it('words every scale mark, dot and stage label, and wraps names to their column', () => {
    const figure = chartOf(computeEmotionChartFigure(points, 326));
    expect(figure.scale.map((mark) => mark.text)).toEqual(['+2', '0', '\u22122']);
    expect(figure.dots.map((dot) => [dot.stageName, dot.text])).toEqual([
      ['Awareness', '+1.3'],
      ['Retention and renewal of the contract', '\u22122'],
    ]);
    expect(figure.stageLabels.map((label) => label.scored)).toEqual([true, false, true]);
    expect(figure.stageLabels[1]!.title).toBe(`Purchase: ${USER_MESSAGES.noEmotionScore}`);
    const maxChars = Math.floor((99 - 6) / EMOTION_CHART_SIZES.labelCharacterWidth);
    const longLabel = figure.stageLabels[2]!;
    expect(longLabel.lines).toHaveLength(EMOTION_CHART_SIZES.labelLines);
    for (const line of longLabel.lines) expect(Array.from(line).length).toBeLessThanOrEqual(maxChars);
    expect(longLabel.lines.at(-1)!.endsWith('…')).toBe(true);
    expect(figure.label).toBe(USER_MESSAGES.emotionChartLabel(describeEmotion(points)));
  });
});
