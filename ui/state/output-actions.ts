import type { ExportFormat } from '../../src/core/journey/journey-schema';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { copyTextAsync } from '../io/copy-text';
import type { CopyEnvironment } from '../io/copy-text';
import { downloadText } from '../io/download-text';
import type { DownloadEnvironment } from '../io/download-text';
import { computeExportFile } from '../io/export-file';
import type { AppState } from './create-app-state';

/** The format of what was downloaded or copied is the person's choice next time; saving it reads nothing. */
function rememberFormat(channel: RequestChannel, format: ExportFormat): void {
  channel.send({ type: 'save-preferences', preferences: { format } });
}

export function downloadExport(state: AppState, channel: RequestChannel, environment: DownloadEnvironment): void {
  const result = state.exportResult.value;
  if (!result) return;
  rememberFormat(channel, result.format);
  const file = computeExportFile(result.journey.title, result.format);
  downloadText(environment, result.text, file);
  state.outputStatus.value = { tone: 'success', text: USER_MESSAGES.downloadStarted(file.fileName) };
}

export async function copyExportAsync(state: AppState, channel: RequestChannel, environment: CopyEnvironment): Promise<void> {
  const result = state.exportResult.value;
  if (!result) return;
  rememberFormat(channel, result.format);
  const copied = await copyTextAsync(environment, result.text);
  state.outputStatus.value = copied
    ? { tone: 'success', text: USER_MESSAGES.copied }
    : { tone: 'error', text: USER_MESSAGES.copyFailed };
}
