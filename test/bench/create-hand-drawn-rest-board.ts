import type { GetFileResponse, SubcanvasNode } from '@figma/rest-api-spec';
import { createPage, createRestFile, createShape, createSticky, createStamp, createText } from '../fixtures/rest/rest-builders';
import { handDrawnLayout, LANE_NAMES } from './hand-drawn-layout';

const NOTE_SIZE = 240;

/**
 * A journey map drawn by hand at workshop scale: a row of stage header shapes, a column of lane label texts at
 * the top of their lanes, and `noteCount` stickies spread over the cells in rows, with a stamp on every tenth.
 * No tags: the command line has to infer the whole grid.
 */
export function createHandDrawnRestBoard(noteCount: number, stageCount = 20): GetFileResponse {
  const layout = handDrawnLayout(noteCount, stageCount);
  const { cellWidth, laneHeight, left, top } = layout;
  const nodes: SubcanvasNode[] = [];
  for (let stage = 0; stage < stageCount; stage++) {
    nodes.push(createShape(`h:${stage}`, `Stage ${stage + 1}`, { x: left + stage * cellWidth + 40, y: 0, width: cellWidth - 80, height: 160 }));
  }
  LANE_NAMES.forEach((name, lane) => nodes.push(createText(`l:${lane}`, name, { x: 0, y: top + lane * laneHeight, width: 400, height: 60 })));
  for (let index = 0; index < noteCount; index++) {
    const { x, y } = layout.notePlace(index);
    nodes.push(createSticky(`n:${index}`, `Note ${index}: the customer waits for the confirmation email`, { x, y, width: NOTE_SIZE, height: NOTE_SIZE }));
    if (index % 10 === 0) nodes.push(createStamp(`s:${index}`, '+1', { x: x + 20, y: y + 20 }));
  }
  return createRestFile('Hand-drawn workshop', [createPage('0:1', 'Workshop', nodes)]);
}
