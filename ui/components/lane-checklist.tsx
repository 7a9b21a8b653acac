import { useState } from 'preact/hooks';
import { MAX_LANES } from '../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { laneFieldKey } from '../state/field-key';
import { addCustomLane, canCheckAnotherLane, removeCustomLane, renameLane, setLaneChecked } from '../state/lane-editing';
import { useApp } from './app-context';
import { FieldError } from './field-error';
import { errorIdOf } from './field-element-id';
import { LaneRow } from './lane-row';
import { NewLaneNameInput } from './new-lane-name-input';

export function LaneChecklist() {
  const { state, actions } = useApp();
  const [newLaneName, setNewLaneName] = useState('');
  const draft = state.draft.value;
  const errors = state.fieldErrors.value;
  const canCheck = canCheckAnotherLane(draft);
  const canAdd = canCheck && newLaneName.trim() !== '';
  const add = () => {
    if (!canAdd) return;
    actions.editDraft((current) => addCustomLane(current, newLaneName.trim()));
    setNewLaneName('');
  };
  return (
    <fieldset class="group">
      <legend class="group-title">Lanes</legend>
      <ul class="rows" aria-label="Lanes, top to bottom">
        {draft.lanes.map((lane) => (
          <LaneRow
            key={lane.key}
            lane={lane}
            canCheck={canCheck}
            error={errors[laneFieldKey(lane.key)]}
            onCheck={(checked) => actions.editDraft((current) => setLaneChecked(current, lane.key, checked))}
            onRename={(name) => actions.editDraft((current) => renameLane(current, lane.key, name))}
            onRemove={() => {
              actions.editDraft((current) => removeCustomLane(current, lane.key));
              document.getElementById('new-lane-name')?.focus();
            }}
          />
        ))}
      </ul>
      <FieldError id={errorIdOf('lanes')} message={errors.lanes} />
      <div class="row">
        <NewLaneNameInput
          id="new-lane-name"
          placeholder="Your own lane"
          value={newLaneName}
          disabled={!canCheck}
          onInput={setNewLaneName}
          onSubmit={add}
        />
        <button type="button" class="button secondary" disabled={!canAdd} onClick={add}>
          Add lane
        </button>
      </div>
      {!canCheck && <p class="hint">{USER_MESSAGES.laneLimit(MAX_LANES)}</p>}
    </fieldset>
  );
}
