import { describe, expect, it } from 'vitest';
import type { BoardNode, BoardNodeType } from '../../../../src/core/board/board-node';
import { isLaneWordColumn } from '../../../../src/core/board/grid-inference/lane-word-share';
import { matchLaneLabel } from '../../../../src/core/board/grid-inference/lane-vocabulary';

const isLane = (node: BoardNode) => matchLaneLabel(node.text) !== null;

/** A column at x = 0, one node per text, 200 apart. */
function createColumn(texts: readonly string[], type: BoardNodeType = 'STICKY'): BoardNode[] {
  return texts.map((text, index) => ({ id: `c${index}`, type, text, bounds: { x: 0, y: index * 200, width: 240, height: 180 }, parentId: null }));
}

/** `count` notes, every `every`-th saying a lane word. */
function createNotes(count: number, every: number): string[] {
  return Array.from({ length: count }, (_, index) => (index % every === 0 ? 'Questions' : `note ${index}`));
}

describe('isLaneWordColumn', () => {
  it('does not take a long column of notes, one in ten saying a lane word, for lane names', () => {
    expect(isLaneWordColumn(createColumn(createNotes(50, 10)), isLane)).toBe(false);
  });

  it('takes a long column of stickies for lane names when a quarter of them say a lane word', () => {
    expect(isLaneWordColumn(createColumn(createNotes(40, 4)), isLane)).toBe(true);
  });

  it('takes a few sticky labels for lane names when one of them is a known lane, the others custom', () => {
    expect(isLaneWordColumn(createColumn(['Pain points', 'Staff mood', 'Shop floor', 'Parcel van', 'Call centre']), isLane)).toBe(true);
  });

  it('takes a lane word on a text for lane names, however many notes share its column', () => {
    const column = [...createColumn(['Pain points'], 'TEXT'), ...createColumn(createNotes(60, 61))];
    expect(isLaneWordColumn(column, isLane)).toBe(true);
  });

  it('finds no lane in a column that says no lane word', () => {
    expect(isLaneWordColumn(createColumn(['note 1', 'note 2']), isLane)).toBe(false);
  });
});
