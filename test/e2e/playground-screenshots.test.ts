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

/** Timing and channel under each of the default preset's five stage headers. */
const STAGE_DESCRIPTIONS = ['Weeks before · social media', 'A weekend · web shop', '10 minutes · checkout', 'First hike · the jacket', 'After the trip · friends'];

/** Fills the Create tab as a facilitator would and draws the map; `extraLanes` are preset lanes ticked on top. */
async function drawWorkshopMapAsync(panel: Frame, title: string, extraLanes: readonly string[]): Promise<void> {
  await panel.getByRole('tab', { name: 'Create' }).click();
  await panel.getByRole('textbox', { name: 'Title' }).fill(title);
  await panel.getByRole('textbox', { name: 'Name', exact: true }).fill('Maya Lindqvist');
  await panel.getByRole('textbox', { name: 'Role (optional)' }).fill('Weekend hiker, buys gear online twice a year');
  await panel.getByRole('textbox', { name: 'Short description' }).fill('Plans a trip to the Alps in March and wants a warm jacket that packs small, without a trip to the city.');
  for (const [index, description] of STAGE_DESCRIPTIONS.entries()) {
    await panel.getByRole('textbox', { name: `Stage description ${index + 1} (optional)` }).fill(description);
  }
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

type NodeTags = { role: string; laneId?: string; stageId?: string };

interface ShotTarget {
  /** Nodes the board is fitted to, each found by its tags; the whole board when empty. */
  fit: NodeTags[];
  /**
   * Nodes whose left and right edges the fit takes instead of the `fit` nodes' own: the title's text box is as wide
   * as the map, so a close-up under the title is framed by what lies under it. The picture is then cut to the
   * fitted box, at a zoom that fills the board with it (closer than 100 % where the box is small, as one zooms in
   * FigJam to read it).
   */
  across?: NodeTags[];
  /** The node whose box the picture is cut to, within the board; the whole board when absent. */
  clip?: NodeTags;
}

/** Screen pixels left around a close-up's box, on the board and in the picture. */
const CLOSE_UP_MARGIN = 24;

async function nextFramesAsync(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Fits the board to the target's nodes, then writes the board, or the part the target cuts to, as a PNG. */
async function shootAsync(page: Page, file: string, target: ShotTarget): Promise<Buffer> {
  // The board follows the plugin's last zoom on its next frame; let it, so that it does not undo the fit below.
  await nextFramesAsync(page);
  const framed = await page.evaluate(
    ({ tags, target, margin }) => {
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
      const boxOf = (wanted: Array<{ role: string; laneId?: string; stageId?: string }>) => {
        const boxes = wanted.map((one) => (find(one) as unknown as { absoluteBoundingBox: { x: number; y: number; width: number; height: number } }).absoluteBoundingBox);
        const left = Math.min(...boxes.map((box) => box.x));
        const top = Math.min(...boxes.map((box) => box.y));
        return { left, top, right: Math.max(...boxes.map((box) => box.x + box.width)), bottom: Math.max(...boxes.map((box) => box.y + box.height)) };
      };
      if (target.across) {
        const down = boxOf(target.fit);
        const across = boxOf(target.across);
        const box = { left: across.left, right: across.right, top: down.top, bottom: down.bottom };
        const board = document.querySelector<HTMLElement>('#board')!;
        const screen = { width: board.clientWidth, height: board.clientHeight };
        const zoom = Math.min((screen.width - 2 * margin) / (box.right - box.left), (screen.height - 2 * margin) / (box.bottom - box.top));
        const center = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
        figma.viewport.center = center;
        figma.viewport.zoom = zoom;
        // Where the box lands on the board, as the board centres the viewport's centre at the viewport's zoom.
        return { nodeId: null, closeUp: { x: screen.width / 2 + (box.left - center.x) * zoom, y: screen.height / 2 + (box.top - center.y) * zoom, width: (box.right - box.left) * zoom, height: (box.bottom - box.top) * zoom } };
      }
      if (target.fit.length === 0) playground.board.fitToContent();
      else figma.viewport.scrollAndZoomIntoView(target.fit.map(find));
      return { nodeId: target.clip ? find(target.clip).id : null, closeUp: null };
    },
    { tags: { namespace: TAG_NAMESPACE, role: TAG_KEYS.role, laneId: TAG_KEYS.laneId, stageId: TAG_KEYS.stageId }, target, margin: CLOSE_UP_MARGIN },
  );
  // Two frames: one to follow the viewport, one to draw at it.
  await nextFramesAsync(page);
  const path = fileURLToPath(new URL(file, SCREENSHOTS));
  const board = (await page.locator('#board').boundingBox())!;
  let clip = board;
  const cutTo = (part: { x: number; y: number; width: number; height: number }, margin: number) => {
    const x = Math.max(board.x, part.x - margin);
    const y = Math.max(board.y, part.y - margin);
    return { x, y, width: Math.min(board.x + board.width, part.x + part.width + margin) - x, height: Math.min(board.y + board.height, part.y + part.height + margin) - y };
  };
  if (framed.closeUp !== null) clip = cutTo({ ...framed.closeUp, x: board.x + framed.closeUp.x, y: board.y + framed.closeUp.y }, CLOSE_UP_MARGIN / 2);
  else if (framed.nodeId !== null) clip = cutTo((await page.locator(`[data-node-id="${framed.nodeId}"]`).first().boundingBox())!, 8);
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
      // The title area and the persona card with its slots, close enough to read the slots' names and hints.
      await shootAsync(page, 'default-map-persona.png', { fit: [{ role: 'title' }, { role: 'persona' }], across: [{ role: 'persona' }] }),
      // The parking lot's top with its instruction beside the legend and the how-to, as a facilitator reads them out.
      await shootAsync(page, 'default-map-workshop-areas.png', {
        fit: [{ role: 'legend' }, { role: 'how-to' }],
        across: [{ role: 'parking-lot' }, { role: 'legend' }, { role: 'how-to' }],
      }),
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
    expect(drawn.texts).toEqual(expect.arrayContaining(['1 · Awareness', STAGE_DESCRIPTIONS[0], 'Weekend hiker, buys gear online twice a year', 'Legend', 'How to use this board (60 minutes)', 'Current state', '+2', '-2']));
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
