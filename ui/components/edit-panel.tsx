import { useEffect } from 'preact/hooks';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { useApp } from './app-context';
import { MapActionButtons } from './map-action-buttons';
import { MapLaneEditor } from './map-lane-editor';
import { MapPicker } from './map-picker';
import { StageEditor } from './stage-editor';
import { RequestProgress } from './request-progress';
import { APPLY_BUTTON_ID, UpdateConfirmation } from './update-confirmation';

/** The chosen map's stages and lanes as on the board, to change them in place, and the note counts of each. */
function MapStructureEditor() {
  const { state, actions } = useApp();
  const edit = state.mapEdit.value;
  const draft = state.mapDraft.value;
  const chosen = state.selectedMap.value;
  const isUpdating = state.isUpdatingMap.value;
  const hasChanges = state.hasMapChanges.value;
  const errors = state.mapDraftErrors.value;
  return (
    <>
      {edit !== null && chosen !== null && edit.mapId !== chosen.mapId && (
        <div class="notice">
          <p class="hint">{USER_MESSAGES.changesNotApplied(edit.title)}</p>
          <button type="button" class="button secondary small" onClick={() => void actions.reloadMapSpecAsync()}>
            Discard and edit the chosen map
          </button>
        </div>
      )}
      {edit !== null && draft !== null && (
        <>
          <StageEditor
            draft={draft}
            errors={errors}
            onEdit={actions.editMapDraft}
            showPresets={false}
            showDescriptions
            noteCountOf={(stage) => (stage.id === undefined ? undefined : (edit.notesByStage[stage.id] ?? 0))}
          />
          <MapLaneEditor
            draft={draft}
            errors={errors}
            onEdit={actions.editMapDraft}
            noteCountOf={(lane) => (lane.id === undefined ? undefined : (edit.notesByLane[lane.id] ?? 0))}
          />
        </>
      )}
      <div class="actions sticky-actions">
        {edit !== null && draft !== null && (
          <div class="button-row">
            <button
              id={APPLY_BUTTON_ID}
              type="button"
              class="button primary"
              aria-describedby="map-edit-status"
              aria-disabled={isUpdating}
              onClick={() => void actions.applyMapChangesAsync()}
            >
              {isUpdating ? 'Applying…' : 'Apply changes'}
            </button>
            <button type="button" class="button secondary" disabled={!hasChanges || isUpdating} onClick={() => void actions.reloadMapSpecAsync()}>
              Discard changes
            </button>
          </div>
        )}
        <UpdateConfirmation />
        <RequestProgress
          id="map-edit-status"
          label="Applying the changes"
          busy={isUpdating}
          progress={state.mapEditProgress.value}
          status={state.mapEditStatus.value}
        />
      </div>
    </>
  );
}

export function EditPanel() {
  const { state, actions } = useApp();
  const chosenId = state.selectedMap.value?.mapId;
  useEffect(() => {
    void actions.followChosenMapAsync();
  }, [chosenId]);
  return (
    <div class="panel-body">
      <MapPicker onChoose={actions.chooseMap} />
      {chosenId !== undefined && <MapActionButtons />}
      {chosenId !== undefined && <MapStructureEditor />}
    </div>
  );
}
