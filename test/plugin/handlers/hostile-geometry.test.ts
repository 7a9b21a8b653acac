import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/core/shared/geometry';
import type { FigJamSceneNode } from '../../../src/plugin/platform/figjam-api';
import { PluginError } from '../../../src/plugin/platform/plugin-error';
import { readBounds } from '../../../src/plugin/read/read-bounds';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { addNoteAsync, cellRect, laneSection } from '../board-builders';
import { startPluginSession } from '../plugin-session';

describe('export with stamps anywhere on the page', () => {
  it('finishes with a stamp at x = 1e20 and one at -1e300, and still counts the stamp on a note', async () => {
    const session = startPluginSession();
    const { figma, handles } = session.fake;
    await session.requestAsync({ type: 'create-map', requestId: 'create' });
    const cell = cellRect(figma, 'painPoints', 'purchase');
    const note = await addNoteAsync(figma, { text: 'Slow checkout', x: cell.x + 40, y: cell.y + 40, parent: laneSection(figma, 'painPoints') });
    const bounds = note.absoluteBoundingBox!;
    handles.board.addStamp({ name: '+1', position: { x: bounds.x + 20, y: bounds.y + 20 } });
    handles.board.addStamp({ name: '+1', position: { x: 1e20, y: 0 } });
    handles.board.addStamp({ name: '+1', position: { x: -1e300, y: 1e300 } });
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const purchase = answer.journey.stages.find((stage) => stage.id === 'purchase')!;
    expect(purchase.lanes['painPoints']!.map((each) => [each.text, each.votes])).toEqual([['Slow checkout', 1]]);
  });
});

describe('readBounds', () => {
  const nodeWithBox = (box: Rect | null) => ({ absoluteBoundingBox: box }) as unknown as FigJamSceneNode;

  it('reads a finite box, and none as null', () => {
    expect(readBounds(nodeWithBox({ x: 1e20, y: -5, width: 240, height: 240 }))).toEqual({ x: 1e20, y: -5, width: 240, height: 240 });
    expect(readBounds(nodeWithBox(null))).toBeNull();
  });

  it.each([NaN, Infinity, -Infinity])('refuses a box holding %s with a sentence', (value) => {
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      const box = { x: 0, y: 0, width: 240, height: 240, [key]: value };
      expect(() => readBounds(nodeWithBox(box))).toThrow(new PluginError(USER_MESSAGES.positionNotFinite));
    }
  });
});
