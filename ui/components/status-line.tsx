import type { StatusMessage } from '../state/create-app-state';

interface StatusLineProps {
  id?: string;
  status: StatusMessage | null;
}

/** Always in the page, empty when there is nothing to say, so screen readers hear each new message. */
export function StatusLine({ id, status }: StatusLineProps) {
  return (
    <p id={id} class={`status status-${status?.tone ?? 'none'}`} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
}
