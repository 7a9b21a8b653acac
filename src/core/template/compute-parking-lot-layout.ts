import { estimateTextHeight } from './estimate-text-size';
import type { Rect } from '../shared/geometry';
import type { ParkingLotLayout } from './map-layout';
import { STICKY_SIZE } from './map-layout';
import { PARKING_LOT_INSTRUCTION } from './presets';

const NOTE_GAP = 40;
/** Space between the grid's right edge and the parking lot. */
export const PARKING_LOT_GAP = 80;
/** Two default notes across. */
export const PARKING_LOT_WIDTH = 2 * STICKY_SIZE + 3 * NOTE_GAP;
/** Larger than a lane's instruction: the parking lot is read from across the room, beside a full grid. */
const INSTRUCTION_FONT_SIZE = 32;
/** Room at the top for the section's name, which FigJam draws inside the section's top-left. */
const NAME_ROOM = 64;

/**
 * The parking lot right of `grid`, from the header row's top to the last lane's bottom, so it is part of the map
 * (inside the map section, moved with it) yet outside every stage column. Pure and in whole pixels.
 */
export function computeParkingLotLayout(grid: Rect): ParkingLotLayout {
  const x = grid.x + grid.width + PARKING_LOT_GAP;
  const instructionWidth = PARKING_LOT_WIDTH - 2 * NOTE_GAP;
  const instructionHeight = estimateTextHeight(PARKING_LOT_INSTRUCTION, INSTRUCTION_FONT_SIZE, instructionWidth);
  return {
    section: { x, y: grid.y, width: PARKING_LOT_WIDTH, height: grid.height },
    instruction: {
      rect: { x: x + NOTE_GAP, y: grid.y + NAME_ROOM, width: instructionWidth, height: instructionHeight },
      text: PARKING_LOT_INSTRUCTION,
      fontSize: INSTRUCTION_FONT_SIZE,
      fontStyle: 'Medium',
    },
  };
}
