import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { listComparableMaps, readCompareMap } from '../state/comparison-actions';
import { useApp } from './app-context';
import { ComparisonView } from './comparison-view';
import { StatusLine } from './status-line';

/** "Compare with…": the chosen map against another map of the page, typically its future-state copy. */
export function CompareWith() {
  const { state, actions } = useApp();
  const others = listComparableMaps(state);
  const other = readCompareMap(state);
  const busy = state.isComparing.value;
  const result = state.comparisonResult.value;
  return (
    <section class="group" aria-labelledby="compare-title">
      <h2 id="compare-title" class="group-title">
        Compare with…
      </h2>
      {others.length === 0 ? (
        <p class="hint">{USER_MESSAGES.noOtherMap}</p>
      ) : (
        <>
          <div class="field">
            <label class="label" for="compare-map-choice">
              Other map
            </label>
            <select
              id="compare-map-choice"
              class="input"
              value={other?.mapId ?? ''}
              onChange={(event) => actions.chooseCompareMap(event.currentTarget.value)}
            >
              {others.map((map) => (
                <option key={map.mapId} value={map.mapId}>
                  {map.title}
                </option>
              ))}
            </select>
          </div>
          <div class="actions">
            <button
              type="button"
              class="button secondary"
              aria-describedby="compare-status"
              aria-disabled={busy}
              onClick={() => {
                if (!busy) void actions.compareMapsAsync();
              }}
            >
              {busy ? 'Comparing…' : 'Compare'}
            </button>
            <StatusLine id="compare-status" status={state.comparisonStatus.value} />
          </div>
        </>
      )}
      {result !== null && (
        <>
          <ComparisonView comparison={result.comparison} />
          <div class="button-row">
            <button type="button" class="button secondary" onClick={() => actions.downloadComparison('markdown')}>
              Download report
            </button>
            <button type="button" class="button secondary" onClick={() => actions.downloadComparison('json')}>
              Download JSON
            </button>
          </div>
        </>
      )}
    </section>
  );
}
