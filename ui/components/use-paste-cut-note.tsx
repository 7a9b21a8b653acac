import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { isPasteCut } from '../state/is-paste-cut';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text box's `maxLength` cuts a pasted text without a word. This notices a paste that was cut, for a note under
 * the box, until the person types in it again. Spread `handlers` on the box and show `note` under it.
 */
export function usePasteCutNote(id: string, maxLength: number) {
  const [cut, setCut] = useState(false);
  const noteId = `${id}-cut`;
  const handlers = {
    onPaste: (event: JSX.TargetedClipboardEvent<TextControl>) => {
      const box = event.currentTarget;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      setCut(isPasteCut(box.value, { start: box.selectionStart ?? box.value.length, end: box.selectionEnd ?? box.value.length }, pasted, maxLength));
    },
    onKeyDown: () => {
      if (cut) setCut(false);
    },
  };
  const note = cut ? (
    <p id={noteId} class="hint field-note" role="status">
      {USER_MESSAGES.pastedTextCut(maxLength)}
    </p>
  ) : null;
  return { handlers, note, noteId: cut ? noteId : undefined };
}
