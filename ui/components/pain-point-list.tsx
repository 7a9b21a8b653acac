import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RankedPreviewNote } from '../state/compute-export-preview';

export function PainPointList({ notes, emptyText = USER_MESSAGES.noPainPoints }: { notes: readonly RankedPreviewNote[]; emptyText?: string }) {
  if (notes.length === 0) return <p class="hint">{emptyText}</p>;
  return (
    <ol class="note-list">
      {notes.map((note) => (
        <li key={note.id} class="note">
          <span class="note-text">{note.text}</span>
          <span class="note-meta">
            {USER_MESSAGES.voteCount(note.votes)} · {note.stageName}
          </span>
        </li>
      ))}
    </ol>
  );
}
