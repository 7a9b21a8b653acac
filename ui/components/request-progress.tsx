import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { ProgressMessage } from '../channel/request-channel';
import type { StatusMessage } from '../state/create-app-state';
import { StatusLine } from './status-line';

interface RequestProgressProps {
  /** The status line's id, for the `aria-describedby` of the button that started the request. */
  id: string;
  /** What the bar stands for, read out by screen readers. */
  label: string;
  busy: boolean;
  progress: ProgressMessage | null;
  status: StatusMessage | null;
}

/** A big board is read or drawn in steps; the sandbox reports each, and the bar and the status line follow. */
export function RequestProgress({ id, label, busy, progress, status }: RequestProgressProps) {
  const shown =
    progress === null ? status : { tone: 'info' as const, text: USER_MESSAGES.readingProgress(progress.phase, progress.done, progress.total) };
  return (
    <div class="progress-area">
      {busy && (
        <progress
          class="progress"
          aria-label={label}
          {...(progress !== null && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
        />
      )}
      <StatusLine id={id} status={shown} />
    </div>
  );
}
