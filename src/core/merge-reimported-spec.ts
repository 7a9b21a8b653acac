import type { JourneyImport } from './parse-journey-import';
import type { TemplateSpec } from './template-spec';

/**
 * The spec a re-import redraws its map with: stages, lanes and title as the journey says, and what the journey
 * does not say kept from the board: the persona when the journey has none (people fill it in on the board), each
 * lane's instruction, whether instructions show, and cells at least as big as now, so notes already in a cell
 * keep their room.
 */
export function mergeReimportedSpec(board: TemplateSpec, value: JourneyImport): TemplateSpec {
  const imported = value.spec;
  const boardLanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
  return {
    ...imported,
    persona: value.journey.persona ? imported.persona : board.persona,
    lanes: imported.lanes.map((lane) => {
      const instruction = boardLanes.get(lane.id)?.instruction;
      return instruction === undefined ? lane : { ...lane, instruction };
    }),
    options: {
      cellColumns: Math.max(board.options.cellColumns, imported.options.cellColumns),
      cellRows: Math.max(board.options.cellRows, imported.options.cellRows),
      showInstructions: board.options.showInstructions,
    },
  };
}
