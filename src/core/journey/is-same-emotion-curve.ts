import type { EmotionCurvePoint } from './compute-emotion-curve';
import type { Rect } from '../shared/geometry';

/** Closer than this, a dot is where it would be drawn: page coordinates carry float noise after moves. */
const TOLERANCE = 0.5;

/**
 * Whether the curve on the board already is the one `points` would draw: same stages in the same order, each dot
 * where it would go, a connector between each two. Then redrawing would only replace nodes with identical ones.
 */
export function isSameEmotionCurve(
  drawn: { dots: ReadonlyArray<{ stageId: string; bounds: Rect }>; connectors: number },
  points: readonly EmotionCurvePoint[],
): boolean {
  const { dots } = drawn;
  if (dots.length !== points.length || drawn.connectors !== Math.max(points.length - 1, 0)) return false;
  const sorted = [...dots].sort((a, b) => a.bounds.x - b.bounds.x);
  return points.every((point, index) => {
    const dot = sorted[index]!;
    return (
      dot.stageId === point.stageId &&
      Math.abs(dot.bounds.x - point.dot.x) <= TOLERANCE &&
      Math.abs(dot.bounds.y - point.dot.y) <= TOLERANCE &&
      Math.abs(dot.bounds.width - point.dot.width) <= TOLERANCE &&
      Math.abs(dot.bounds.height - point.dot.height) <= TOLERANCE
    );
  });
}
