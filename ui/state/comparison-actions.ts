import { batch } from '@preact/signals';
import type { MapSummary } from '../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { describeRequestFailure } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import { downloadText } from '../io/download-text';
import type { DownloadEnvironment } from '../io/download-text';
import { computeExportFile } from '../io/export-file';
import type { AppState } from './create-app-state';

/** The maps the chosen map can be compared with: every other map of the page. */
export function listComparableMaps(state: AppState): MapSummary[] {
  const chosen = state.selectedMap.value?.mapId;
  return state.maps.value.filter((map) => map.mapId !== chosen);
}

/** The map to compare with: the one the person picked while it is still on the page, else the first other map. */
export function readCompareMap(state: AppState): MapSummary | null {
  const others = listComparableMaps(state);
  return others.find((map) => map.mapId === state.compareMapId.value) ?? others[0] ?? null;
}

/** Compares the export's chosen map (before) with the other map (after); the report comes as Markdown text. */
export async function compareMapsAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const before = state.selectedMap.value;
  const after = readCompareMap(state);
  if (before === null || after === null) {
    state.comparisonStatus.value = { tone: 'error', text: USER_MESSAGES.noOtherMap };
    return;
  }
  batch(() => {
    state.isComparing.value = true;
    state.comparisonStatus.value = { tone: 'info', text: USER_MESSAGES.comparingMaps };
  });
  try {
    const answer = await channel.requestAsync(
      { type: 'compare-maps', beforeMapId: before.mapId, afterMapId: after.mapId, format: 'markdown' },
      { timeoutMilliseconds: REQUEST_TIMEOUTS.compareMaps },
    );
    const { resolved, kept, added } = answer.comparison.summary.painPoints;
    batch(() => {
      state.comparisonResult.value = answer;
      state.comparisonStatus.value = { tone: 'success', text: USER_MESSAGES.mapsCompared(resolved, kept, added) };
    });
  } catch (error) {
    batch(() => {
      state.comparisonResult.value = null;
      state.comparisonStatus.value = { tone: 'error', text: describeRequestFailure(error) };
    });
  } finally {
    state.isComparing.value = false;
  }
}

export function chooseCompareMap(state: AppState, mapId: string): void {
  batch(() => {
    state.compareMapId.value = mapId;
    state.comparisonResult.value = null;
    state.comparisonStatus.value = null;
  });
}

/** The report as Markdown, or the comparison as JSON (as `journey-lanes compare` writes it). */
export function downloadComparison(state: AppState, environment: DownloadEnvironment, format: 'markdown' | 'json'): void {
  const result = state.comparisonResult.value;
  if (!result) return;
  const file = computeExportFile(`${result.comparison.after.title} compared`, format);
  const text = format === 'markdown' ? result.text : `${JSON.stringify(result.comparison, null, 2)}\n`;
  downloadText(environment, text, file);
  state.comparisonStatus.value = { tone: 'success', text: USER_MESSAGES.downloadStarted(file.fileName) };
}
