import { STAGE_PRESETS } from '../../src/core/presets';
import { MAX_STAGES } from '../../src/core/template-spec';
import { USER_MESSAGES } from '../../src/core/user-messages';
import { stageFieldKey } from '../state/field-key';
import {
  addStage,
  applyStagePreset,
  canAddStage,
  findMatchingStagePreset,
  moveStage,
  removeStage,
  renameStage,
} from '../state/stage-editing';
import { useApp } from './app-context';
import { FieldError, describeError } from './field-error';
import { errorIdOf, stageNameId } from './field-element-id';
import { moveButtonId, StageRow } from './stage-row';

const CUSTOM_PRESET = 'custom';

/** Focus after the list has been drawn again: a moved row's DOM node may have lost it. */
function focusLater(id: string, fallbackId?: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    const target = element instanceof HTMLButtonElement && element.disabled && fallbackId ? document.getElementById(fallbackId) : element;
    target?.focus();
    // A new stage's placeholder name is selected, so typing replaces it.
    if (target instanceof HTMLInputElement) target.select();
  });
}

export function StageEditor() {
  const { state, actions } = useApp();
  const draft = state.draft.value;
  const errors = state.fieldErrors.value;
  const matchingPreset = findMatchingStagePreset(draft);
  const listError = errors.stages;
  const listErrorId = errorIdOf('stages');
  return (
    <fieldset class="group">
      <legend class="group-title">Stages</legend>
      <div class="field">
        <label class="label" for="stage-preset">
          Stage preset
        </label>
        <select
          id="stage-preset"
          class="input"
          value={matchingPreset?.id ?? CUSTOM_PRESET}
          {...describeError(listErrorId, listError)}
          onChange={(event) => {
            const presetId = event.currentTarget.value;
            if (presetId !== CUSTOM_PRESET) actions.editDraft((current) => applyStagePreset(current, presetId));
          }}
        >
          {STAGE_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name} ({preset.stages.length})
            </option>
          ))}
          {matchingPreset === null && <option value={CUSTOM_PRESET}>Your own stages</option>}
        </select>
        <FieldError id={listErrorId} message={listError} />
      </div>
      <ol class="rows" aria-label="Stages, left to right">
        {draft.stages.map((stage, index) => (
          <StageRow
            key={stage.key}
            stage={stage}
            position={index + 1}
            count={draft.stages.length}
            error={errors[stageFieldKey(stage.key)]}
            onRename={(name) => actions.editDraft((current) => renameStage(current, stage.key, name))}
            onMove={(offset) => {
              actions.editDraft((current) => moveStage(current, stage.key, offset));
              focusLater(moveButtonId(stage.key, offset), moveButtonId(stage.key, -offset));
            }}
            onRemove={() => {
              const neighbour = draft.stages[index + 1] ?? draft.stages[index - 1];
              actions.editDraft((current) => removeStage(current, stage.key));
              if (neighbour) focusLater(stageNameId(neighbour.key));
            }}
          />
        ))}
      </ol>
      <button
        type="button"
        class="button secondary"
        disabled={!canAddStage(draft)}
        onClick={() => {
          const next = addStage(draft);
          const added = next.stages[next.stages.length - 1];
          actions.editDraft(() => next);
          if (added) focusLater(stageNameId(added.key));
        }}
      >
        Add stage
      </button>
      {!canAddStage(draft) && <p class="hint">{USER_MESSAGES.stageLimit(MAX_STAGES)}</p>}
    </fieldset>
  );
}
