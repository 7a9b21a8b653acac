import { SPEC_TEXT_LIMITS } from '../../src/core/template/template-spec';
import { computeDuplicateTitle } from '../state/map-actions';
import { useApp } from './app-context';
import type { MapActionKind } from '../state/create-living-map-state';
import { RequestProgress } from './request-progress';
import { TextField } from './text-field';

const MAP_ACTION_LABELS: Record<MapActionKind, string> = {
  tidy: 'Tidying the map',
  curve: 'Drawing the emotion curve',
  duplicate: 'Drawing the future-state copy',
};

/** What can be done to the chosen map on the board besides editing it; one at a time. */
export function MapActionButtons() {
  const { state, actions } = useApp();
  const busy = state.mapActionBusy.value;
  const common = { type: 'button' as const, 'aria-describedby': 'map-action-status', 'aria-disabled': busy !== null };
  return (
    <section class="group" aria-labelledby="map-actions-title">
      <h2 id="map-actions-title" class="group-title">
        On the board
      </h2>
      <div class="button-row">
        <button {...common} class="button secondary" onClick={() => void actions.tidyMapAsync()}>
          {busy === 'tidy' ? 'Tidying…' : 'Tidy map'}
        </button>
        <button {...common} class="button secondary" onClick={() => void actions.drawEmotionCurveAsync()}>
          {busy === 'curve' ? 'Drawing…' : 'Draw emotion curve'}
        </button>
      </div>
      <TextField
        id="future-state-title"
        label="Future-state title"
        value={computeDuplicateTitle(state)}
        maxLength={SPEC_TEXT_LIMITS.title}
        error={undefined}
        onInput={actions.setDuplicateTitle}
      />
      <button {...common} class="button secondary" onClick={() => void actions.duplicateMapAsync()}>
        {busy === 'duplicate' ? 'Duplicating…' : 'Duplicate as future state'}
      </button>
      <RequestProgress
        id="map-action-status"
        label={busy === null ? 'Changing the map' : MAP_ACTION_LABELS[busy]}
        busy={busy !== null}
        progress={state.mapActionProgress.value}
        status={state.mapActionStatus.value}
      />
    </section>
  );
}
