import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { describe, expect, it } from 'vitest';
import { STICKY_PALETTE } from '../../src/core/shared/nearest-palette-color';
import { addNotesAsync, addPersonaNotesAsync, readMapSpecAsync, removeMapPartsAsync } from './board-scripts';
import type { NotePlacement } from './board-scripts';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { findSeriousViolationsAsync } from './find-serious-violations-async';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { openPlaygroundForEachTest } from './open-playground-async';
import { drawMapThroughPanelAsync, readMapThroughPanelAsync } from './panel-steps';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();
if (skipBrowserTests) console.warn(`Skipping the browser tests: ${chromiumProblem}. With CI set they fail instead.`);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifactsDirectory = path.join(root, 'test-artifacts');
/** `UPDATE_DOC_IMAGES=1 npx vitest run test/e2e` refreshes the README's pictures from the same screenshots. */
const docImagesDirectory = path.join(root, 'docs/images');
const DOC_IMAGES = new Set(['panel.png', 'board.png', 'panel-import.png', 'panel-edit.png']);

async function saveScreenshotAsync(write: (file: string) => Promise<unknown>, name: string): Promise<void> {
  await mkdir(artifactsDirectory, { recursive: true });
  const file = path.join(artifactsDirectory, name);
  await write(file);
  if (process.env.UPDATE_DOC_IMAGES && DOC_IMAGES.has(name)) {
    await mkdir(docImagesDirectory, { recursive: true });
    await copyFile(file, path.join(docImagesDirectory, name));
  }
}

/** A few notes and votes in each lane, most in the first stages where the board screenshot looks. */
function sampleNotes(lanes: ReadonlyArray<{ id: string; kind: string }>, stages: ReadonlyArray<{ id: string }>): NotePlacement[] {
  const texts: Record<string, string[]> = {
    touchpoints: ['Instagram advert', 'A friend’s recommendation', 'Comparison site', 'Product page'],
    actions: ['Reads three reviews', 'Saves it for later', 'Asks a friend', 'Adds to basket'],
    thoughts: ['Is it worth the price?', 'Looks trustworthy', 'Which size do I need?', 'Why so many steps?'],
    emotions: ['+1 curious', '0 not sure yet', '-1 unsure about fees', '-2 card declined'],
    painPoints: ['Prices hidden until checkout', 'No phone number', 'Size guide is vague', 'Card asked twice'],
    opportunities: ['Show the full price early', 'Chat on the product page', 'Fit finder', 'One-page checkout'],
  };
  const colors: Record<string, string> = { thoughts: 'Violet', emotions: 'Orange', painPoints: 'Red', opportunities: 'Green', touchpoints: 'Blue' };
  const stageOf = [0, 0, 1, 2];
  const placements: NotePlacement[] = [];
  for (const lane of lanes) {
    const color = STICKY_PALETTE.find((entry) => entry.name === (colors[lane.kind] ?? 'Yellow'))!.color;
    (texts[lane.kind] ?? ['A note', 'Another note']).forEach((text, index) => {
      const stamps = index === 0 ? ['+1', '+1', 'heart'] : index === 2 ? ['+1'] : [];
      placements.push({ laneId: lane.id, stageId: stages[Math.min(stageOf[index]!, stages.length - 1)]!.id, text, stamps, color });
    });
  }
  return placements;
}

describe.skipIf(skipBrowserTests)('the playground in Chromium: accessibility and screenshots', () => {
  const playground = openPlaygroundForEachTest();

  it('has no serious or critical axe violations on either tab of the panel', async () => {
    const { page, panel, problems } = playground();
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);

    await drawMapThroughPanelAsync(panel, 'Accessibility check');
    const spec = await readMapSpecAsync(page);
    const placements = sampleNotes(spec.lanes, spec.stages);
    await addNotesAsync(page, placements);
    await readMapThroughPanelAsync(panel, placements.length);
    expect(await panel.getByRole('tab', { name: 'Export' }).getAttribute('aria-selected')).toBe('true');
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);

    // What the map lacks on the board, and the notes on the persona card, each in a line of its own.
    expect(await removeMapPartsAsync(page, 'title')).toBe(1);
    await addPersonaNotesAsync(page, ['Works night shifts', 'Shops on her phone']);
    await readMapThroughPanelAsync(panel, placements.length + 2, 1);
    const lacks = panel.getByRole('region', { name: USER_MESSAGES.mapWarningsHeading });
    expect(await lacks.getByRole('listitem').allInnerTexts()).toEqual([USER_MESSAGES.titleMissingFromBoard]);
    // Right under the status line that counts them, above the text preview and the table, not at the bottom.
    expect(await lacks.evaluate((element) => element.previousElementSibling?.querySelector('#export-status') !== null)).toBe(true);
    expect(await panel.locator('.map-warnings ~ section[aria-labelledby="output-title"]').count()).toBe(1);
    expect(await panel.locator('.map-warnings ~ .preview').count()).toBe(1);
    expect(await panel.locator('#export-status').getAttribute('class')).toContain('status-warning');
    expect(await panel.getByText(USER_MESSAGES.personaCardNotesRead(2, 0), { exact: true }).count()).toBe(1);
    expect(await panel.getByRole('region', { name: 'JSON preview' }).isVisible()).toBe(true);
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('has no serious or critical axe violations on the Import and Edit tabs, a problem and the question included', async () => {
    const { page, panel, problems } = playground();
    await panel.getByRole('tab', { name: 'Create' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe('true');
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);

    const journeyBox = panel.getByRole('textbox', { name: 'Journey JSON' });
    const importButton = panel.getByRole('button', { name: 'Import' });
    await journeyBox.fill('{\n  "schemaVersion": 1,,\n}');
    await importButton.click();
    await expect.poll(() => panel.locator('#import-status').innerText()).toBe(USER_MESSAGES.importNotJson(2, 22));
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);
    // Valid JSON that is no journey: the sandbox refuses it, with its problems when it lists them.
    await journeyBox.fill('{"schemaVersion": 1}');
    await importButton.click();
    await panel.locator('#import-status.status-error').waitFor();
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);
    await saveScreenshotAsync((file) => page.locator('#plugin-window').screenshot({ path: file }), 'panel-import.png');

    await drawMapThroughPanelAsync(panel, 'Edit check');
    const spec = await readMapSpecAsync(page);
    const [firstStage] = spec.stages;
    await addNotesAsync(page, [1, 2, 3].map((index) => ({ laneId: spec.lanes[0]!.id, stageId: firstStage!.id, text: `Edit check ${index}` })));
    await panel.getByRole('tab', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Stage 1' }).waitFor();
    expect(await panel.getByText('3 notes', { exact: true }).count()).toBe(2);
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Remove stage 1' }).click();
    await panel.getByRole('button', { name: 'Apply changes' }).click();
    const question = panel.getByRole('alertdialog', { name: USER_MESSAGES.confirmRemovalTitle });
    await question.waitFor();
    expect(await question.innerText()).toContain(USER_MESSAGES.removalHoldsNotes(3, USER_MESSAGES.removedParts([firstStage!.name], [])));
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('cancel-map-update');
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);
    await saveScreenshotAsync((file) => page.locator('#plugin-window').screenshot({ path: file }), 'panel-edit.png');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await panel.locator('#map-edit-status').innerText()).toBe(USER_MESSAGES.updateCancelled);
    expect(await panel.getByRole('textbox', { name: 'Stage 1' }).inputValue()).toBe(spec.stages[1]!.name);
    expect(problems).toEqual([]);
  });

  it('writes screenshots of the panel and the board', async () => {
    const { page, panel, problems } = playground();
    await drawMapThroughPanelAsync(panel, 'Online checkout');
    await saveScreenshotAsync((file) => page.locator('#plugin-window').screenshot({ path: file }), 'panel-create.png');

    const spec = await readMapSpecAsync(page);
    const placements = sampleNotes(spec.lanes, spec.stages);
    await addNotesAsync(page, placements);
    await readMapThroughPanelAsync(panel, placements.length);
    await saveScreenshotAsync((file) => page.locator('#plugin-window').screenshot({ path: file }), 'panel.png');

    // The board follows figma.viewport like FigJam's canvas: show the top-left of the map, close enough to read.
    const boardBox = (await page.locator('#board').boundingBox())!;
    const view = await page.evaluate(
      ({ zoom, screen }) => {
        const { figma } = globalThis as unknown as { figma: FigJamApi };
        const map = figma.currentPage.children[0]!.absoluteBoundingBox!;
        const visible = { width: screen.width / zoom, height: screen.height / zoom };
        figma.currentPage.selection = [];
        figma.viewport.zoom = zoom;
        figma.viewport.center = { x: map.x + visible.width / 2 - 80, y: map.y + visible.height / 2 - 120 };
        return { zoom: figma.viewport.zoom };
      },
      { zoom: 0.34, screen: { width: boardBox.width, height: boardBox.height } },
    );
    expect(view.zoom).toBeCloseTo(0.34);
    await expect.poll(() => page.locator('#zoom-level').innerText()).toBe('34%');
    await expect.poll(() => page.locator('#board .selection-outline').count()).toBe(0);
    // figma.notify toasts fade after a few seconds; the picture is of the board without them.
    await expect.poll(() => page.locator('#toasts > *').count(), { timeout: 10_000 }).toBe(0);
    await saveScreenshotAsync((file) => page.locator('#board').screenshot({ path: file }), 'board.png');
    expect(problems).toEqual([]);
  });
});
