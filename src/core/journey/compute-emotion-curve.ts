import type { LaneSnapshot, MapSnapshot } from '../board/board-snapshot';
import type { Rect } from '../shared/geometry';
import { computeEmotionScoreY } from '../template/emotion-position';

/** Big enough to hold its score in type that reads with the whole lane on screen, small enough to sit between notes. */
export const EMOTION_CURVE_DOT_SIZE = 84;

export interface EmotionCurvePoint {
  stageId: string;
  score: number;
  /** Page coordinates: the centre of the stage column, at the score's height in the emotion lane. */
  x: number;
  y: number;
  /** The dot drawn for the point, centred on it (page coordinates). */
  dot: Rect;
}

export type EmotionCurve =
  | { kind: 'no-emotions-lane' }
  /** `points` is empty when no stage has a score yet. */
  | { kind: 'curve'; lane: LaneSnapshot; points: EmotionCurvePoint[] };

/**
 * The line through the stages' emotion scores, left to right, in the first emotion lane as it is on the board
 * now. `stageScores` runs parallel to `map.stages` (a journey's `stages[i].emotion.score`); stages without a
 * score are skipped, so the line joins the stages that have one.
 */
export function computeEmotionCurve(map: MapSnapshot, stageScores: ReadonlyArray<number | null>): EmotionCurve {
  const lane = map.lanes.find((candidate) => candidate.kind === 'emotions');
  if (!lane) return { kind: 'no-emotions-lane' };
  const points: EmotionCurvePoint[] = [];
  map.stages.forEach((stage, index) => {
    const score = stageScores[index];
    if (score === null || score === undefined) return;
    const x = stage.bounds.x + stage.bounds.width / 2;
    const y = computeEmotionScoreY(lane.bounds, score);
    const half = EMOTION_CURVE_DOT_SIZE / 2;
    points.push({ stageId: stage.id, score, x, y, dot: { x: x - half, y: y - half, width: EMOTION_CURVE_DOT_SIZE, height: EMOTION_CURVE_DOT_SIZE } });
  });
  return { kind: 'curve', lane, points };
}
