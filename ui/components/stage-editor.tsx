import { STAGE_PRESETS } from '../../src/core/template/presets';
import { MAX_STAGES } from '../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { stageFieldKey } from '../state/field-key';
import {
  addStage,
  applyStagePreset,
  canAddStage,
  findMatchingStagePreset,
  moveStage,
  removeStage,
  renameStage,
  restoreOwnStages,
  describeStage,
} from '../state/stage-editing';
import type { SpecDraft, StageDraft } from '../state/spec-draft';
import type { FieldErrors } from '../state/validate-draft';
import { FieldError, describeError } from './field-error';
import { errorIdOf, stageNameId } from './field-element-id';
import { focusLater } from './focus-later';
import { moveButtonId, StageRow } from './stage-row';
import { StageDescriptionInput } from './stage-description-input';

const CUSTOM_PRESET = 'custom';

interface StageEditorProps {
  draft: SpecDraft;
  errors: FieldErrors;
  onEdit: (edit: (draft: SpecDraft) => SpecDraft) => void;
  /** The presets replace every stage: offered when creating a map, not when editing a drawn one. */
  showPresets: boolean;
  /** How many notes a stage holds now, for a stage already on the board. */
  noteCountOf?: (stage: StageDraft) => number | undefined;
  /** Each row offers the stage's one-line description under its name, in the Create and the Edit tab alike. */
  showDescriptions?: boolean;
}

function StagePresetPicker({ draft, error, onEdit }: Pick<StageEditorProps, 'draft' | 'onEdit'> & { error: string | undefined }) {
  const matchingPreset = findMatchingStagePreset(draft);
  const listErrorId = errorIdOf('stages');
  // Replaced stages can be had back: from the list, as "Your own stages", or from the notice's Undo.
  const replaced = matchingPreset !== null ? draft.ownStages : undefined;
  return (
    <div class="field">
      <label class="label" for="stage-preset">
        Stage preset
      </label>
      <select
        id="stage-preset"
        class="input"
        value={matchingPreset?.id ?? CUSTOM_PRESET}
        {...describeError(listErrorId, error)}
        onChange={(event) => {
          const presetId = event.currentTarget.value;
          if (presetId === CUSTOM_PRESET) onEdit(restoreOwnStages);
          else onEdit((current) => applyStagePreset(current, presetId));
        }}
      >
        {STAGE_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name} ({preset.stages.length})
          </option>
        ))}
        {(matchingPreset === null || replaced !== undefined) && <option value={CUSTOM_PRESET}>Your own stages</option>}
      </select>
      <FieldError id={listErrorId} message={error} />
      {replaced !== undefined && (
        <div class="notice" role="status">
          <p class="hint">{USER_MESSAGES.presetReplacedStages(replaced.length)}</p>
          <button type="button" class="button secondary small" onClick={() => onEdit(restoreOwnStages)}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}

export function StageEditor({ draft, errors, onEdit, showPresets, noteCountOf, showDescriptions = false }: StageEditorProps) {
  const listError = errors.stages;
  const listErrorId = errorIdOf('stages');
  return (
    <fieldset class="group">
      <legend class="group-title">Stages</legend>
      {showPresets ? (
        <StagePresetPicker draft={draft} error={listError} onEdit={onEdit} />
      ) : (
        <FieldError id={listErrorId} message={listError} />
      )}
      <ol class="rows" aria-label="Stages, left to right">
        {draft.stages.map((stage, index) => (
          <StageRow
            key={stage.key}
            stage={stage}
            position={index + 1}
            count={draft.stages.length}
            error={errors[stageFieldKey(stage.key)]}
            noteCount={noteCountOf?.(stage)}
            onRename={(name) => onEdit((current) => renameStage(current, stage.key, name))}
            onMove={(offset) => {
              onEdit((current) => moveStage(current, stage.key, offset));
              focusLater(moveButtonId(stage.key, offset), moveButtonId(stage.key, -offset));
            }}
            onRemove={() => {
              const neighbour = draft.stages[index + 1] ?? draft.stages[index - 1];
              onEdit((current) => removeStage(current, stage.key));
              if (neighbour) focusLater(stageNameId(neighbour.key));
            }}
          >
            {showDescriptions && (
              <StageDescriptionInput
                stageKey={stage.key}
                position={index + 1}
                value={stage.description ?? ''}
                onInput={(description) => onEdit((current) => describeStage(current, stage.key, description))}
              />
            )}
          </StageRow>
        ))}
      </ol>
      <button
        type="button"
        class="button secondary"
        disabled={!canAddStage(draft)}
        onClick={() => {
          const next = addStage(draft);
          const added = next.stages[next.stages.length - 1];
          onEdit(() => next);
          if (added) focusLater(stageNameId(added.key));
        }}
      >
        Add stage
      </button>
      {!canAddStage(draft) && <p class="hint">{USER_MESSAGES.stageLimit(MAX_STAGES)}</p>}
    </fieldset>
  );
}
