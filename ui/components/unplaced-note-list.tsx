import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { UnplacedPreviewNote } from '../state/compute-export-preview';
import { useApp } from './app-context';
import { FieldError } from './field-error';

interface UnplacedNoteListProps {
  notes: readonly UnplacedPreviewNote[];
  notShown: number;
}

/** Each note with a button that brings the board to it, so it can be dragged into a cell. */
export function UnplacedNoteList({ notes, notShown }: UnplacedNoteListProps) {
  const { state, actions } = useApp();
  const zoomErrors = state.zoomErrors.value;
  if (notes.length === 0) return <p class="hint">{USER_MESSAGES.everyNotePlaced}</p>;
  return (
    <>
      <ul class="note-list">
        {notes.map((note, index) => {
          const textId = `unplaced-text-${index}`;
          const errorId = `unplaced-error-${index}`;
          const error = zoomErrors[note.id];
          return (
            <li key={note.id} class="note">
              <span id={textId} class="note-text">
                {note.text.trim() === '' ? USER_MESSAGES.emptyNote : note.text}
              </span>
              <span class="note-meta">{USER_MESSAGES.unplacedReasons[note.reason]}</span>
              <button
                type="button"
                class="button secondary small"
                aria-describedby={error === undefined ? textId : `${textId} ${errorId}`}
                onClick={() => void actions.zoomToNoteAsync(note.id)}
              >
                Show on board
              </button>
              <FieldError id={errorId} message={error} />
            </li>
          );
        })}
      </ul>
      {notShown > 0 && <p class="hint">{USER_MESSAGES.moreUnplaced(notShown)}</p>}
    </>
  );
}
