import type { ComponentChildren } from 'preact';
import type { StageDraft } from '../state/spec-draft';
import { describeError, FieldError } from './field-error';
import { errorIdOf, stageNameId } from './field-element-id';
import { laneFieldKey, stageFieldKey } from '../state/field-key';
import { SPEC_TEXT_LIMITS } from '../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { usePasteCutNote } from './use-paste-cut-note';

interface StageRowProps {
  stage: Pick<StageDraft, 'key' | 'name'>;
  position: number;
  count: number;
  error: string | undefined;
  onRename: (name: string) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
  /** What the row is, for its label: "Stage 2", "Lane 3". */
  noun?: 'Stage' | 'Lane';
  /** Notes in this stage or lane on the board, shown beside it; absent for a row not drawn yet. */
  noteCount?: number | undefined;
  /** More of the row under its name, such as the stage's description. */
  children?: ComponentChildren;
}

export function moveButtonId(key: string, offset: number): string {
  return `stage-move-${offset < 0 ? 'up' : 'down'}-${key}`;
}

export function StageRow({ stage, position, count, error, onRename, onMove, onRemove, noun = 'Stage', noteCount, children }: StageRowProps) {
  const inputId = stageNameId(stage.key);
  const errorId = errorIdOf(noun === 'Stage' ? stageFieldKey(stage.key) : laneFieldKey(stage.key));
  const label = `${noun} ${position}`;
  const pasteCut = usePasteCutNote(inputId, SPEC_TEXT_LIMITS.name);
  return (
    <li class="row-item">
      <div class="row">
        <label class="row-number" for={inputId}>
          {label}
        </label>
        <input
          id={inputId}
          class="input row-input"
          type="text"
          value={stage.name}
          maxLength={SPEC_TEXT_LIMITS.name}
          {...describeError(errorId, error)}
          {...pasteCut.handlers}
          onInput={(event) => onRename(event.currentTarget.value)}
        />
        {noteCount !== undefined && <span class="row-count">{USER_MESSAGES.noteCount(noteCount)}</span>}
        <button
          id={moveButtonId(stage.key, -1)}
          type="button"
          class="icon-button"
          aria-label={USER_MESSAGES.moveRow(label, noun, -1)}
          disabled={position === 1}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          id={moveButtonId(stage.key, 1)}
          type="button"
          class="icon-button"
          aria-label={USER_MESSAGES.moveRow(label, noun, 1)}
          disabled={position === count}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={`Remove ${label.toLowerCase()}`}
          disabled={count === 1}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {children}
      <FieldError id={errorId} message={error} />
      {pasteCut.note}
    </li>
  );
}
