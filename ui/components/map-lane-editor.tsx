import { useState } from 'preact/hooks';
import { MAX_LANES } from '../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { laneFieldKey } from '../state/field-key';
import { addCustomLane, addPresetLane, canCheckAnotherLane, moveLane, removeLane, renameLane } from '../state/lane-editing';
import type { LaneDraft, SpecDraft } from '../state/spec-draft';
import type { FieldErrors } from '../state/validate-draft';
import { FieldError } from './field-error';
import { errorIdOf, stageNameId } from './field-element-id';
import { focusLater } from './focus-later';
import { NewLaneNameInput } from './new-lane-name-input';
import { moveButtonId, StageRow } from './stage-row';

const OWN_LANE = '';

interface MapLaneEditorProps {
  draft: SpecDraft;
  errors: FieldErrors;
  onEdit: (edit: (draft: SpecDraft) => SpecDraft) => void;
  noteCountOf: (lane: LaneDraft) => number | undefined;
}

/** The lanes of a drawn map in order: rename, move, remove, and add a preset lane or one of your own. */
export function MapLaneEditor({ draft, errors, onEdit, noteCountOf }: MapLaneEditorProps) {
  const [choice, setChoice] = useState(OWN_LANE);
  const [newName, setNewName] = useState('');
  const lanes = draft.lanes.filter((lane) => lane.checked);
  const offered = draft.lanes.filter((lane) => !lane.checked && lane.presetId !== null);
  const chosenPreset = offered.find((lane) => lane.key === choice);
  const canAdd = canCheckAnotherLane(draft) && (chosenPreset !== undefined || newName.trim() !== '');
  const add = () => {
    if (!canAdd) return;
    if (chosenPreset) {
      onEdit((current) => addPresetLane(current, chosenPreset.key));
      setChoice(OWN_LANE);
      focusLater(stageNameId(chosenPreset.key));
      return;
    }
    const next = addCustomLane(draft, newName.trim());
    const added = next.lanes[next.lanes.length - 1];
    onEdit(() => next);
    setNewName('');
    if (added) focusLater(stageNameId(added.key));
  };
  return (
    <fieldset class="group">
      <legend class="group-title">Lanes</legend>
      <ol class="rows" aria-label="Lanes, top to bottom">
        {lanes.map((lane, index) => (
          <StageRow
            key={lane.key}
            noun="Lane"
            stage={lane}
            position={index + 1}
            count={lanes.length}
            error={errors[laneFieldKey(lane.key)]}
            noteCount={noteCountOf(lane)}
            onRename={(name) => onEdit((current) => renameLane(current, lane.key, name))}
            onMove={(offset) => {
              onEdit((current) => moveLane(current, lane.key, offset));
              focusLater(moveButtonId(lane.key, offset), moveButtonId(lane.key, -offset));
            }}
            onRemove={() => {
              const neighbour = lanes[index + 1] ?? lanes[index - 1];
              onEdit((current) => removeLane(current, lane.key));
              if (neighbour) focusLater(stageNameId(neighbour.key));
            }}
          />
        ))}
      </ol>
      <FieldError id={errorIdOf('lanes')} message={errors.lanes} />
      <div class="field">
        <label class="label" for="map-lane-choice">
          New lane
        </label>
        <select id="map-lane-choice" class="input" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value={OWN_LANE}>Your own lane</option>
          {offered.map((lane) => (
            <option key={lane.key} value={lane.key}>
              {lane.name}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        {chosenPreset === undefined && (
          <NewLaneNameInput id="map-new-lane-name" placeholder="Lane name" value={newName} onInput={setNewName} onSubmit={add} />
        )}
        <button type="button" class="button secondary" disabled={!canAdd} onClick={add}>
          Add lane
        </button>
      </div>
      {!canCheckAnotherLane(draft) && <p class="hint">{USER_MESSAGES.mapLaneLimit(MAX_LANES)}</p>}
    </fieldset>
  );
}
