import type { ImportedJourney } from './journey-import-schema';
import { MAX_CELL_COLUMNS, MAX_GROWN_CELL_ROWS } from '../template/template-spec';

export interface CellSize {
  cellColumns: number;
  cellRows: number;
}

/** The most notes a journey puts in one cell. Emotion cells are left out: their notes stand by score, not in rows. */
export function countFullestCell(journey: ImportedJourney): number {
  const kinds = new Map(journey.lanes.map((lane) => [lane.id, lane.kind]));
  let fullest = 0;
  for (const stage of journey.stages) {
    for (const [laneId, notes] of Object.entries(stage.lanes)) {
      if (kinds.get(laneId) !== 'emotions') fullest = Math.max(fullest, notes.length);
    }
  }
  return fullest;
}

/**
 * `size` grown just enough to hold `notes` notes in a cell. Invariant: the result is never smaller than `size`
 * either way, and keeps its columns whenever deeper cells can hold the notes, so a cell size people chose (2 across)
 * stays as they chose it and only grows down; it grows across only when even the deepest cell is too small.
 */
export function growCellSize(size: CellSize, notes: number): CellSize {
  if (notes <= size.cellColumns * size.cellRows) return { cellColumns: size.cellColumns, cellRows: size.cellRows };
  const cellColumns = Math.min(MAX_CELL_COLUMNS, Math.max(size.cellColumns, Math.ceil(notes / MAX_GROWN_CELL_ROWS)));
  const cellRows = Math.min(MAX_GROWN_CELL_ROWS, Math.max(size.cellRows, Math.ceil(notes / cellColumns)));
  return { cellColumns, cellRows };
}
