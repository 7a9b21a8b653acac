import { MAX_CELL_COLUMNS, MAX_CELL_ROWS, SPEC_TEXT_LIMITS } from '../../src/core/template/template-spec';
import type { MapState } from '../../src/core/template/template-spec';
import { MAP_STATE_LABELS } from '../../src/core/template/compute-title-area';
import type { BoardDraft } from '../state/spec-draft';
import { createDefaultBoardDraft } from '../state/spec-draft';
import { useApp } from './app-context';
import { TextField } from './text-field';

interface ToggleProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Toggle({ id, label, checked, onChange }: ToggleProps) {
  return (
    <div class="row">
      <input id={id} type="checkbox" class="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label class="label" for={id}>
        {label}
      </label>
    </div>
  );
}

interface CountChoiceProps {
  id: string;
  label: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
}

/** A choice of a whole number from 1 to `max`. */
function CountChoice({ id, label, value, max, onChange }: CountChoiceProps) {
  return (
    <div class="field">
      <label class="label" for={id}>
        {label}
      </label>
      <select id={id} class="input" value={String(value)} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {Array.from({ length: max }, (_, index) => index + 1).map((count) => (
          <option key={count} value={String(count)}>
            {count}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The Create tab's "Board" group: the title area, cell size, and what the board shows beside the lanes. */
export function BoardOptions() {
  const { state, actions } = useApp();
  const board = state.draft.value.board ?? createDefaultBoardDraft();
  const edit = (change: Partial<BoardDraft>) =>
    actions.editDraft((current) => ({ ...current, board: { ...(current.board ?? createDefaultBoardDraft()), ...change } }));
  return (
    <fieldset class="group">
      <legend class="group-title">Board</legend>
      <TextField id="board-scenario" label="Scenario or scope (optional)" value={board.scenario} maxLength={SPEC_TEXT_LIMITS.titleDetail} error={undefined} onInput={(scenario) => edit({ scenario })} />
      <TextField id="board-team" label="Team (optional)" value={board.team} maxLength={SPEC_TEXT_LIMITS.titleDetail} error={undefined} onInput={(team) => edit({ team })} />
      <TextField id="board-date" label="Date (optional)" value={board.date} maxLength={SPEC_TEXT_LIMITS.titleDetail} error={undefined} onInput={(date) => edit({ date })} />
      <div class="field">
        <label class="label" for="board-state">
          Shows the journey
        </label>
        <select id="board-state" class="input" value={board.state} onChange={(event) => edit({ state: event.currentTarget.value as MapState })}>
          {(Object.keys(MAP_STATE_LABELS) as MapState[]).map((value) => (
            <option key={value} value={value}>
              {MAP_STATE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div class="row count-choices">
        <CountChoice id="board-cell-columns" label="Notes across a cell" value={board.cellColumns} max={MAX_CELL_COLUMNS} onChange={(cellColumns) => edit({ cellColumns })} />
        <CountChoice id="board-cell-rows" label="Notes down a cell" value={board.cellRows} max={MAX_CELL_ROWS} onChange={(cellRows) => edit({ cellRows })} />
      </div>
      <Toggle id="board-instructions" label="Instructions in each lane" checked={board.showInstructions} onChange={(showInstructions) => edit({ showInstructions })} />
      <Toggle id="board-legend" label="Legend of lanes and stamps" checked={board.showLegend} onChange={(showLegend) => edit({ showLegend })} />
      <Toggle id="board-how-to" label="“How to use this board” for a 60-minute workshop" checked={board.showHowTo} onChange={(showHowTo) => edit({ showHowTo })} />
    </fieldset>
  );
}
