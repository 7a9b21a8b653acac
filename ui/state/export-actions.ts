import { batch } from '@preact/signals';
import type { ExportFormat } from '../../src/core/journey/journey-schema';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { describeRequestFailure } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState } from './create-app-state';

export async function readMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const sequence = ++state.exportReadCount.value;
  const mapId = state.selectedMap.value?.mapId;
  batch(() => {
    state.isExporting.value = true;
    state.exportReadMapId.value = mapId;
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
    const lacking = answer.warnings?.length ?? 0;
    batch(() => {
      state.exportResult.value = answer;
      // A map that lacks parts is read, but not whole: the status line says so, in the warning colour.
      state.exportStatus.value =
        lacking === 0
          ? { tone: 'success', text: USER_MESSAGES.mapRead(counts.notes, counts.unplaced) }
          : { tone: 'warning', text: USER_MESSAGES.mapReadLacking(counts.notes, counts.unplaced, lacking) };
    });
    // The format changed while the board was read: the reading stands, only its text is made again.
    if (answer.format !== state.format.value) void formatExportAsync(state, channel);
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

/**
 * The journey on hand in the chosen format, made by the sandbox from the reading the panel holds: no board read,
 * however often the format changes. Only the newest change's text is kept.
 */
export async function formatExportAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const result = state.exportResult.value;
  const format = state.format.value;
  // Any text still on its way is for a format no longer chosen.
  const sequence = ++state.exportFormatCount.value;
  if (result === null || result.format === format) {
    state.isFormatting.value = false;
    return;
  }
  const readSequence = state.exportReadCount.value;
  const isCurrent = () => sequence === state.exportFormatCount.value && readSequence === state.exportReadCount.value;
  batch(() => {
    state.isFormatting.value = true;
    state.outputStatus.value = { tone: 'info', text: USER_MESSAGES.formattingExport };
  });
  try {
    const answer = await channel.requestAsync(
      { type: 'format-journey', journey: result.journey, format },
      { timeoutMilliseconds: REQUEST_TIMEOUTS.formatJourney },
    );
    if (!isCurrent()) return;
    batch(() => {
      state.exportResult.value = { ...result, format: answer.format, text: answer.text };
      state.outputStatus.value = null;
    });
  } catch (error) {
    if (isCurrent()) state.outputStatus.value = { tone: 'error', text: describeRequestFailure(error) };
  } finally {
    if (sequence === state.exportFormatCount.value) state.isFormatting.value = false;
  }
}

/**
 * A change of the map or of what is read (authors) makes the reading stale: read again, but only once something
 * was read. A change of format only changes the text: it is made from the reading on hand.
 */
export function setExportOption(
  state: AppState,
  channel: RequestChannel,
  change: { format?: ExportFormat; mapId?: string; includeAuthors?: boolean },
): Promise<void> {
  const hadResult = state.exportResult.value !== null || state.isExporting.value;
  const changesReading =
    (change.mapId !== undefined && change.mapId !== state.selectedMap.value?.mapId) ||
    (change.includeAuthors !== undefined && change.includeAuthors !== state.includeAuthors.value);
  batch(() => {
    if (change.format !== undefined) state.format.value = change.format;
    if (change.mapId !== undefined) state.chosenMapId.value = change.mapId;
    if (change.includeAuthors !== undefined) state.includeAuthors.value = change.includeAuthors;
  });
  if (!hadResult) return Promise.resolve();
  if (changesReading) return readMapAsync(state, channel);
  // While a read runs, its answer is formatted once it arrives (see readMapAsync).
  return state.isExporting.value ? Promise.resolve() : formatExportAsync(state, channel);
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
