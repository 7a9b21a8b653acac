import { batch } from '@preact/signals';
import type { MapSummary } from '../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel, RequestOptions } from '../channel/request-channel';
import { describeRequestFailure } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState } from './create-app-state';
import type { MapActionKind } from './create-living-map-state';
import { listMapsAsync } from './export-actions';
import { refreshMapSpecAsync } from './map-edit-actions';

/** Runs one action on the chosen map, one at a time, and puts what it did (or why not) in the status line. */
async function runMapActionAsync(
  state: AppState,
  kind: MapActionKind,
  busyText: string,
  runAsync: (map: MapSummary, options: RequestOptions) => Promise<string>,
): Promise<void> {
  const map = state.selectedMap.value;
  if (state.mapActionBusy.value !== null) return;
  if (map === null) {
    state.mapActionStatus.value = { tone: 'error', text: USER_MESSAGES.noMapChosen };
    return;
  }
  batch(() => {
    state.mapActionBusy.value = kind;
    state.mapActionProgress.value = null;
    state.mapActionStatus.value = { tone: 'info', text: busyText };
    // One outcome on show at a time: an earlier Apply's success line would read as this action's.
    if (state.mapEditStatus.value?.tone === 'success') state.mapEditStatus.value = null;
  });
  const options: RequestOptions = {
    timeoutMilliseconds: REQUEST_TIMEOUTS.changeMap,
    onProgress: (progress) => (state.mapActionProgress.value = progress),
  };
  try {
    const text = await runAsync(map, options);
    batch(() => {
      state.mapActionProgress.value = null;
      state.mapActionStatus.value = { tone: 'success', text };
    });
  } catch (error) {
    batch(() => {
      state.mapActionProgress.value = null;
      state.mapActionStatus.value = { tone: 'error', text: describeRequestFailure(error) };
    });
  } finally {
    state.mapActionBusy.value = null;
  }
}

export function tidyMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  return runMapActionAsync(state, 'tidy', USER_MESSAGES.tidyingMap, async (map, options) => {
    const answer = await channel.requestAsync({ type: 'tidy-map', mapId: map.mapId }, options);
    // The map's spec is read again after the change; the bar's last report would only stand still meanwhile.
    state.mapActionProgress.value = null;
    await refreshMapSpecAsync(state, channel, map.mapId);
    return USER_MESSAGES.mapTidied(answer.partsRestored, answer.notesMoved, answer.notesLaidOut ?? 0);
  });
}

export function drawEmotionCurveAsync(state: AppState, channel: RequestChannel): Promise<void> {
  return runMapActionAsync(state, 'curve', USER_MESSAGES.drawingEmotionCurve, async (map, options) => {
    const answer = await channel.requestAsync({ type: 'draw-emotion-curve', mapId: map.mapId }, options);
    state.mapActionProgress.value = null;
    await refreshMapSpecAsync(state, channel, map.mapId);
    return USER_MESSAGES.emotionCurveDrawn(answer.points);
  });
}

/** The title the future-state copy gets: as typed for this map, else the map's title with " (future state)". */
export function computeDuplicateTitle(state: AppState): string {
  const map = state.selectedMap.value;
  if (map === null) return '';
  const typed = state.duplicateTitle.value;
  return typed?.mapId === map.mapId ? typed.title : USER_MESSAGES.futureStateTitle(map.title);
}

export function setDuplicateTitle(state: AppState, title: string): void {
  const map = state.selectedMap.value;
  if (map !== null) state.duplicateTitle.value = { mapId: map.mapId, title };
}

export function duplicateMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  return runMapActionAsync(state, 'duplicate', USER_MESSAGES.duplicatingMap, async (map, options) => {
    const typed = computeDuplicateTitle(state).trim();
    const title = typed === '' ? USER_MESSAGES.futureStateTitle(map.title) : typed;
    const answer = await channel.requestAsync({ type: 'duplicate-map', mapId: map.mapId, title }, options);
    batch(() => {
      state.mapActionProgress.value = null;
      state.chosenMapId.value = answer.mapId;
      state.duplicateTitle.value = null;
    });
    await listMapsAsync(state, channel);
    return USER_MESSAGES.mapDuplicated(title);
  });
}
