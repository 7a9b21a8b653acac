import { USER_MESSAGES } from '../../src/core/user-messages';
import { copyTextAsync } from '../io/copy-text';
import type { CopyEnvironment } from '../io/copy-text';
import { downloadText } from '../io/download-text';
import type { DownloadEnvironment } from '../io/download-text';
import { computeExportFile } from '../io/export-file';
import type { AppState } from './create-app-state';

export function downloadExport(state: AppState, environment: DownloadEnvironment): void {
  const result = state.exportResult.value;
  if (!result) return;
  const file = computeExportFile(result.journey.title, result.format);
  downloadText(environment, result.text, file);
  state.outputStatus.value = { tone: 'success', text: USER_MESSAGES.downloadStarted(file.fileName) };
}

export async function copyExportAsync(state: AppState, environment: CopyEnvironment): Promise<void> {
  const result = state.exportResult.value;
  if (!result) return;
  const copied = await copyTextAsync(environment, result.text);
  state.outputStatus.value = copied
    ? { tone: 'success', text: USER_MESSAGES.copied }
    : { tone: 'error', text: USER_MESSAGES.copyFailed };
}
