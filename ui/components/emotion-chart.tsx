import { USER_MESSAGES } from '../../src/core/user-messages';
import { computeEmotionChart } from '../state/compute-emotion-chart';
import type { EmotionPoint } from '../state/compute-export-preview';

const BOX = { width: 300, height: 80, padding: 10 };

function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

export function describeEmotion(points: readonly EmotionPoint[]): string {
  return points.map((point) => `${point.stageName} ${point.score === null ? 'no score' : formatScore(point.score)}`).join(', ');
}

/** The emotion curve by stage: +2 at the top, -2 at the bottom, a gap where a stage has no score. */
export function EmotionChart({ points }: { points: readonly EmotionPoint[] }) {
  const chart = computeEmotionChart(points, BOX);
  if (chart.dots.length === 0) return <p class="hint">{USER_MESSAGES.noEmotionScores}</p>;
  return (
    <svg
      class="emotion-chart"
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      role="img"
      aria-label={USER_MESSAGES.emotionChartLabel(describeEmotion(points))}
    >
      <line class="chart-zero" x1={0} x2={BOX.width} y1={chart.zeroY} y2={chart.zeroY} />
      {chart.stageXs.map((x, index) => (
        <line key={index} class="chart-tick" x1={x} x2={x} y1={BOX.height - 4} y2={BOX.height} />
      ))}
      {chart.lines.map((points, index) => (
        <polyline key={index} class="chart-line" points={points} />
      ))}
      {chart.dots.map((dot, index) => (
        <circle key={index} class="chart-dot" cx={dot.x} cy={dot.y} r={3}>
          <title>{`${dot.stageName}: ${formatScore(dot.score)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
