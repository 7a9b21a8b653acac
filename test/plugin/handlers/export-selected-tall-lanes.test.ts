import { describe, expect, it } from 'vitest';
import { addNoteAsync } from '../board-builders';
import { startPluginSession } from '../plugin-session';

const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Retention'];
const LANES = ['Touchpoints', 'Actions', 'Thoughts', 'Emotions', 'Pain points'];
const COLUMN_WIDTH = 700;
const LANE_HEIGHT = 600;

describe('export-map of a selected hand-drawn grid with tall lanes', () => {
  it('exports every sticky of the selection once, each in the cell it sits in', async () => {
    const session = startPluginSession();
    const { figma } = session.fake;
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const section = figma.createSection();
    section.name = 'Onboarding journey';
    section.resizeWithoutConstraints(3400, 3400);
    // Stage names typed as texts over 700 px columns; lane labels as texts at the top of 600 px lanes.
    STAGES.forEach((name, index) => {
      const header = figma.createText();
      section.appendChild(header);
      header.characters = name;
      header.x = 400 + index * COLUMN_WIDTH + 225;
      header.y = 40;
    });
    LANES.forEach((name, index) => {
      const label = figma.createText();
      section.appendChild(label);
      label.characters = name;
      label.x = 40;
      label.y = 240 + index * LANE_HEIGHT;
    });
    const expected: Record<string, string> = {};
    for (const [laneIndex, lane] of LANES.entries()) {
      for (const [stageIndex, stage] of STAGES.entries()) {
        const note = await addNoteAsync(figma, {
          text: `${lane} in ${stage}`,
          x: 400 + stageIndex * COLUMN_WIDTH + 230,
          y: 240 + laneIndex * LANE_HEIGHT + 180,
          parent: section,
        });
        expected[note.id] = `${lane} / ${stage}`;
      }
    }
    figma.currentPage.selection = [section];
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'tall' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const { journey } = answer;
    const exported: Record<string, string> = {};
    for (const stage of journey.stages) {
      for (const lane of journey.lanes) for (const note of stage.lanes[lane.id] ?? []) exported[note.id] = `${lane.name} / ${stage.name}`;
    }
    expect(journey.summary.counts.notes).toBe(LANES.length * STAGES.length);
    expect(journey.lanes.map((lane) => lane.name)).toEqual(LANES);
    expect(exported).toEqual(expected);
  });
});
