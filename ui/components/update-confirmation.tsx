import { useEffect } from 'preact/hooks';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { useApp } from './app-context';

export const APPLY_BUTTON_ID = 'apply-map-changes';
const CONFIRM_BUTTON_ID = 'confirm-map-update';
const CANCEL_BUTTON_ID = 'cancel-map-update';

/** Asks before an update removes stages or lanes that hold notes; nothing is sent unless the person agrees. */
export function UpdateConfirmation() {
  const { state, actions } = useApp();
  const pending = state.pendingConfirmation.value;
  // Focus on the safe answer: an Enter pressed out of habit keeps the map as it is.
  useEffect(() => {
    if (pending !== null) document.getElementById(CANCEL_BUTTON_ID)?.focus();
  }, [pending]);
  if (pending === null) return null;
  // The question goes away either way; focus goes back where the person was, not to the page.
  const confirm = () => {
    void actions.confirmMapUpdateAsync();
    document.getElementById(APPLY_BUTTON_ID)?.focus();
  };
  const cancel = () => {
    actions.cancelMapUpdate();
    document.getElementById(APPLY_BUTTON_ID)?.focus();
  };
  return (
    <div
      class="confirmation"
      role="alertdialog"
      aria-labelledby="confirm-update-title"
      aria-describedby="confirm-update-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <h2 id="confirm-update-title" class="confirmation-title">
        {USER_MESSAGES.confirmRemovalTitle}
      </h2>
      <p id="confirm-update-text" class="confirmation-text">
        {USER_MESSAGES.removalHoldsNotes(pending.notes, USER_MESSAGES.removedParts(pending.stages, pending.lanes))}{' '}
        {USER_MESSAGES.notesKeptBeside}
      </p>
      <div class="button-row">
        <button id={CONFIRM_BUTTON_ID} type="button" class="button primary" onClick={confirm}>
          Remove, keep notes
        </button>
        <button id={CANCEL_BUTTON_ID} type="button" class="button secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
