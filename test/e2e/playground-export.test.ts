import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import type { Journey } from '../../src/core/journey/journey-schema';
import { addNotesAsync, readMapSpecAsync } from './board-scripts';
import type { NotePlacement } from './board-scripts';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { drawMapThroughPanelAsync, readMapThroughPanelAsync } from './panel-steps';
import { openPlaygroundForEachTest } from './open-playground-async';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();
if (skipBrowserTests) console.warn(`Skipping the browser tests: ${chromiumProblem}. With CI set they fail instead.`);

const MARKUP_NOTE = '<img src=x onerror=alert(1)>';

function notesIn(journey: Journey, stageId: string, laneId: string): string[] {
  const stage = journey.stages.find((candidate) => candidate.id === stageId);
  return (stage?.lanes[laneId] ?? []).map((note) => note.text);
}

describe.skipIf(skipBrowserTests)('the playground in Chromium: draw, fill and export a map', () => {
  const playground = openPlaygroundForEachTest();

  it('draws a map from the panel, and the downloaded JSON fits the schema with each note in its lane and stage', async () => {
    const { page, panel, problems } = playground();
    await drawMapThroughPanelAsync(panel, 'Checkout journey');
    const spec = await readMapSpecAsync(page);
    expect(spec.title).toBe('Checkout journey');
    const [firstLane, secondLane] = spec.lanes;
    const firstStage = spec.stages[0]!;
    const lastStage = spec.stages[spec.stages.length - 1]!;
    const placements: NotePlacement[] = [
      { laneId: firstLane!.id, stageId: firstStage.id, text: 'Sees an advert on the bus', stamps: ['+1', 'heart'] },
      { laneId: firstLane!.id, stageId: firstStage.id, text: 'Hears about it from a friend' },
      { laneId: secondLane!.id, stageId: lastStage.id, text: 'Tells a colleague about it', stamps: ['+1'] },
    ];
    const ids = await addNotesAsync(page, placements);

    await readMapThroughPanelAsync(panel, placements.length);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('checkout-journey.json');
    const text = await readFile(await download.path(), 'utf8');
    const journey = JourneySchema.parse(JSON.parse(text));

    expect(journey.title).toBe('Checkout journey');
    expect(journey.summary.counts.notes).toBe(3);
    expect(journey.unplaced).toEqual([]);
    expect(notesIn(journey, firstStage.id, firstLane!.id)).toEqual(['Sees an advert on the bus', 'Hears about it from a friend']);
    expect(notesIn(journey, lastStage.id, secondLane!.id)).toEqual(['Tells a colleague about it']);
    const advert = journey.stages[0]!.lanes[firstLane!.id]![0]!;
    expect(advert).toMatchObject({ id: ids[0], votes: 2, stamps: { '+1': 1, heart: 1 } });
    for (const stage of spec.stages.slice(1, -1)) {
      expect(Object.values(journey.stages.find((candidate) => candidate.id === stage.id)!.lanes).flat()).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it('shows a note written as markup as plain text, and the markup runs nothing', async () => {
    const { page, panel, problems, dialogs } = playground();
    await drawMapThroughPanelAsync(panel, 'Markup check');
    const spec = await readMapSpecAsync(page);
    const painPoints = spec.lanes.find((lane) => lane.kind === 'painPoints');
    expect(painPoints, 'the default map has a pain points lane, whose notes the export preview lists').toBeDefined();
    await addNotesAsync(page, [{ laneId: painPoints!.id, stageId: spec.stages[0]!.id, text: MARKUP_NOTE, stamps: ['+1'] }]);

    await readMapThroughPanelAsync(panel, 1);
    await expect.poll(() => panel.getByText(MARKUP_NOTE, { exact: true }).first().isVisible()).toBe(true);
    expect(await panel.locator('img').count()).toBe(0);
    expect(await page.locator('#board img').count()).toBe(0);
    // The board shows the same text as text too.
    await expect.poll(() => page.locator('#board').getByText(MARKUP_NOTE, { exact: true }).count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
