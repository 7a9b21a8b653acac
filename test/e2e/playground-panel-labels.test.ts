import { describe, expect, it } from 'vitest';
import { TAG_KEYS, TAG_NAMESPACE } from '../../src/core/board/map-tags';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { openPlaygroundForEachTest } from './open-playground-async';
import { drawMapThroughPanelAsync } from './panel-steps';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();

describe.skipIf(skipBrowserTests)('the playground in Chromium: what the panel\'s controls say', () => {
  const playground = openPlaygroundForEachTest();

  it('spaces the two cell-size labels of the Create tab apart', async () => {
    const { panel, problems } = playground();
    const across = await panel.locator('label[for="board-cell-columns"]').boundingBox();
    const down = await panel.locator('label[for="board-cell-rows"]').boundingBox();
    if (!across || !down) throw new Error('The cell-size labels are not shown');
    // On one line, with at least a word's space between the end of one and the start of the other.
    expect(Math.round(down.y)).toBe(Math.round(across.y));
    expect(down.x - (across.x + across.width)).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
  });

  it('moves lanes up and down and stages earlier and later, and marks the map selected on the board apart from its title', async () => {
    const { page, panel, problems } = playground();
    await drawMapThroughPanelAsync(panel, 'Current');
    await drawMapThroughPanelAsync(panel, 'Future');
    await page.evaluate(
      ({ namespace, role }) => {
        const { figma } = globalThis as unknown as { figma: FigJamApi };
        const maps = figma.currentPage
          .findAllWithCriteria({ types: ['SECTION'], sharedPluginData: { namespace, keys: [role] } })
          .filter((node) => node.getSharedPluginData(namespace, role) === 'map' && node.name === 'Future');
        figma.currentPage.selection = maps;
      },
      { namespace: TAG_NAMESPACE, role: TAG_KEYS.role },
    );
    await panel.getByRole('tab', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Stage 1' }).waitFor();
    const choices = panel.locator('#map-choice option');
    await expect.poll(() => choices.allInnerTexts()).toEqual(['Current', USER_MESSAGES.mapChoice('Future', true)]);
    expect(USER_MESSAGES.mapChoice('Future', true)).toBe('Future — selected on the board');

    expect(await panel.getByRole('button', { name: 'Move lane 1 down' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Move lane 2 up' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: /^Move lane \d+ (earlier|later)$/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Move stage 2 earlier' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Move stage 1 later' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
