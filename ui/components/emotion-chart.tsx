import { useEffect, useRef, useState } from 'preact/hooks';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { computeEmotionChartFigure, EMOTION_CHART_SIZES } from '../state/compute-emotion-chart';
import type { EmotionPoint } from '../state/compute-export-preview';

const DEFAULT_WIDTH = 300;

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
 * score beside its dot, each stage's name under its column, a gap where a stage has no score. Every number and
 * word comes from `computeEmotionChartFigure`; this only draws it.
 */
export function EmotionChart({ points }: { points: readonly EmotionPoint[] }) {
  const [ref, available] = useWidth();
  const figure = computeEmotionChartFigure(points, available);
  if (figure.kind === 'no-scores') return <p class="hint">{USER_MESSAGES.noEmotionScores}</p>;
  const { scaleWidth, top, labelLineHeight } = EMOTION_CHART_SIZES;
  return (
    <div ref={ref} class="chart-scroll">
      <svg
        class="emotion-chart"
        width={figure.width}
        height={figure.height}
        viewBox={`0 0 ${figure.width} ${figure.height}`}
        role="img"
        aria-label={figure.label}
      >
        {figure.scale.map((mark) => (
          <text key={mark.score} class="chart-scale" x={scaleWidth - 6} y={top + mark.y} dy="0.35em" text-anchor="end">
            {mark.text}
          </text>
        ))}
        <g transform={`translate(${scaleWidth} ${top})`}>
          {figure.scale.map((mark) => (
            <line key={mark.score} class={mark.score === 0 ? 'chart-zero' : 'chart-grid'} x1={0} x2={figure.plotWidth} y1={mark.y} y2={mark.y} />
          ))}
          {figure.chart.lines.map((line, index) => (
            <polyline key={index} class="chart-line" points={line} />
          ))}
          {figure.dots.map((dot, index) => (
            <g key={index}>
              <circle class="chart-dot" cx={dot.x} cy={dot.y} r={3.5} />
              <text class="chart-value" x={dot.x} y={dot.y - 7} text-anchor="middle">
                {dot.text}
              </text>
            </g>
          ))}
        </g>
        {figure.stageLabels.map((label, index) => (
          <text
            key={index}
            class={label.scored ? 'chart-stage' : 'chart-stage chart-stage-unscored'}
            x={label.x}
            y={figure.labelTop}
            text-anchor="middle"
          >
            <title>{label.title}</title>
            {label.lines.map((line, lineIndex) => (
              <tspan key={lineIndex} x={label.x} dy={lineIndex === 0 ? 0 : labelLineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </svg>
    </div>
  );
}
