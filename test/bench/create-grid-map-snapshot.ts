import type { MapSnapshot, NoteSnapshot } from '../../src/core/board/board-snapshot';
import type { Rect } from '../../src/core/shared/geometry';
import { createRandom } from './create-random';

export interface GridMapOptions {
  lanes: number;
  stages: number;
  notes: number;
  seed?: number;
}

const CELL_WIDTH = 800;
const CELL_HEIGHT = 560;
const LABEL_WIDTH = 400;
const HEADER_HEIGHT = 200;
const NOTE_SIZE = 240;

/**
 * A map as plain snapshots, of any size the core accepts (30 × 30 is beyond what the template draws): lane
 * sections down, stage columns across, nine notes in ten in a lane section, the rest loose in the map, some of
 * them across a stage border. For timing the placement alone.
 */
export function createGridMapSnapshot(options: GridMapOptions): MapSnapshot {
  const { lanes: laneCount, stages: stageCount, notes: noteCount, seed = 1 } = options;
  const random = createRandom(seed);
  const bounds: Rect = { x: 0, y: 0, width: LABEL_WIDTH + stageCount * CELL_WIDTH, height: HEADER_HEIGHT + laneCount * CELL_HEIGHT };
  const lanes = Array.from({ length: laneCount }, (_, index) => ({
    id: `lane-${index + 1}`,
    name: `Lane ${index + 1}`,
    kind: 'custom' as const,
    nodeId: `2:${index + 1}`,
    bounds: { x: 0, y: HEADER_HEIGHT + index * CELL_HEIGHT, width: bounds.width, height: CELL_HEIGHT },
  }));
  const stages = Array.from({ length: stageCount }, (_, index) => ({
    id: `stage-${index + 1}`,
    name: `Stage ${index + 1}`,
    nodeId: `3:${index + 1}`,
    bounds: { x: LABEL_WIDTH + index * CELL_WIDTH, y: 0, width: CELL_WIDTH, height: bounds.height },
  }));
  const notes: NoteSnapshot[] = Array.from({ length: noteCount }, (_, index) => {
    const lane = index % laneCount;
    const stage = Math.floor(index / laneCount) % stageCount;
    const inLane = index % 10 !== 9;
    const acrossBorder = index % 50 === 7 && stage < stageCount - 1;
    const x = acrossBorder
      ? LABEL_WIDTH + (stage + 1) * CELL_WIDTH - NOTE_SIZE / 2
      : LABEL_WIDTH + stage * CELL_WIDTH + random() * (CELL_WIDTH - NOTE_SIZE);
    const y = HEADER_HEIGHT + lane * CELL_HEIGHT + random() * (CELL_HEIGHT - NOTE_SIZE);
    return {
      id: `4:${index + 1}`,
      text: `Note ${index + 1}`,
      bounds: { x, y, width: NOTE_SIZE, height: NOTE_SIZE },
      color: 'Yellow',
      author: null,
      parentId: inLane ? lanes[lane]!.nodeId : '1:1',
      stamps: [],
    };
  });
  return { mapId: 'grid', nodeId: '1:1', title: 'Grid', bounds, persona: null, lanes, stages, notes };
}
