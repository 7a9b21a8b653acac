import type { FakeFigma } from '../fake-figjam/index';
import { addNoteAsync, boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from './board-builders';
import { TAG_KEYS } from '../../src/core/board/map-tags';
import type { PluginSession } from './plugin-session';

const YELLOW = { r: 1, g: 0.886, b: 0.6 };

/** The workshop board of the issue: notes in cells, on a border, in the header row, outside, with stamps. */
export async function drawWorkshopBoardAsync(fake: FakeFigma, session: PluginSession) {
  await session.requestAsync({ type: 'create-map', requestId: 'create' });
  const figma = fake.figma;
  const inCell = (laneId: string, stageId: string, dx = 40, dy = 40) => {
    const rect = cellRect(figma, laneId, stageId);
    return { x: rect.x + dx, y: rect.y + dy, parent: laneSection(figma, laneId) };
  };
  const ad = await addNoteAsync(figma, { text: 'Instagram ad', color: YELLOW, ...inCell('touchpoints', 'awareness') });
  const search = await addNoteAsync(figma, { text: 'Google search', ...inCell('touchpoints', 'awareness', 320) });
  const checkout = await addNoteAsync(figma, { text: 'Checkout asks for an account', ...inCell('painPoints', 'purchase') });
  const shipping = await addNoteAsync(figma, { text: 'Shipping cost shown late', ...inCell('painPoints', 'purchase', 320) });
  for (let index = 0; index < 3; index++) fake.handles.board.addStamp({ name: '+1', stuckTo: shipping });
  fake.handles.board.addStamp({ name: '+1', stuckTo: checkout });
  const loved = await addNoteAsync(figma, { text: '+2 loved the demo', ...inCell('emotions', 'consideration') });
  const angry = await addNoteAsync(figma, { text: '😡', ...inCell('emotions', 'purchase') });

  const map = nodesWithRole(figma, 'map')[0]!;
  if (map.type !== 'SECTION') throw new Error('map is not a section');
  const thoughtsAwareness = cellRect(figma, 'thoughts', 'awareness');
  const border = await addNoteAsync(figma, {
    text: 'Is this for me?',
    x: thoughtsAwareness.x + thoughtsAwareness.width - 180,
    y: thoughtsAwareness.y + 60,
    parent: map,
  });
  // Above the fourth header, right of the persona section, which spans the top of the first three stages.
  const header = nodesWithRole(figma, 'stage')[3]!;
  const headerNote = await addNoteAsync(figma, { text: 'Stage idea', x: boundsOf(header).x, y: boundsOf(header).y - 250, parent: map });
  const mapBounds = boundsOf(map);
  const outside = await addNoteAsync(figma, { text: 'Dragged out', x: mapBounds.x + mapBounds.width + 20, y: mapBounds.y + 900 });
  const faraway = await addNoteAsync(figma, { text: 'Another topic', x: mapBounds.x + mapBounds.width + 5000, y: 0 });
  const personaSection = nodesWithRole(figma, 'persona')[0]!;
  if (personaSection.type !== 'SECTION') throw new Error('persona is not a section');
  // Dropped in the Goals slot and in the parking lot, as FigJam puts a note dropped on a section into it.
  const goals = nodesWithRole(figma, 'persona-slot').find((node) => tagOf(node, TAG_KEYS.slotId) === 'goals');
  const lot = nodesWithRole(figma, 'parking-lot')[0];
  if (goals?.type !== 'SECTION' || lot?.type !== 'SECTION') throw new Error('the map has no Goals slot or parking lot');
  const persona = await addNoteAsync(figma, {
    text: 'Wants to buy in under 5 minutes',
    x: boundsOf(goals).x + 40,
    y: boundsOf(goals).y + 80,
    parent: goals,
  });
  const parked = await addNoteAsync(figma, { text: 'Do we need a loyalty card?', x: boundsOf(lot).x + 40, y: boundsOf(lot).y + 400, parent: lot });
  return { ad, search, checkout, shipping, loved, angry, border, headerNote, outside, faraway, persona, parked };
}

