import type { FakeFigma } from '../fake-figjam/index';
import { handDrawnLayout, LANE_NAMES } from './hand-drawn-layout';

/**
 * The hand-drawn workshop of `createHandDrawnRestBoard` on the fake, inside one section that is then selected: a
 * row of stage header shapes, lane labels as text, `noteCount` stickies in rows in the cells. Nothing is tagged,
 * so an export of the selection infers the grid.
 */
export async function drawHandDrawnGridAsync(fake: FakeFigma, noteCount: number, stageCount = 20): Promise<void> {
  const { figma } = fake;
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
  const layout = handDrawnLayout(noteCount, stageCount);
  const { laneCount, cellWidth, laneHeight, left, top } = layout;
  const section = figma.createSection();
  section.name = 'Hand-drawn workshop';
  section.resizeWithoutConstraints(left + stageCount * cellWidth + 200, top + laneCount * laneHeight + 200);
  for (let stage = 0; stage < stageCount; stage++) {
    const header = figma.createShapeWithText();
    section.appendChild(header);
    header.resize(cellWidth - 80, 160);
    header.x = left + stage * cellWidth + 40;
    header.y = 0;
    header.text.characters = `Stage ${stage + 1}`;
  }
  LANE_NAMES.forEach((name, lane) => {
    const label = figma.createText();
    section.appendChild(label);
    label.characters = name;
    label.x = 0;
    label.y = top + lane * laneHeight;
  });
  for (let index = 0; index < noteCount; index++) {
    const { x, y } = layout.notePlace(index);
    const sticky = figma.createSticky();
    sticky.text.characters = `Note ${index}: the customer waits for the confirmation email`;
    section.appendChild(sticky);
    sticky.x = x;
    sticky.y = y;
  }
  figma.currentPage.selection = [section];
}
