import { SPEC_TEXT_LIMITS } from '../../src/core/template/template-spec';
import type { LaneDraft } from '../state/spec-draft';
import { laneFieldKey } from '../state/field-key';
import { describeError, FieldError } from './field-error';
import { errorIdOf, laneControlId } from './field-element-id';
import { usePasteCutNote } from './use-paste-cut-note';

interface LaneRowProps {
  lane: LaneDraft;
  canCheck: boolean;
  error: string | undefined;
  onCheck: (checked: boolean) => void;
  onRename: (name: string) => void;
  onRemove: () => void;
}

export function LaneRow({ lane, canCheck, error, onCheck, onRename, onRemove }: LaneRowProps) {
  const checkId = laneControlId(lane.key, 'check');
  const nameId = laneControlId(lane.key, 'name');
  const errorId = errorIdOf(laneFieldKey(lane.key));
  const isCustom = lane.presetId === null;
  const pasteCut = usePasteCutNote(nameId, SPEC_TEXT_LIMITS.name);
  const checkbox = (
    <input
      id={checkId}
      type="checkbox"
      class="checkbox"
      checked={lane.checked}
      disabled={!lane.checked && !canCheck}
      {...(isCustom ? { 'aria-label': `Include ${lane.name.trim() || 'custom lane'}` } : describeError(errorId, error))}
      onChange={(event) => onCheck(event.currentTarget.checked)}
    />
  );
  return (
    <li class="row-item">
      <div class="row">
        {isCustom ? (
          <>
            {checkbox}
            <input
              id={nameId}
              class="input row-input"
              type="text"
              value={lane.name}
              maxLength={SPEC_TEXT_LIMITS.name}
              aria-label="Custom lane name"
              {...describeError(errorId, error)}
              {...pasteCut.handlers}
              onInput={(event) => onRename(event.currentTarget.value)}
            />
            <button type="button" class="icon-button" aria-label={`Remove lane ${lane.name}`} onClick={onRemove}>
              ×
            </button>
          </>
        ) : (
          <label class="check-label">
            {checkbox}
            {lane.name}
          </label>
        )}
      </div>
      <FieldError id={errorId} message={error} />
      {pasteCut.note}
    </li>
  );
}
