import type { JourneyImport } from './parse-journey-import';
import { countFullestCell, growCellSize } from './fit-cell-size';
import type { TemplateSpec } from '../template/template-spec';

/**
 * The spec a re-import redraws its map with: stages, lanes and title as the journey says, and what the journey
 * does not say kept from the board: the persona when the journey has none (people fill it in on the board), each
 * lane's instruction while the lane keeps its kind, the board's options (instructions, legend, how-to), the cell
 * size the journey says (`cellSize`) when no smaller than the board's either way, or else the board's, grown
 * only where the journey's fullest cell needs more room (a size an import chose to fit its notes is not the map's
 * choice, so it never widens cells people set narrower), and the title area's scenario, team, date and state where
 * the journey has none.
 */
export function mergeReimportedSpec(board: TemplateSpec, value: JourneyImport): TemplateSpec {
  const imported = value.spec;
  const boardLanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
  return {
    ...imported,
    ...keepBoardContext(board, imported),
    persona: value.journey.persona ? imported.persona : board.persona,
    lanes: imported.lanes.map((lane) => {
      const boardLane = boardLanes.get(lane.id);
      // An instruction written for another kind of lane would tell participants the wrong thing.
      return boardLane?.instruction === undefined || boardLane.kind !== lane.kind ? lane : { ...lane, instruction: boardLane.instruction };
    }),
    options: {
      ...board.options,
      ...growCellSize(keepRoomOnBoard(board, imported, value.cellSizeGiven), countFullestCell(value.journey)),
      showInstructions: board.options.showInstructions,
      // The map keeps its persona slots and parking lot, and gains them when the journey has notes for them.
      personaSlots: board.options.personaSlots === true || Object.values(value.journey.persona?.slots ?? {}).some((notes) => (notes?.length ?? 0) > 0),
      parkingLot: board.options.parkingLot === true || (value.journey.parkingLot?.length ?? 0) > 0,
    },
  };
}

/**
 * The cell size a re-import starts from: the journey's (`cellSize`) when it is no smaller than the map's either way,
 * otherwise the map's. An older export never shrinks the cells: notes people added since keep their room.
 */
function keepRoomOnBoard(board: TemplateSpec, imported: TemplateSpec, cellSizeGiven: boolean): { cellColumns: number; cellRows: number } {
  const { cellColumns, cellRows } = board.options;
  const given = imported.options;
  const holdsTheMap = given.cellColumns >= cellColumns && given.cellRows >= cellRows;
  return cellSizeGiven && holdsTheMap ? { cellColumns: given.cellColumns, cellRows: given.cellRows } : { cellColumns, cellRows };
}

/** The board's title-area texts and state, each where the journey does not give its own. */
function keepBoardContext(board: TemplateSpec, imported: TemplateSpec): Pick<TemplateSpec, 'scenario' | 'team' | 'date' | 'state'> {
  const kept: Pick<TemplateSpec, 'scenario' | 'team' | 'date' | 'state'> = {};
  const scenario = imported.scenario ?? board.scenario;
  const team = imported.team ?? board.team;
  const date = imported.date ?? board.date;
  const state = imported.state ?? board.state;
  if (scenario !== undefined) kept.scenario = scenario;
  if (team !== undefined) kept.team = team;
  if (date !== undefined) kept.date = date;
  if (state !== undefined) kept.state = state;
  return kept;
}
