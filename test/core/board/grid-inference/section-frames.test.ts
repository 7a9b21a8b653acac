import { describe, expect, it } from 'vitest';
import type { BoardNode } from '../../../../src/core/board/board-node';
import { createSectionFrames, dropNodesInLaneSections, keepInsideFrame } from '../../../../src/core/board/grid-inference/section-frames';
import { keepHeaderRun } from '../../../../src/core/board/grid-inference/keep-header-run';

function node(id: string, type: BoardNode['type'], x: number, y: number, width: number, height: number, parentId: string | null = null): BoardNode {
  return { id, type, text: id, bounds: { x, y, width, height }, parentId };
}

describe('the sections around a node', () => {
  const outer = node('outer', 'SECTION', 0, 0, 10_000, 10_000);
  const left = node('left', 'SECTION', 100, 100, 3000, 3000, 'outer');
  const right = node('right', 'SECTION', 4000, 100, 3000, 3000, 'outer');
  const inLeft = node('a', 'TEXT', 200, 200, 100, 40, 'left');
  const inRight = node('b', 'TEXT', 4200, 200, 100, 40, 'right');
  // A node in a group: boards do not list groups, so its sections come from the boxes around it.
  const inGroup = node('c', 'STICKY', 300, 300, 240, 240, 'group:1');
  const frames = createSectionFrames([outer, left, right, inLeft, inRight, inGroup]);

  it('follows parent links, innermost first, and falls back to the boxes around a node in a group', () => {
    expect(frames.framesOf(inLeft)).toEqual(['left', 'outer']);
    expect(frames.framesOf(inGroup)).toEqual(['left', 'outer']);
    expect(frames.framesOf(outer)).toEqual([]);
  });

  it('names the innermost section around two nodes, none when nothing holds both', () => {
    expect(frames.commonFrame(inLeft, inGroup)).toBe('left');
    expect(frames.commonFrame(inLeft, inRight)).toBe('outer');
    expect(createSectionFrames([left, inLeft, node('d', 'TEXT', 5000, 0, 10, 10)]).commonFrame(inLeft, node('d', 'TEXT', 5000, 0, 10, 10))).toBeNull();
  });

  it('keeps the nodes inside a frame, and every node without one', () => {
    expect(keepInsideFrame([inLeft, inRight, inGroup], 'left', frames).map((kept) => kept.id)).toEqual(['a', 'c']);
    expect(keepInsideFrame([inLeft, inRight], null, frames)).toHaveLength(2);
  });

  it('drops a lane section of the label column from a row, and the nodes inside it', () => {
    expect(dropNodesInLaneSections([left, inLeft, inRight], new Set(['left']), frames).map((kept) => kept.id)).toEqual(['b']);
  });

  it('ends a walk of parent links that loops', () => {
    const first = node('s1', 'SECTION', 0, 0, 100, 100, 's2');
    const second = node('s2', 'SECTION', 0, 0, 100, 100, 's1');
    expect(createSectionFrames([first, second]).framesOf(first)).toEqual(['s2']);
  });
});

describe('the run of a header row', () => {
  const header = (id: string, x: number) => node(id, 'SHAPE_WITH_TEXT', x, 0, 500, 120);

  it('ends at a gap wider than the least gap and twice a header', () => {
    const row = [header('h1', 0), header('h2', 600), header('h3', 1200), header('far', 6000), header('far2', 6600)];
    expect(keepHeaderRun(row, 480).map((kept) => kept.id)).toEqual(['h1', 'h2', 'h3']);
  });

  it('keeps small headers over wide columns, whose gaps are within the least gap', () => {
    const row = [0, 700, 1400].map((x, index) => node(`t${index}`, 'TEXT', x, 0, 250, 60));
    expect(keepHeaderRun(row, 480)).toHaveLength(3);
  });
});
