import { useEffect } from 'preact/hooks';
import { SPEC_TEXT_LIMITS } from '../../src/core/template/template-spec';
import { useApp } from './app-context';
import { CREATE_BUTTON_ID, errorIdOf, fieldElementId } from './field-element-id';
import { LaneChecklist } from './lane-checklist';
import { BoardOptions } from './board-options';
import { MapMiniature } from './map-miniature';
import { StageEditor } from './stage-editor';
import { StatusLine } from './status-line';
import { TextField } from './text-field';

export function CreatePanel() {
  const { state, actions } = useApp();
  const draft = state.draft.value;
  const errors = state.fieldErrors.value;
  const focusRequest = state.focusRequest.value;

  useEffect(() => {
    if (focusRequest === null) return;
    document.getElementById(fieldElementId(focusRequest.field, state.draft.peek()))?.focus();
    state.focusRequest.value = null;
  }, [focusRequest]);

  const formError = errors.form;
  return (
    <div class="panel-body">
      <TextField
        id="map-title"
        label="Title"
        value={draft.title}
        maxLength={SPEC_TEXT_LIMITS.title}
        error={errors.title}
        onInput={(title) => actions.editDraft((current) => ({ ...current, title }))}
      />
      <fieldset class="group">
        <legend class="group-title">Persona</legend>
        <TextField
          id="persona-name"
          label="Name"
          value={draft.personaName}
          maxLength={SPEC_TEXT_LIMITS.personaName}
          error={errors['persona.name']}
          onInput={(personaName) => actions.editDraft((current) => ({ ...current, personaName }))}
        />
        <TextField
          id="persona-role"
          label="Role (optional)"
          value={draft.personaRole ?? ''}
          maxLength={SPEC_TEXT_LIMITS.personaRole}
          error={errors['persona.role']}
          onInput={(personaRole) => actions.editDraft((current) => ({ ...current, personaRole }))}
        />
        <TextField
          id="persona-description"
          label="Short description"
          value={draft.personaDescription}
          maxLength={SPEC_TEXT_LIMITS.personaDescription}
          multiline
          error={errors['persona.description']}
          onInput={(personaDescription) => actions.editDraft((current) => ({ ...current, personaDescription }))}
        />
      </fieldset>
      <StageEditor draft={draft} errors={errors} onEdit={actions.editDraft} showPresets showDescriptions />
      <LaneChecklist />
      <BoardOptions />
      <section class="group" aria-labelledby="preview-title">
        <h2 id="preview-title" class="group-title">
          Preview
        </h2>
        <MapMiniature />
      </section>
      <div class="actions sticky-actions">
        <button
          id={CREATE_BUTTON_ID}
          type="button"
          class="button primary"
          aria-describedby="create-status"
          aria-disabled={state.isCreating.value}
          onClick={() => void actions.createMapAsync()}
        >
          {state.isCreating.value ? 'Drawing…' : 'Draw map'}
        </button>
        <StatusLine id="create-status" status={state.createStatus.value} />
        {formError !== undefined && formError !== state.createStatus.value?.text && (
          <p id={errorIdOf('form')} class="field-error">
            {formError}
          </p>
        )}
      </div>
    </div>
  );
}
