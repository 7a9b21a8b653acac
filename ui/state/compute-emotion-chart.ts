import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { EmotionPoint } from './compute-export-preview';
import { wrapLabel } from './wrap-label';

export interface ChartBox {
  width: number;
  height: number;
  padding: number;
  /** Room left and right of the first and last stage, when it differs from `padding`: half a column of labels. */
  paddingX?: number;
}

export interface ChartDot {
  x: number;
  y: number;
  score: number;
  stageName: string;
}

export interface EmotionChart {
  /** SVG `points` lists; the curve breaks at a stage without a score rather than inventing one. */
  lines: string[];
  dots: ChartDot[];
  /** x of every stage, scored or not, for the tick marks. */
  stageXs: number[];
  /** y of the neutral score 0. */
  zeroY: number;
  /** The marks of the scale, +2, 0 and -2, each with its y. */
  scale: Array<{ score: number; y: number }>;
}

const MAX_SCORE = 2;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Stages spread evenly across the box, +2 at the top and -2 at the bottom. */
export function computeEmotionChart(points: readonly EmotionPoint[], box: ChartBox): EmotionChart {
  const paddingX = box.paddingX ?? box.padding;
  const innerWidth = box.width - 2 * paddingX;
  const innerHeight = box.height - 2 * box.padding;
  const xOf = (index: number) =>
    round(points.length <= 1 ? box.width / 2 : paddingX + (innerWidth * index) / (points.length - 1));
  const yOf = (score: number) => round(box.padding + (innerHeight * (MAX_SCORE - score)) / (2 * MAX_SCORE));
  const lines: string[] = [];
  const dots: ChartDot[] = [];
  let run: string[] = [];
  points.forEach((point, index) => {
    if (point.score === null) {
      if (run.length > 1) lines.push(run.join(' '));
      run = [];
      return;
    }
    const dot = { x: xOf(index), y: yOf(point.score), score: point.score, stageName: point.stageName };
    dots.push(dot);
    run.push(`${dot.x},${dot.y}`);
  });
  if (run.length > 1) lines.push(run.join(' '));
  const scale = [MAX_SCORE, 0, -MAX_SCORE].map((score) => ({ score, y: yOf(score) }));
  return { lines, dots, stageXs: points.map((_, index) => xOf(index)), zeroY: yOf(0), scale };
}

/** Room for the scale on the left, the plot's height, and the two lines of a stage name below it, in pixels. */
export const EMOTION_CHART_SIZES = {
  scaleWidth: 26,
  plotHeight: 100,
  plotPadding: 12,
  labelLineHeight: 13,
  labelLines: 2,
  top: 12,
  /** Below this, a stage's name has no room to be read: the chart scrolls sideways instead. */
  minColumnWidth: 48,
  /** Average width of a character of the 10 px label font, to wrap names. */
  labelCharacterWidth: 5.6,
} as const;

/** One stage's name under its column, cut into lines that fit the column, with its full name and score as a tooltip. */
export interface EmotionChartStageLabel {
  x: number;
  lines: string[];
  title: string;
  scored: boolean;
}

/** The chart at a given width, every number and word the component draws, or why there is no chart. */
export type EmotionChartFigure =
  | { kind: 'no-scores' }
  | {
      kind: 'chart';
      width: number;
      height: number;
      plotWidth: number;
      labelTop: number;
      label: string;
      chart: EmotionChart;
      /** The scale's marks with their wording, y from the top of the plot. */
      scale: Array<{ score: number; y: number; text: string }>;
      /** Each dot with the wording of its score, in plot coordinates. */
      dots: Array<ChartDot & { text: string }>;
      /** x from the left of the whole chart, scale included. */
      stageLabels: EmotionChartStageLabel[];
    };

/** A score to one decimal, with a true minus sign: a hyphen reads as a dash in a chart. 0 has no sign. */
export function formatEmotionScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `\u2212${-rounded}` : '0';
}

/** The chart read aloud: every stage with its score, or that it has none. */
export function describeEmotion(points: readonly EmotionPoint[]): string {
  return points
    .map((point) => `${point.stageName} ${point.score === null ? USER_MESSAGES.noEmotionScore : formatEmotionScore(point.score)}`)
    .join(', ');
}

/**
 * The emotion chart fitted to `availableWidth`: columns share the width after the scale equally but are never
 * narrower than `minColumnWidth` (then the chart is wider than the room and scrolls), so `width` is always
 * `scaleWidth + columns × column` and every stage name is wrapped to its own column.
 */
export function computeEmotionChartFigure(points: readonly EmotionPoint[], availableWidth: number): EmotionChartFigure {
  if (!points.some((point) => point.score !== null)) return { kind: 'no-scores' };
  const sizes = EMOTION_CHART_SIZES;
  const column = Math.max(sizes.minColumnWidth, Math.floor((availableWidth - sizes.scaleWidth - 2) / points.length));
  const plotWidth = column * points.length;
  const width = sizes.scaleWidth + plotWidth;
  const labelTop = sizes.top + sizes.plotHeight + 12;
  const chart = computeEmotionChart(points, {
    width: plotWidth,
    height: sizes.plotHeight,
    padding: sizes.plotPadding,
    paddingX: column / 2,
  });
  const maxChars = (column - 6) / sizes.labelCharacterWidth;
  return {
    kind: 'chart',
    width,
    height: labelTop + sizes.labelLineHeight * sizes.labelLines,
    plotWidth,
    labelTop,
    label: USER_MESSAGES.emotionChartLabel(describeEmotion(points)),
    chart,
    scale: chart.scale.map((mark) => ({ ...mark, text: formatEmotionScore(mark.score) })),
    dots: chart.dots.map((dot) => ({ ...dot, text: formatEmotionScore(dot.score) })),
    stageLabels: points.map((point, index) => ({
      x: sizes.scaleWidth + chart.stageXs[index]!,
      lines: wrapLabel(point.stageName, maxChars, sizes.labelLines),
      title: `${point.stageName}: ${point.score === null ? USER_MESSAGES.noEmotionScore : formatEmotionScore(point.score)}`,
      scored: point.score !== null,
    })),
  };
}
