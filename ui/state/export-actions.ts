import { batch } from '@preact/signals';
import type { ExportFormat } from '../../src/core/journey-schema';
import { USER_MESSAGES } from '../../src/core/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { describeRequestFailure } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState } from './create-app-state';

export async function readMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const sequence = ++state.exportReadCount.value;
  const mapId = state.selectedMap.value?.mapId;
  batch(() => {
    state.isExporting.value = true;
    state.exportProgress.value = null;
    state.exportStatus.value = { tone: 'info', text: USER_MESSAGES.readingMap };
    state.outputStatus.value = null;
    state.zoomErrors.value = {};
  });
  try {
    const answer = await channel.requestAsync(
      {
        type: 'export-map',
        format: state.format.value,
        includeAuthors: state.includeAuthors.value,
        ...(mapId === undefined ? {} : { mapId }),
      },
      {
        timeoutMilliseconds: REQUEST_TIMEOUTS.exportMap,
        onProgress: (progress) => {
          if (sequence === state.exportReadCount.value) state.exportProgress.value = progress;
        },
      },
    );
    if (sequence !== state.exportReadCount.value) return;
    const { counts } = answer.journey.summary;
    batch(() => {
      state.exportResult.value = answer;
      state.exportStatus.value = { tone: 'success', text: USER_MESSAGES.mapExported(counts.notes, counts.unplaced) };
    });
  } catch (error) {
    if (sequence !== state.exportReadCount.value) return;
    batch(() => {
      state.exportResult.value = null;
      state.exportStatus.value = { tone: 'error', text: describeRequestFailure(error) };
    });
  } finally {
    if (sequence === state.exportReadCount.value) {
      batch(() => {
        state.isExporting.value = false;
        state.exportProgress.value = null;
      });
    }
  }
}

/** A change of what to export makes the text on hand stale: read again, but only once something was read. */
export function setExportOption(
  state: AppState,
  channel: RequestChannel,
  change: { format?: ExportFormat; mapId?: string; includeAuthors?: boolean },
): Promise<void> {
  const hadResult = state.exportResult.value !== null || state.isExporting.value;
  batch(() => {
    if (change.format !== undefined) state.format.value = change.format;
    if (change.mapId !== undefined) state.chosenMapId.value = change.mapId;
    if (change.includeAuthors !== undefined) state.includeAuthors.value = change.includeAuthors;
  });
  return hadResult ? readMapAsync(state, channel) : Promise.resolve();
}

export async function listMapsAsync(state: AppState, channel: RequestChannel): Promise<void> {
  try {
    const answer = await channel.requestAsync({ type: 'list-maps' }, { timeoutMilliseconds: REQUEST_TIMEOUTS.listMaps });
    batch(() => {
      state.maps.value = answer.maps;
      state.mapListStatus.value = answer.maps.length === 0 ? { tone: 'info', text: USER_MESSAGES.noMapsListed } : null;
    });
  } catch (error) {
    state.mapListStatus.value = { tone: 'error', text: describeRequestFailure(error) };
  }
}

export async function zoomToNoteAsync(state: AppState, channel: RequestChannel, nodeId: string): Promise<void> {
  const { [nodeId]: _previous, ...others } = state.zoomErrors.value;
  state.zoomErrors.value = others;
  try {
    await channel.requestAsync({ type: 'zoom-to-node', nodeId }, { timeoutMilliseconds: REQUEST_TIMEOUTS.zoomToNode });
  } catch (error) {
    state.zoomErrors.value = { ...state.zoomErrors.value, [nodeId]: describeRequestFailure(error) };
  }
}
