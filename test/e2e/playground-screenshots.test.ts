import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TAG_KEYS, TAG_NAMESPACE } from '../../src/core/board/map-tags';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { addNotesAsync, readMapSpecAsync } from './board-scripts';
import type { NotePlacement } from './board-scripts';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { openPlaygroundAsync } from './open-playground-async';
import type { PlaygroundSession } from './open-playground-async';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();
if (skipBrowserTests) console.warn(`Skipping the browser tests: ${chromiumProblem}. With CI set they fail instead.`);

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const STEP_TIMEOUT = 15_000;

interface PageGlobals {
  figma: FigJamApi;
  playground: { board: { fitToContent(): void; update(): void } };
}

/** Fills the Create tab as a facilitator would and draws the map; `extraLanes` are preset lanes ticked on top. */
async function drawWorkshopMapAsync(panel: Frame, title: string, extraLanes: readonly string[]): Promise<void> {
  await panel.getByRole('tab', { name: 'Create' }).click();
  await panel.getByRole('textbox', { name: 'Title' }).fill(title);
  await panel.getByRole('textbox', { name: 'Scenario or scope (optional)' }).fill('Buying a winter jacket online for a hiking trip');
  await panel.getByRole('textbox', { name: 'Team (optional)' }).fill('Web shop squad');
  await panel.getByRole('textbox', { name: 'Date (optional)' }).fill('March 2026');
  for (const lane of extraLanes) await panel.getByRole('checkbox', { name: lane }).check();
  await panel.getByRole('button', { name: 'Draw map' }).click();
  await panel.locator('#create-status.status-success').waitFor({ timeout: STEP_TIMEOUT });
}

function workshopNotes(spec: Awaited<ReturnType<typeof readMapSpecAsync>>): NotePlacement[] {
  const stage = (index: number) => spec.stages[index]!.id;
  const notes: NotePlacement[] = [
    { laneId: 'touchpoints', stageId: stage(0), text: 'Instagram ad' },
    { laneId: 'touchpoints', stageId: stage(1), text: 'Product page and size guide' },
    { laneId: 'touchpoints', stageId: stage(2), text: 'Checkout' },
    { laneId: 'actions', stageId: stage(0), text: 'Saves the ad for later' },
    { laneId: 'actions', stageId: stage(1), text: 'Compares three jackets' },
    { laneId: 'thoughts', stageId: stage(2), text: '“Why do I need an account?”' },
    { laneId: 'emotions', stageId: stage(0), text: '+1 curious' },
    { laneId: 'emotions', stageId: stage(1), text: '+2 found the one' },
    { laneId: 'emotions', stageId: stage(2), text: '-2 the form lost my address' },
    { laneId: 'emotions', stageId: stage(3), text: '0 parcel arrived' },
    { laneId: 'emotions', stageId: stage(4), text: '+1 told a friend' },
    { laneId: 'painPoints', stageId: stage(2), text: 'Account required to pay', stamps: ['+1', '+1', 'heart'] },
    { laneId: 'opportunities', stageId: stage(2), text: 'Guest checkout' },
  ];
  return notes;
}

interface ShotTarget {
  /** Nodes the board is fitted to, each found by its tags; the whole board when empty. */
  fit: Array<{ role: string; laneId?: string; stageId?: string }>;
  /** The node whose box the picture is cut to, within the board; the whole board when absent. */
  clip?: { role: string; laneId?: string };
}

/** Fits the board to the target's nodes, then writes the board, or the part the target cuts to, as a PNG. */
async function shootAsync(page: Page, file: string, target: ShotTarget): Promise<Buffer> {
  // The board follows the plugin's last zoom on its next frame; let it, so that it does not undo the fit below.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const clipNodeId = await page.evaluate(
    ({ tags, target }) => {
      const { figma, playground } = globalThis as unknown as PageGlobals;
      const tagged = figma.currentPage.findAllWithCriteria({ sharedPluginData: { namespace: tags.namespace, keys: [tags.role] } });
      const find = (wanted: { role: string; laneId?: string; stageId?: string }) => {
        const node = tagged.find(
          (candidate) =>
            candidate.getSharedPluginData(tags.namespace, tags.role) === wanted.role &&
            (wanted.laneId === undefined || candidate.getSharedPluginData(tags.namespace, tags.laneId) === wanted.laneId) &&
            (wanted.stageId === undefined || candidate.getSharedPluginData(tags.namespace, tags.stageId) === wanted.stageId),
        );
        if (!node) throw new Error(`No ${JSON.stringify(wanted)} on the board`);
        return node;
      };
      if (target.fit.length === 0) playground.board.fitToContent();
      else figma.viewport.scrollAndZoomIntoView(target.fit.map(find));
      return target.clip ? find(target.clip).id : null;
    },
    { tags: { namespace: TAG_NAMESPACE, role: TAG_KEYS.role, laneId: TAG_KEYS.laneId, stageId: TAG_KEYS.stageId }, target },
  );
  // Two frames: one to follow the viewport, one to draw at it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const path = fileURLToPath(new URL(file, SCREENSHOTS));
  const board = (await page.locator('#board').boundingBox())!;
  let clip = board;
  if (clipNodeId !== null) {
    const part = (await page.locator(`[data-node-id="${clipNodeId}"]`).first().boundingBox())!;
    const x = Math.max(board.x, part.x - 8);
    const y = Math.max(board.y, part.y - 8);
    clip = { x, y, width: Math.min(board.x + board.width, part.x + part.width + 8) - x, height: Math.min(board.y + board.height, part.y + part.height + 8) - y };
  }
  await page.screenshot({ path, clip });
  return readFile(path);
}

/** The board alone: the plugin window and the toasts would cover part of the map. */
async function hidePanelAsync(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('#plugin-window')!.hidden = true;
    document.querySelector<HTMLElement>('#toasts')!.style.display = 'none';
  });
}

describe.skipIf(skipBrowserTests)('screenshots of the template in the playground', () => {
  let session: PlaygroundSession | undefined;

  afterEach(async () => {
    await session?.closeAsync();
    session = undefined;
  });

  it('draws the default workshop map with notes and its emotion curve, and writes the overview, persona and emotion lane', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    session = await openPlaygroundAsync();
    const { page, panel, problems } = session;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await drawWorkshopMapAsync(panel, 'Winter jacket journey', []);
    const spec = await readMapSpecAsync(page);
    expect(spec.options).toMatchObject({ showLegend: true, showHowTo: true });
    await addNotesAsync(page, workshopNotes(spec));
    await panel.getByRole('tab', { name: 'Edit' }).click();
    await panel.getByRole('button', { name: 'Draw emotion curve' }).click();
    await panel.locator('#map-action-status.status-success').waitFor({ timeout: STEP_TIMEOUT });
    await hidePanelAsync(page);

    const shots = [
      await shootAsync(page, 'default-map-overview.png', { fit: [] }),
      await shootAsync(page, 'default-map-persona.png', { fit: [{ role: 'title' }, { role: 'persona' }] }),
      // The emotion lane's first three stages, close enough to read the scale, the guides and the dots' scores.
      await shootAsync(page, 'default-map-emotion-lane.png', {
        fit: [{ role: 'lane-label', laneId: 'emotions' }, { role: 'cell', laneId: 'emotions', stageId: spec.stages[2]!.id }],
        clip: { role: 'lane', laneId: 'emotions' },
      }),
    ];
    for (const shot of shots) expect([...shot.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    // What the screenshots show is drawn: numbered chevrons, guide lines, the curve's labelled dots, both panels.
    const drawn = await page.evaluate(() => ({
      chevrons: document.querySelectorAll('[data-node-type="SHAPE_WITH_TEXT"] polygon').length,
      texts: Array.from(document.querySelectorAll('[data-text-of]'), (element) => element.textContent ?? ''),
    }));
    expect(drawn.chevrons).toBeGreaterThanOrEqual(spec.stages.length);
    expect(drawn.texts).toEqual(expect.arrayContaining(['1 · Awareness', 'Legend', 'How to use this board (60 minutes)', 'Current state', '+2', '-2']));
    expect(problems).toEqual([]);
  });

  it('draws a full 8-lane map and writes its overview', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    session = await openPlaygroundAsync();
    const { page, panel, problems } = session;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await drawWorkshopMapAsync(panel, 'Winter jacket service blueprint', ['Frontstage', 'Backstage']);
    const spec = await readMapSpecAsync(page);
    expect(spec.lanes).toHaveLength(8);
    await hidePanelAsync(page);
    const shot = await shootAsync(page, 'eight-lane-map-overview.png', { fit: [] });
    expect([...shot.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(problems).toEqual([]);
  });
});
