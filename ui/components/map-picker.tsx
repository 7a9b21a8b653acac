import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { useApp } from './app-context';
import { StatusLine } from './status-line';

/** A choice only when the board holds several maps; one map is named, none is said. */
export function MapPicker({ onChoose }: { onChoose: (mapId: string) => void }) {
  const { state } = useApp();
  const maps = state.maps.value;
  const selected = state.selectedMap.value;
  return (
    <div class="field">
      {maps.length > 1 ? (
        <>
          <label class="label" for="map-choice">
            Map
          </label>
          <select
            id="map-choice"
            class="input"
            value={selected?.mapId ?? ''}
            onChange={(event) => onChoose(event.currentTarget.value)}
          >
            {maps.map((map) => (
              <option key={map.mapId} value={map.mapId}>
                {USER_MESSAGES.mapChoice(map.title, map.selected)}
              </option>
            ))}
          </select>
        </>
      ) : (
        selected && (
          <p class="map-name">
            <span class="label">Map</span> {selected.title}
          </p>
        )
      )}
      <StatusLine id="map-list-status" status={state.mapListStatus.value} />
    </div>
  );
}
