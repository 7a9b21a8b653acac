import type { StageDraft } from '../state/spec-draft';
import { describeError, FieldError } from './field-error';
import { errorIdOf, stageNameId } from './field-element-id';
import { stageFieldKey } from '../state/field-key';

interface StageRowProps {
  stage: StageDraft;
  position: number;
  count: number;
  error: string | undefined;
  onRename: (name: string) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
}

export function moveButtonId(key: string, offset: number): string {
  return `stage-move-${offset < 0 ? 'up' : 'down'}-${key}`;
}

export function StageRow({ stage, position, count, error, onRename, onMove, onRemove }: StageRowProps) {
  const inputId = stageNameId(stage.key);
  const errorId = errorIdOf(stageFieldKey(stage.key));
  const label = `Stage ${position}`;
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
          maxLength={60}
          {...describeError(errorId, error)}
          onInput={(event) => onRename(event.currentTarget.value)}
        />
        <button
          id={moveButtonId(stage.key, -1)}
          type="button"
          class="icon-button"
          aria-label={`Move ${label.toLowerCase()} earlier`}
          disabled={position === 1}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          id={moveButtonId(stage.key, 1)}
          type="button"
          class="icon-button"
          aria-label={`Move ${label.toLowerCase()} later`}
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
      <FieldError id={errorId} message={error} />
    </li>
  );
}
