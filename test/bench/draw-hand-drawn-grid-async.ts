import type { FakeFigma } from '../fake-figjam/index';

const LANE_NAMES = ['Touchpoints', 'Customer actions', 'Thoughts', 'Emotions', 'Pain points', 'Opportunities', 'Frontstage', 'Backstage'];
const NOTE_PITCH = 260;

/**
 * The hand-drawn workshop of `createHandDrawnRestBoard` on the fake, inside one section that is then selected: a
 * row of stage header shapes, lane labels as text, `noteCount` stickies in rows in the cells. Nothing is tagged,
 * so an export of the selection infers the grid.
 */
export async function drawHandDrawnGridAsync(fake: FakeFigma, noteCount: number, stageCount = 20): Promise<void> {
  const { figma } = fake;
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
  const laneCount = LANE_NAMES.length;
  const perCell = Math.ceil(noteCount / (laneCount * stageCount));
  const perRow = Math.max(1, Math.ceil(Math.sqrt(perCell)));
  const rowsPerCell = Math.ceil(perCell / perRow);
  const cellWidth = perRow * NOTE_PITCH + 200;
  const laneHeight = rowsPerCell * NOTE_PITCH + 200;
  const left = 600;
  const top = 300;
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
    const cell = Math.floor(index / perCell);
    const stage = cell % stageCount;
    const lane = Math.floor(cell / stageCount) % laneCount;
    const slot = index % perCell;
    const sticky = figma.createSticky();
    sticky.text.characters = `Note ${index}: the customer waits for the confirmation email`;
    section.appendChild(sticky);
    sticky.x = left + stage * cellWidth + 100 + (slot % perRow) * NOTE_PITCH;
    sticky.y = top + lane * laneHeight + 100 + Math.floor(slot / perRow) * NOTE_PITCH;
  }
  figma.currentPage.selection = [section];
}
