import { useEffect, useRef, useState } from 'preact/hooks';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { computeEmotionChart } from '../state/compute-emotion-chart';
import type { EmotionPoint } from '../state/compute-export-preview';
import { wrapLabel } from '../state/wrap-label';

/** Room for the scale on the left, the plot's height, and the two lines of a stage name below it, in pixels. */
const LAYOUT = { scaleWidth: 26, plotHeight: 100, plotPadding: 12, labelLineHeight: 13, labelLines: 2, top: 12 } as const;
/** Below this, a stage's name has no room to be read: the chart scrolls sideways instead. */
const MIN_COLUMN_WIDTH = 48;
/** Average width of a character of the 10 px label font, to wrap names. */
const LABEL_CHARACTER_WIDTH = 5.6;
const DEFAULT_WIDTH = 300;

function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  // A true minus sign, as in the scale: the hyphen reads as a dash in a chart.
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `\u2212${-rounded}` : '0';
}

export function describeEmotion(points: readonly EmotionPoint[]): string {
  return points.map((point) => `${point.stageName} ${point.score === null ? 'no score' : formatScore(point.score)}`).join(', ');
}

/** The width the chart has, followed as the panel is resized. */
function useWidth(): [preact.RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The emotion curve by stage, labelled as a person reads a chart: the −2…+2 scale on the left, each stage's
 * score beside its dot, each stage's name under its column, a gap where a stage has no score.
 */
export function EmotionChart({ points }: { points: readonly EmotionPoint[] }) {
  const [ref, available] = useWidth();
  if (!points.some((point) => point.score !== null)) return <p class="hint">{USER_MESSAGES.noEmotionScores}</p>;
  const column = Math.max(MIN_COLUMN_WIDTH, Math.floor((available - LAYOUT.scaleWidth - 2) / points.length));
  const plotWidth = column * points.length;
  const width = LAYOUT.scaleWidth + plotWidth;
  const labelTop = LAYOUT.top + LAYOUT.plotHeight + 12;
  const height = labelTop + LAYOUT.labelLineHeight * LAYOUT.labelLines;
  const chart = computeEmotionChart(points, {
    width: plotWidth,
    height: LAYOUT.plotHeight,
    padding: LAYOUT.plotPadding,
    paddingX: column / 2,
  });
  const maxChars = (column - 6) / LABEL_CHARACTER_WIDTH;
  return (
    <div ref={ref} class="chart-scroll">
      <svg
        class="emotion-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={USER_MESSAGES.emotionChartLabel(describeEmotion(points))}
      >
        {chart.scale.map((mark) => (
          <text key={mark.score} class="chart-scale" x={LAYOUT.scaleWidth - 6} y={LAYOUT.top + mark.y} dy="0.35em" text-anchor="end">
            {formatScore(mark.score)}
          </text>
        ))}
        <g transform={`translate(${LAYOUT.scaleWidth} ${LAYOUT.top})`}>
          {chart.scale.map((mark) => (
            <line key={mark.score} class={mark.score === 0 ? 'chart-zero' : 'chart-grid'} x1={0} x2={plotWidth} y1={mark.y} y2={mark.y} />
          ))}
          {chart.lines.map((line, index) => (
            <polyline key={index} class="chart-line" points={line} />
          ))}
          {chart.dots.map((dot, index) => (
            <g key={index}>
              <circle class="chart-dot" cx={dot.x} cy={dot.y} r={3.5} />
              <text class="chart-value" x={dot.x} y={dot.y - 7} text-anchor="middle">
                {formatScore(dot.score)}
              </text>
            </g>
          ))}
        </g>
        {points.map((point, index) => (
          <text
            key={index}
            class={point.score === null ? 'chart-stage chart-stage-unscored' : 'chart-stage'}
            x={LAYOUT.scaleWidth + chart.stageXs[index]!}
            y={labelTop}
            text-anchor="middle"
          >
            <title>{`${point.stageName}: ${point.score === null ? USER_MESSAGES.noEmotionScore : formatScore(point.score)}`}</title>
            {wrapLabel(point.stageName, maxChars, LAYOUT.labelLines).map((line, lineIndex) => (
              <tspan key={lineIndex} x={LAYOUT.scaleWidth + chart.stageXs[index]!} dy={lineIndex === 0 ? 0 : LAYOUT.labelLineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </svg>
    </div>
  );
}
