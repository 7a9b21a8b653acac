import type { EmotionPoint } from './compute-export-preview';

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
