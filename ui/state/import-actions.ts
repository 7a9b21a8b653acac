import { batch } from '@preact/signals';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { describeRequestFailure, RequestError } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState } from './create-app-state';
import { listMapsAsync } from './export-actions';
import { refreshMapSpecAsync } from './map-edit-actions';
import { isReadableText } from './is-readable-text';
import { parseJourneyText } from './parse-journey-text';

/** What the panel needs of a chosen file: its name and its text (a DOM `File` is one). */
export interface TextFile {
  name: string;
  text(): Promise<string>;
}

export function setImportText(state: AppState, text: string): void {
  batch(() => {
    state.importText.value = text;
    if (state.isImporting.value) return;
    state.importStatus.value = null;
    state.importProblems.value = [];
  });
}

/**
 * A chosen file's text goes into the text box, where it can be read and fixed before importing. A file that is
 * not text (an image, a spreadsheet) is refused before it gets there, and the text box keeps what it held.
 */
export async function readImportFileAsync(state: AppState, file: TextFile): Promise<void> {
  try {
    const text = await file.text();
    if (!isReadableText(text)) {
      state.importStatus.value = { tone: 'error', text: USER_MESSAGES.importFileNotText(file.name) };
      return;
    }
    setImportText(state, text);
    state.importStatus.value = { tone: 'info', text: USER_MESSAGES.importFileRead(file.name) };
  } catch {
    state.importStatus.value = { tone: 'error', text: USER_MESSAGES.importFileUnreadable(file.name) };
  }
}

function showImportProblem(state: AppState, text: string, problems: readonly string[] = []): void {
  batch(() => {
    state.importStatus.value = { tone: 'error', text };
    state.importProblems.value = problems;
  });
}

export async function importMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  if (state.isImporting.value) return;
  const text = state.importText.value;
  if (text.trim() === '') return showImportProblem(state, USER_MESSAGES.importEmpty);
  const parsed = parseJourneyText(text);
  if (!parsed.ok) {
    batch(() => {
      showImportProblem(state, USER_MESSAGES.importNotJson(parsed.line, parsed.column));
      state.importErrorPlace.value = { offset: parsed.offset };
    });
    return;
  }
  batch(() => {
    state.isImporting.value = true;
    state.importProgress.value = null;
    state.importProblems.value = [];
    state.importStatus.value = { tone: 'info', text: USER_MESSAGES.importing };
  });
  try {
    const answer = await channel.requestAsync(
      { type: 'import-map', journey: parsed.journey },
      { timeoutMilliseconds: REQUEST_TIMEOUTS.importMap, onProgress: (progress) => (state.importProgress.value = progress) },
    );
    batch(() => {
      state.importStatus.value = {
        tone: 'success',
        text: [
          answer.updated ? USER_MESSAGES.mapImportUpdated(answer.notesAdded, answer.notesKept, answer.notesMoved, answer.notesKeptBeside) : USER_MESSAGES.mapImported(answer.notesAdded),
          answer.namesFitted === undefined ? '' : USER_MESSAGES.namesFitted(answer.namesFitted),
        ]
          .filter((sentence) => sentence !== '')
          .join('. '),
      };
      state.chosenMapId.value = answer.mapId;
    });
    await listMapsAsync(state, channel);
    // The import changed a map that may be open for editing: the form follows, keeping changes not applied.
    if (answer.updated) await refreshMapSpecAsync(state, channel, answer.mapId);
  } catch (error) {
    showImportProblem(state, describeRequestFailure(error), error instanceof RequestError ? error.problems : []);
  } finally {
    batch(() => {
      state.isImporting.value = false;
      state.importProgress.value = null;
    });
  }
}
