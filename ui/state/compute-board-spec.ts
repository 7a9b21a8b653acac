import type { TemplateSpecInput } from '../../src/core/template/template-spec';
import type { BoardDraft } from './spec-draft';

/** The spec's options, state and title-area texts from the Board group; a blank text is left out of the spec. */
export function computeBoardSpec(board: BoardDraft): Pick<TemplateSpecInput, 'options' | 'state' | 'scenario' | 'team' | 'date'> {
  const texts: Pick<TemplateSpecInput, 'scenario' | 'team' | 'date'> = {};
  if (board.scenario.trim() !== '') texts.scenario = board.scenario;
  if (board.team.trim() !== '') texts.team = board.team;
  if (board.date.trim() !== '') texts.date = board.date;
  return {
    options: {
      cellColumns: board.cellColumns,
      cellRows: board.cellRows,
      showInstructions: board.showInstructions,
      showLegend: board.showLegend,
      showHowTo: board.showHowTo,
    },
    state: board.state,
    ...texts,
  };
}
