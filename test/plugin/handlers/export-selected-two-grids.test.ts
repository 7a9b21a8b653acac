import { describe, expect, it } from 'vitest';
import type { FakeFigma } from '../../fake-figjam/index';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { addNoteAsync } from '../board-builders';
import { startPluginSession } from '../plugin-session';

/** A small hand-drawn grid in its own section, `top` px below the page's origin; returns its notes' ids. */
async function drawGridAsync(fake: FakeFigma, name: string, top: number): Promise<{ section: SceneNode; noteIds: string[] }> {
  const { figma } = fake;
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
  const section = figma.createSection();
  section.name = name;
  section.y = top;
  section.resizeWithoutConstraints(1800, 1300);
  // Stage headers and lane labels as texts, one helper for both: a header row above, a label column on the left.
  const addText = (text: string, x: number, y: number) => {
    const node = figma.createText();
    section.appendChild(node);
    node.characters = text;
    node.x = x;
    node.y = y;
  };
  addText('Awareness', 500, 40);
  addText('Purchase', 1100, 40);
  addText('Touchpoints', 40, 300);
  addText('Pain points', 40, 800);
  const noteIds: string[] = [];
  for (const [laneIndex] of [0, 1].entries()) {
    for (const [stageIndex] of [0, 1].entries()) {
      const note = await addNoteAsync(figma, { text: `${name} ${laneIndex}-${stageIndex}`, x: 520 + stageIndex * 600, y: top + 240 + laneIndex * 500, parent: section });
      noteIds.push(note.id);
    }
  }
  return { section: section as unknown as SceneNode, noteIds };
}

describe('export-map of a selection that holds two hand-drawn grids, one above the other', () => {
  it('exports every selected note once, those of the grid not read as not placed, and says so', async () => {
    const session = startPluginSession();
    const current = await drawGridAsync(session.fake, 'Current state', 0);
    const future = await drawGridAsync(session.fake, 'Future state', 3000);
    session.fake.figma.currentPage.selection = [current.section, future.section] as never;
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'two' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const { journey } = answer;
    const placed = journey.stages.flatMap((stage) => Object.values(stage.lanes).flat().map((note) => note.id));
    const unplaced = journey.unplaced.map((note) => note.id);
    // Which grid is read first is not the point: one grid's notes are placed, the other's come back not placed.
    const [read, other] = placed.includes(current.noteIds[0]!) ? [current, future] : [future, current];
    expect([...placed].sort()).toEqual([...read.noteIds].sort());
    expect([...unplaced].sort()).toEqual([...other.noteIds].sort());
    expect(answer.warnings).toEqual([USER_MESSAGES.selectionNotesOutsideGrid(4, 2)]);
  });
});
