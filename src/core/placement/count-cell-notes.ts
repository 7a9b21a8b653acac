import type { MapSnapshot } from '../board/board-snapshot';
import type { NotePlacement } from './place-notes';

export interface CellNoteCounts {
  notesByLane: Record<string, number>;
  notesByStage: Record<string, number>;
}

/** Notes placed in each lane and each stage, by id, every lane and stage listed (0 when empty). */
export function countCellNotes(map: MapSnapshot, placement: NotePlacement): CellNoteCounts {
  const notesByLane: Record<string, number> = Object.fromEntries(map.lanes.map((lane) => [lane.id, 0]));
  const notesByStage: Record<string, number> = Object.fromEntries(map.stages.map((stage) => [stage.id, 0]));
  placement.cells.forEach((stageCells, stageIndex) => {
    const stageId = map.stages[stageIndex]!.id;
    stageCells.forEach((cell, laneIndex) => {
      const laneId = map.lanes[laneIndex]!.id;
      notesByLane[laneId] = (notesByLane[laneId] ?? 0) + cell.length;
      notesByStage[stageId] = (notesByStage[stageId] ?? 0) + cell.length;
    });
  });
  return { notesByLane, notesByStage };
}
