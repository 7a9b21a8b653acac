import { useState } from 'preact/hooks';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { PositionScored } from '../state/compute-export-preview';
import { useApp } from './app-context';
import { FieldError } from './field-error';

/**
 * How many emotion scores came from where a note sits rather than from what it says, with a button that shows
 * those notes on the board one after another, so a person can check them or write a score on them.
 */
export function PositionScoredNotice({ positionScored }: { positionScored: PositionScored }) {
  const { state, actions } = useApp();
  const [shownIndex, setShownIndex] = useState<number | null>(null);
  const { count, noteIds } = positionScored;
  if (count === 0) return null;
  const index = shownIndex === null ? 0 : (shownIndex + 1) % noteIds.length;
  const shown = shownIndex === null ? undefined : noteIds[shownIndex];
  const error = shown === undefined ? undefined : state.zoomErrors.value[shown];
  return (
    <div class="notice" id="position-scored">
      <p class="hint">
        <strong>{USER_MESSAGES.positionScored(count)}</strong>. {USER_MESSAGES.positionScoredHint}
      </p>
      {noteIds.length > 0 && (
        <button
          type="button"
          class="button secondary small"
          aria-describedby={error === undefined ? undefined : 'position-scored-error'}
          onClick={() => {
            void actions.zoomToNoteAsync(noteIds[index]!);
            setShownIndex(index);
          }}
        >
          {noteIds.length === 1 ? 'Show on board' : `Show note ${index + 1} of ${noteIds.length} on board`}
        </button>
      )}
      <FieldError id="position-scored-error" message={error} />
    </div>
  );
}
