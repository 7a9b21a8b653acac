import { describe, expect, it } from 'vitest';
import type { FakeFigma } from '../../fake-figjam/index';
import { NOTES_PER_STEP } from '../../../src/plugin/read/read-map-notes-async';
import { addNoteAsync } from '../board-builders';
import { startPluginSession } from '../plugin-session';
import { distinctProgress } from '../distinct-progress';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';

/** A grid as people draw it in FigJam: header shapes in a row, lane labels as text in a column, notes between. */
async function drawHandMadeGridAsync(fake: FakeFigma, labels: string[]) {
  const { figma } = fake;
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
  const section = figma.createSection();
  section.name = 'Atelier parcours client';
  section.resizeWithoutConstraints(2400, 1400);
  const stages = ['Découverte', 'Achat', 'Fidélité'];
  stages.forEach((name, index) => {
    const header = figma.createShapeWithText();
    section.appendChild(header);
    header.resize(500, 120);
    header.x = 500 + index * 600;
    header.y = 40;
    header.text.characters = name;
  });
  labels.forEach((name, index) => {
    const label = figma.createText();
    section.appendChild(label);
    label.characters = name;
    label.x = 40;
    label.y = 300 + index * 500;
  });
  const notes = [
    await addNoteAsync(figma, { text: 'Publicité Instagram', x: 520, y: 240, parent: section }),
    await addNoteAsync(figma, { text: 'Frais de port cachés', x: 1120, y: 740, parent: section }),
  ];
  figma.currentPage.selection = [section];
  return { section, notes };
}

describe('export-map of a grid Journey Lanes did not draw', () => {
  it('recognises a selected hand-drawn grid in French and places its notes', async () => {
    const session = startPluginSession();
    const { notes } = await drawHandMadeGridAsync(session.fake, ['Points de contact', 'Points de douleur']);
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'inferred' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const { journey } = answer;
    expect(journey.source.mapKind).toBe('inferred');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Découverte', 'Achat', 'Fidélité']);
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'painPoints']);
    expect(journey.stages[0]!.lanes['touchpoints']!.map((note) => note.id)).toEqual([notes[0]!.id]);
    expect(journey.stages[1]!.lanes['painPoints']!.map((note) => note.id)).toEqual([notes[1]!.id]);
  });

  it('sends no progress for a small selection, found in a moment', async () => {
    const session = startPluginSession();
    await drawHandMadeGridAsync(session.fake, ['Points de contact', 'Points de douleur']);
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'small' });
    expect(answer.type).toBe('map-exported');
    expect(session.messages().filter((message) => message.type === 'progress')).toEqual([]);
  });

  it('says what it found when the selection holds no grid it can read', async () => {
    const session = startPluginSession();
    const { figma } = session.fake;
    const note = await addNoteAsync(figma, { text: 'A lone idea', x: 0, y: 0 });
    figma.currentPage.selection = [note];
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'nothing' });
    expect(answer).toMatchObject({ type: 'error', message: expect.stringMatching(/^Found /) });
  });
  it('reads a big selected grid in steps, with progress before the answer, every note placed', async () => {
    const session = startPluginSession();
    const { section } = await drawHandMadeGridAsync(session.fake, ['Points de contact', 'Points de douleur']);
    const { figma } = session.fake;
    const extra = NOTES_PER_STEP * 2;
    for (let index = 0; index < extra; index++) {
      const sticky = figma.createSticky();
      sticky.text.characters = `Idée ${index}`;
      section.appendChild(sticky);
      sticky.x = 1120 + (index % 3) * 10;
      sticky.y = 240 + (index % 2) * 10;
    }
    figma.currentPage.selection = [section];
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'big' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const progress = distinctProgress(session.messages(), 'big');
    const reading = progress.filter((message) => message.phase === USER_MESSAGES.readingNotes);
    expect(reading.map((message) => message.done)).toEqual([NOTES_PER_STEP, NOTES_PER_STEP * 2]);
    for (const message of progress) expect(message.total).toBeGreaterThanOrEqual(message.done);
    // Then the grid is found in steps too, each one giving FigJam its main thread back before the next.
    const finding = progress.filter((message) => message.phase === USER_MESSAGES.findingGrid);
    expect(finding.map((message) => `${message.done}/${message.total}`)).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(progress.indexOf(finding[0]!)).toBeGreaterThan(progress.indexOf(reading[reading.length - 1]!));
    expect(answer.journey.stages[1]!.lanes['touchpoints']).toHaveLength(extra);
    expect(answer.journey.summary.counts.notes).toBe(extra + 2);
  });
});
