import type { NoteSnapshot } from '../board-snapshot';
import type { BoardNode } from '../board-node';
import type { InferredGrid, InferredTrack, Span } from './inferred-grid';

/** Cells of one row share a top edge exactly; this only absorbs rounding in files written by other tools. */
const CELL_ALIGNMENT_TOLERANCE = 2;

function distinctStarts(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const starts: number[] = [];
  for (const value of sorted) {
    if (starts.length === 0 || value - starts[starts.length - 1]! > CELL_ALIGNMENT_TOLERANCE) starts.push(value);
  }
  return starts;
}

function indexOfStart(starts: readonly number[], value: number): number {
  return starts.findIndex((start) => Math.abs(start - value) <= CELL_ALIGNMENT_TOLERANCE);
}

type CellMatrix = Array<Array<BoardNode | undefined>>;

/** The REST TABLE_CELL has no row or column index, so both come from the cells' positions. */
function readCellMatrix(cells: readonly BoardNode[]): CellMatrix {
  const rowStarts = distinctStarts(cells.map((cell) => cell.bounds.y));
  const columnStarts = distinctStarts(cells.map((cell) => cell.bounds.x));
  const matrix: CellMatrix = rowStarts.map(() => columnStarts.map(() => undefined));
  for (const cell of cells) {
    matrix[indexOfStart(rowStarts, cell.bounds.y)]![indexOfStart(columnStarts, cell.bounds.x)] = cell;
  }
  return matrix;
}

function readTrack(cell: BoardNode | undefined, span: Span): InferredTrack {
  return { name: cell?.text.trim() ?? '', nodeId: cell?.id ?? null, span };
}

function spanOf(cells: ReadonlyArray<BoardNode | undefined>, axis: 'x' | 'y'): Span {
  const cell = cells.find((candidate) => candidate !== undefined)!;
  return axis === 'x'
    ? { start: cell.bounds.x, end: cell.bounds.x + cell.bounds.width }
    : { start: cell.bounds.y, end: cell.bounds.y + cell.bounds.height };
}

function readCellNote(cell: BoardNode, tableId: string): NoteSnapshot {
  return { id: cell.id, text: cell.text, bounds: cell.bounds, color: null, author: null, parentId: tableId, stamps: [] };
}

/**
 * A FigJam table read as a journey grid: the first row names the stages, the first column the lanes, and each
 * non-empty body cell is one note with the cell's text (a cell has no colour, author or stamps of its own).
 * Stickies placed over the table are notes too, placed like any other.
 */
export function inferTableGrid(table: BoardNode, nodes: readonly BoardNode[]): InferredGrid | null {
  const cells = nodes.filter((node) => node.type === 'TABLE_CELL' && node.parentId === table.id);
  if (cells.length === 0) return null;
  const matrix = readCellMatrix(cells);
  if (matrix.length < 2 || (matrix[0]?.length ?? 0) < 2) return null;
  const stages = matrix[0]!.slice(1).map((cell, offset) => readTrack(cell, spanOf(matrix.map((row) => row[offset + 1]), 'x')));
  const lanes = matrix.slice(1).map((row) => readTrack(row[0], spanOf(row, 'y')));
  if (stages.every((stage) => stage.name === '') || lanes.every((lane) => lane.name === '')) return null;
  const structureIds = new Set<string>();
  for (const cell of [...matrix[0]!, ...matrix.map((row) => row[0])]) if (cell) structureIds.add(cell.id);
  const ownNotes = matrix
    .slice(1)
    .flatMap((row) => row.slice(1))
    .filter((cell): cell is BoardNode => cell !== undefined && cell.text.trim() !== '')
    .map((cell) => readCellNote(cell, table.id));
  return {
    idSource: table.id,
    nodeId: table.id,
    title: null,
    stages,
    lanes,
    top: table.bounds.y,
    left: table.bounds.x,
    structureIds,
    ownNotes,
  };
}
