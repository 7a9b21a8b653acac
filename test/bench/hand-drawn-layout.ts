export const LANE_NAMES = ['Touchpoints', 'Customer actions', 'Thoughts', 'Emotions', 'Pain points', 'Opportunities', 'Frontstage', 'Backstage'];
export const NOTE_PITCH = 260;

/** Where the hand-drawn workshop puts its parts; the REST board and the fake board share it so both measure the same grid. */
export interface HandDrawnLayout {
  laneCount: number;
  cellWidth: number;
  laneHeight: number;
  left: number;
  top: number;
  /** The top left corner of note `index`: notes fill the cells stage by stage, then lane by lane, in rows inside a cell. */
  notePlace(index: number): { x: number; y: number };
}

export function handDrawnLayout(noteCount: number, stageCount: number): HandDrawnLayout {
  const laneCount = LANE_NAMES.length;
  const perCell = Math.ceil(noteCount / (laneCount * stageCount));
  const perRow = Math.max(1, Math.ceil(Math.sqrt(perCell)));
  const rowsPerCell = Math.ceil(perCell / perRow);
  const cellWidth = perRow * NOTE_PITCH + 200;
  const laneHeight = rowsPerCell * NOTE_PITCH + 200;
  const left = 600;
  const top = 300;
  return {
    laneCount,
    cellWidth,
    laneHeight,
    left,
    top,
    notePlace(index) {
      const cell = Math.floor(index / perCell);
      const stage = cell % stageCount;
      const lane = Math.floor(cell / stageCount) % laneCount;
      const slot = index % perCell;
      const x = left + stage * cellWidth + 100 + (slot % perRow) * NOTE_PITCH;
      const y = top + lane * laneHeight + 100 + Math.floor(slot / perRow) * NOTE_PITCH;
      return { x, y };
    },
  };
}
