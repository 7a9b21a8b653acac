import { USER_MESSAGES } from '../../src/core/user-messages';
import { useApp } from './app-context';
import { StatusLine } from './status-line';

/** A big board is read in steps; the sandbox reports each, and the bar and the status line follow. */
export function ExportProgress() {
  const { state } = useApp();
  const progress = state.exportProgress.value;
  const status =
    progress === null
      ? state.exportStatus.value
      : { tone: 'info' as const, text: USER_MESSAGES.readingProgress(progress.phase, progress.done, progress.total) };
  return (
    <div class="progress-area">
      {state.isExporting.value && (
        <progress
          class="progress"
          aria-label="Reading the map"
          {...(progress !== null && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
        />
      )}
      <StatusLine id="export-status" status={status} />
    </div>
  );
}
