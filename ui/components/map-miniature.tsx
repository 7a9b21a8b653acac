import { useComputed } from '@preact/signals';
import type { Rect } from '../../src/core/shared/geometry';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { computePreviewLayout } from '../state/compute-preview-layout';
import { useApp } from './app-context';

function Box({ rect, class: className }: { rect: Rect; class: string }) {
  return <rect class={className} x={rect.x} y={rect.y} width={rect.width} height={rect.height} />;
}

/** The map as the sandbox will lay it out, shrunk to the panel: the real computeMapLayout, drawn as boxes. */
export function MapMiniature() {
  const { state } = useApp();
  const layout = useComputed(() => computePreviewLayout(state.draft.value)).value;
  if (layout === null) return <p class="hint miniature-empty">{USER_MESSAGES.previewEmpty}</p>;
  const { bounds } = layout;
  return (
    <svg
      class="miniature"
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={USER_MESSAGES.previewDescription(layout.stageHeaders.length, layout.lanes.length)}
    >
      <Box rect={bounds} class="mini-map" />
      <Box rect={layout.title.rect} class="mini-title" />
      <Box rect={layout.persona.section} class="mini-persona" />
      <Box rect={layout.persona.card.rect} class="mini-persona-card" />
      {(layout.persona.slots ?? []).map((slot) => (
        <Box key={slot.slotId} rect={slot.rect} class="mini-cell" />
      ))}
      {layout.parkingLot && <Box rect={layout.parkingLot.section} class="mini-persona" />}
      {layout.stageHeaders.map((header) => (
        <Box key={header.stageId} rect={header.rect} class="mini-stage" />
      ))}
      {layout.lanes.map((lane) => (
        <g key={lane.laneId} class={`mini-lane mini-lane-${lane.kind}`}>
          <Box rect={lane.band} class="mini-band" />
          <Box rect={lane.label.rect} class="mini-label" />
          {lane.cells.map((cell) => (
            <Box key={cell.stageId} rect={cell.rect} class="mini-cell" />
          ))}
        </g>
      ))}
    </svg>
  );
}
