import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import type { Journey } from '../../src/core/journey/journey-schema';
import { TAG_KEYS, TAG_NAMESPACE } from '../../src/core/board/map-tags';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { addNotesAsync, readMapSpecAsync } from './board-scripts';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { openPlaygroundForEachTest } from './open-playground-async';
import type { PlaygroundSession } from './open-playground-async';
import { drawMapThroughPanelAsync, readMapThroughPanelAsync } from './panel-steps';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();

/** Each map on the board, by title, with the texts of the stickies anywhere in it. */
async function readBoardMapsAsync(session: PlaygroundSession): Promise<Record<string, string[]>> {
  return session.page.evaluate(
    ({ namespace, spec }) => {
      const { figma } = globalThis as unknown as { figma: FigJamApi };
      const maps = figma.currentPage.findAllWithCriteria({ types: ['SECTION'], sharedPluginData: { namespace, keys: [spec] } });
      return Object.fromEntries(
        maps.map((map) => [map.name, map.findAll((node) => node.type === 'STICKY').map((node) => (node.type === 'STICKY' ? node.text.characters : '')).sort()]),
      );
    },
    { namespace: TAG_NAMESPACE, spec: TAG_KEYS.spec },
  );
}

describe.skipIf(skipBrowserTests)('the playground in Chromium: import, duplicate and tidy a map', () => {
  const playground = openPlaygroundForEachTest();

  it('imports a downloaded export back onto its map through the Import tab, then duplicates and tidies it from the Edit tab', async () => {
    const { page, panel, problems } = playground();
    await drawMapThroughPanelAsync(panel, 'Workshop');
    const spec = await readMapSpecAsync(page);
    const [lane] = spec.lanes;
    await addNotesAsync(page, [
      { laneId: lane!.id, stageId: spec.stages[0]!.id, text: 'Sees an advert', stamps: ['+1', '+1'] },
      { laneId: lane!.id, stageId: spec.stages[1]!.id, text: 'Reads reviews' },
    ]);
    await readMapThroughPanelAsync(panel, 2);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download', exact: true }).click()]);
    const exported: Journey = JourneySchema.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
    const renamed = { ...exported, title: 'Imported workshop' };

    await panel.getByRole('tab', { name: 'Import' }).click();
    await panel.getByRole('textbox', { name: 'Journey JSON' }).fill(JSON.stringify(renamed, null, 2));
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    // The export names the map it came from, so importing it again updates that map rather than drawing another.
    await expect.poll(() => panel.locator('#import-status').innerText()).toBe(USER_MESSAGES.mapImportUpdated(0, 2));
    expect(await readBoardMapsAsync(playground())).toEqual({ 'Imported workshop': ['Reads reviews', 'Sees an advert'] });

    await panel.getByRole('tab', { name: 'Edit' }).click();
    await panel.getByRole('button', { name: 'Duplicate as future state' }).click();
    await expect
      .poll(() => panel.locator('#map-action-status').innerText())
      .toBe(USER_MESSAGES.mapDuplicated(USER_MESSAGES.futureStateTitle('Imported workshop')));
    const maps = await readBoardMapsAsync(playground());
    expect(Object.keys(maps).sort()).toEqual(['Imported workshop', 'Imported workshop (future state)']);
    expect(maps['Imported workshop (future state)']).toEqual(['Reads reviews', 'Sees an advert']);

    await panel.getByRole('button', { name: 'Tidy map' }).click();
    await expect.poll(() => panel.locator('#map-action-status').innerText()).toBe(USER_MESSAGES.mapTidied(0, 0));
    expect(problems).toEqual([]);
  });
});
