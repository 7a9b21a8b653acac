import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PANEL_SIZE_LIMITS, PREFERENCES_STORAGE_KEY } from '../../src/core/protocol/preferences';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { FakeFigmaHandles } from '../fake-figjam/index';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { createJourneyFixture } from '../ui/journey-fixture';
import { addNotesAsync, readMapSpecAsync } from './board-scripts';
import type { NotePlacement } from './board-scripts';
import { findSeriousViolationsAsync } from './find-serious-violations-async';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { openPlaygroundForEachTest } from './open-playground-async';
import { drawMapThroughPanelAsync, readMapThroughPanelAsync } from './panel-steps';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();
if (skipBrowserTests) console.warn(`Skipping the browser tests: ${chromiumProblem}. With CI set they fail instead.`);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifactsDirectory = path.join(root, 'test-artifacts');

interface PageGlobals {
  figma: FigJamApi;
  playground: { handles: FakeFigmaHandles };
}

/** Names as long as the template takes, as people paste them from a research deck. */
const LONG_TITLE = 'Enterprise procurement journey for a regional hospital group, from first contact to renewal';
const LONG_STAGES = [
  'Awareness of a challenge across the organisation',
  'Researching the issue with colleagues',
  'Evaluating solutions and vendors',
  'Making a decision with procurement',
  'Onboarding and first value',
];

/** The panel's width when the plugin opens (UI_SIZE in src/plugin/start-plugin.ts). */
const DEFAULT_PANEL_WIDTH = 380;

const SIZES = [
  { width: 300, height: 480 },
  { width: 380, height: 600 },
] as const;

/** Drags from the middle of `box` by (dx, dy) in small steps, a frame apart, as a hand does. */
async function dragAsync(page: Page, box: { x: number; y: number; width: number; height: number }, dx: number, dy: number): Promise<void> {
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++) {
    await page.mouse.move(from.x + (dx * step) / 5, from.y + (dy * step) / 5);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await page.mouse.up();
}

async function resizePanelAsync(page: Page, panel: Frame, size: { width: number; height: number }): Promise<void> {
  await page.evaluate(({ width, height }) => (globalThis as unknown as PageGlobals).figma.ui.resize(width, height), size);
  await expect.poll(() => panel.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([size.width, size.height]);
}

/** How far the panel's page is wider than its window: 0 when nothing pushes it sideways. */
function readHorizontalOverflow(panel: Frame): Promise<{ overflow: number; widest: string }> {
  return panel.evaluate(() => {
    const page = document.scrollingElement!;
    // The widest element that sticks out of the window, to say what to fix.
    let widest = '';
    let widestRight = window.innerWidth;
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (element.closest('.table-scroll, .chart-scroll, .problem-scroll')) continue;
      const right = element.getBoundingClientRect().right;
      if (right > widestRight + 0.5) {
        widestRight = right;
        widest = `${element.tagName.toLowerCase()}.${element.className} (${Math.round(right)} px)`;
      }
    }
    return { overflow: page.scrollWidth - page.clientWidth, widest };
  });
}

async function drawLongNamedMapAsync(page: Page, panel: Frame): Promise<TemplateSpec> {
  await panel.getByRole('tab', { name: 'Create' }).click();
  await panel.getByRole('textbox', { name: 'Title' }).fill(LONG_TITLE);
  for (const [index, name] of LONG_STAGES.entries()) await panel.getByRole('textbox', { name: `Stage ${index + 1}` }).fill(name);
  await panel.getByRole('button', { name: 'Draw map' }).click();
  await panel.locator('#create-status.status-success').waitFor();
  return readMapSpecAsync(page);
}

/** Notes in each stage; the emotion notes say nothing a score can be read from but two, so most come from position. */
function notesFor(spec: TemplateSpec): NotePlacement[] {
  const notes: NotePlacement[] = [];
  for (const [index, stage] of spec.stages.entries()) {
    for (const lane of spec.lanes) {
      const text = lane.kind === 'emotions' ? (index === 1 ? '+2' : index === 3 ? '-2' : 'Saw the invoice') : `Note about ${stage.name}`;
      notes.push({ laneId: lane.id, stageId: stage.id, text, ...(lane.kind === 'painPoints' ? { stamps: ['+1'] } : {}) });
    }
  }
  return notes;
}

async function screenshotAsync(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDirectory, { recursive: true });
  await page.locator('#plugin-window').screenshot({ path: path.join(artifactsDirectory, name) });
}

/**
 * Records, from now on, every progress bar the panel shows and every status text, so a short action still
 * proves its bar was there.
 */
async function watchProgressAsync(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    const seen = { bars: [] as string[], texts: [] as string[] };
    (globalThis as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const record = () => {
      for (const bar of Array.from(document.querySelectorAll('progress'))) {
        const label = `${bar.getAttribute('aria-label')}${bar.hasAttribute('value') ? ` ${bar.getAttribute('value')}/${bar.getAttribute('max')}` : ''}`;
        if (!seen.bars.includes(label)) seen.bars.push(label);
      }
      for (const status of Array.from(document.querySelectorAll('.status'))) {
        const text = status.textContent ?? '';
        if (text !== '' && !seen.texts.includes(text)) seen.texts.push(text);
      }
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function readProgressSeen(panel: Frame): Promise<{ bars: string[]; texts: string[] }> {
  return panel.evaluate(() => (globalThis as unknown as { progressSeen: { bars: string[]; texts: string[] } }).progressSeen);
}

describe.skipIf(skipBrowserTests)('the playground in Chromium: a panel that never surprises', () => {
  const playground = openPlaygroundForEachTest();

  it('fits every tab at 300 × 480 and 380 × 600 with long names, the chart labelled and the tabs accessible', async () => {
    const { page, panel, problems } = playground();
    const spec = await drawLongNamedMapAsync(page, panel);
    const notes = notesFor(spec);
    await addNotesAsync(page, notes);
    await readMapThroughPanelAsync(panel, notes.length);

    const chart = panel.getByRole('img', { name: /^Emotion by stage/ });
    const chartTexts = await chart.locator('text').allTextContents();
    // The scale, each scored stage's value, and every stage's name (cut to two lines, whole in its tooltip).
    expect(chartTexts.slice(0, 3)).toEqual(['+2', '0', '\u22122']);
    expect(chartTexts).toEqual(expect.arrayContaining(['+2', '\u22122']));
    const titles = await chart.locator('text.chart-stage title').allTextContents();
    expect(titles.map((title) => title.split(': ')[0])).toEqual(LONG_STAGES);
    expect([titles[1], titles[3]]).toEqual([`${LONG_STAGES[1]}: +2`, `${LONG_STAGES[3]}: \u22122`]);
    for (const title of titles) expect(title).toMatch(/: (0|[+\u2212]\d(\.\d)?)$/);
    expect(await panel.locator('#position-scored').innerText()).toContain(USER_MESSAGES.positionScored(3));

    for (const size of SIZES) {
      await resizePanelAsync(page, panel, size);
      for (const tab of ['Export', 'Create', 'Import', 'Edit'] as const) {
        await panel.getByRole('tab', { name: tab }).click();
        if (tab === 'Edit') await panel.getByRole('textbox', { name: 'Stage 1' }).waitFor();
        expect(await readHorizontalOverflow(panel), `${tab} at ${size.width} × ${size.height}`).toEqual({ overflow: 0, widest: '' });
        expect(await findSeriousViolationsAsync(panel), `${tab} at ${size.width} × ${size.height}`).toEqual([]);
        await screenshotAsync(page, `panel-fit-${tab.toLowerCase()}-${size.width}.png`);
        if (tab === 'Export') {
          await panel.locator('.preview').screenshot({ path: path.join(artifactsDirectory, `panel-fit-preview-${size.width}.png`) });
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('fits the notes table of the default map in the panel at its default width, every column whole', async () => {
    const { page, panel, problems } = playground();
    await drawMapThroughPanelAsync(panel, 'Table fit');
    const spec = await readMapSpecAsync(page);
    const notes = notesFor(spec);
    await addNotesAsync(page, notes);
    await readMapThroughPanelAsync(panel, notes.length);
    expect(await panel.evaluate(() => window.innerWidth)).toBe(DEFAULT_PANEL_WIDTH);
    const table = panel.locator('.table-scroll');
    // How far the table is wider than the box it scrolls in: 0 when the last column shows whole.
    const sticksOut = () => table.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(await sticksOut()).toBe(0);
    // Every lane shows: the table's box does not scroll up and down inside the scrolling panel.
    expect(await table.evaluate((element) => element.scrollHeight - element.clientHeight)).toBe(0);
    expect(await table.locator('tbody tr').count()).toBe(spec.lanes.length);
    // Each stage name stands whole: one line box (a name broken inside a word has two), nothing clipped.
    const readStageHeadings = () =>
      table.locator('.column-name').evaluateAll((names) =>
        names.map((name) => {
          const range = document.createRange();
          range.selectNodeContents(name);
          const clipped = name.scrollWidth > name.clientWidth || name.scrollHeight > name.clientHeight;
          return { text: name.textContent, lines: range.getClientRects().length, clipped };
        }),
      );
    const whole = spec.stages.map((stage) => ({ text: stage.name, lines: 1, clipped: false }));
    expect(await readStageHeadings()).toEqual(whole);
    await resizePanelAsync(page, panel, SIZES[1]);
    expect(await sticksOut()).toBe(0);
    expect(await readStageHeadings()).toEqual(whole);
    expect(problems).toEqual([]);
  });

  it('switches the format with no board read, and the download is in the format chosen', async () => {
    const { page, panel, problems } = playground();
    const spec = await drawLongNamedMapAsync(page, panel);
    const notes = notesFor(spec);
    await addNotesAsync(page, notes);
    await readMapThroughPanelAsync(panel, notes.length);
    const answersBefore = await page.evaluate(() => (globalThis as unknown as PageGlobals).playground.handles.ui.received.length);

    await panel.getByRole('radio', { name: 'CSV' }).check();
    // Arrow keys across the choice, as a keyboard user goes: each stop makes its text, none reads the board.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => panel.getByRole('button', { name: 'Download', exact: true }).isEnabled()).toBe(true);
    // The playground draws the board through the same API, so its counts mix with the plugin's; what the sandbox
    // answered tells instead: only formatted texts (CSV, Markdown, and CSV again unless the panel still had it),
    // no export (the one request that reads the board), no progress.
    const readAnswersAsync = () =>
      page.evaluate(
        (from) =>
          (globalThis as unknown as PageGlobals).playground.handles.ui.received
            .slice(from)
            .map((message) => `${(message as { type: string }).type} ${(message as { format?: string }).format}`),
        answersBefore,
      );
    await expect.poll(async () => (await readAnswersAsync()).length).toBeGreaterThanOrEqual(2);
    const answers = await readAnswersAsync();
    expect(answers.slice(0, 2)).toEqual(['journey-formatted csv', 'journey-formatted markdown']);
    expect(answers.every((answer) => answer.startsWith('journey-formatted '))).toBe(true);
    expect(await panel.getByRole('radio', { name: 'CSV' }).isChecked()).toBe(true);

    // The choice shows what it makes: the first lines of the text, from the same formatted answers.
    const firstLineAsync = (format: string) =>
      panel.getByRole('region', { name: `${format} preview` }).locator('pre').innerText().then((text) => text.split('\n')[0]);
    await expect.poll(() => firstLineAsync('CSV')).toMatch(/^stage,lane,text,score,votes/);
    expect(await panel.locator('#output-lines').innerText()).toBe(USER_MESSAGES.outputPreviewLines(12, notes.length + 1));
    // Long lines wrap in the box instead of scrolling it sideways: how far the text is wider than the box as shown
    // (0), and whether it would be wider unwrapped, which proves the lines are long enough to need it.
    const readPreviewOverflowAsync = () =>
      panel.locator('pre.output-text').evaluate((element) => {
        const shown = element.scrollWidth - element.clientWidth;
        element.style.whiteSpace = 'pre';
        const unwrapped = element.scrollWidth - element.clientWidth;
        element.style.whiteSpace = '';
        return { shown, longerThanTheBox: unwrapped > 0 };
      });
    expect(await readPreviewOverflowAsync(), 'CSV preview').toEqual({ shown: 0, longerThanTheBox: true });
    // A wrapped line goes on under a hanging indent, so a new line is visibly a new line: for each line that wraps,
    // how far right of its first line box its second starts.
    const continuationIndents = await panel.locator('pre.output-text .output-line').evaluateAll((lines) =>
      lines.flatMap((line) => {
        const range = document.createRange();
        range.selectNodeContents(line);
        const boxes = Array.from(range.getClientRects());
        return boxes.length < 2 ? [] : [Math.round(boxes[1]!.left - boxes[0]!.left)];
      }),
    );
    expect(continuationIndents.length).toBeGreaterThan(0);
    expect(continuationIndents.filter((indent) => indent <= 0)).toEqual([]);
    await panel.getByRole('radio', { name: 'Markdown' }).check();
    await expect.poll(() => firstLineAsync('Markdown')).toBe(`# ${LONG_TITLE}`);
    expect(await readPreviewOverflowAsync(), 'Markdown preview').toEqual({ shown: 0, longerThanTheBox: true });
    await panel.getByRole('radio', { name: 'CSV' }).check();
    await expect.poll(() => firstLineAsync('CSV')).toMatch(/^stage,lane,text,score,votes/);
    expect((await readAnswersAsync()).every((answer) => answer.startsWith('journey-formatted '))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^stage,lane,text,score,votes/);
    expect(csv).toContain(LONG_STAGES[0]);
    expect(problems).toEqual([]);
  });

  it('shows a progress bar for Read, Tidy, Draw emotion curve, Duplicate, Apply and Import', async () => {
    const { page, panel, problems } = playground();
    const spec = await drawLongNamedMapAsync(page, panel);
    await addNotesAsync(page, notesFor(spec).slice(0, 12));
    await watchProgressAsync(panel);

    await readMapThroughPanelAsync(panel, 12);
    await panel.getByRole('tab', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Stage 1' }).waitFor();
    for (const [button, busy] of [
      ['Tidy map', 'Tidying…'],
      ['Draw emotion curve', 'Drawing…'],
      ['Duplicate as future state', 'Duplicating…'],
    ] as const) {
      await panel.getByRole('button', { name: button }).click();
      await panel.getByRole('button', { name: busy }).waitFor({ state: 'detached' });
      await panel.locator('#map-action-status.status-success').waitFor();
    }
    // Edited at once after Duplicate, while the Edit tab may still be reading the copy: the edit and the status
    // line of its Apply stay.
    await panel.getByRole('textbox', { name: 'Stage 1' }).fill('Awareness');
    await panel.getByRole('button', { name: 'Apply changes' }).click();
    await panel.locator('#map-edit-status.status-success').waitFor();

    await panel.getByRole('tab', { name: 'Import' }).click();
    await panel.getByRole('textbox', { name: 'Journey JSON' }).fill(JSON.stringify(createJourneyFixture()));
    await panel.getByRole('button', { name: 'Import' }).click();
    await panel.locator('#import-status.status-success').waitFor();

    const seen = await readProgressSeen(panel);
    expect(seen.bars).toEqual(
      expect.arrayContaining([
        'Reading the map',
        'Tidying the map',
        'Drawing the emotion curve',
        'Drawing the future-state copy',
        'Applying the changes',
        'Importing the journey',
      ]),
    );
    // The sandbox's own reports reach the bar's text: tidying says it is moving notes.
    expect(seen.texts).toContain(USER_MESSAGES.readingProgress(USER_MESSAGES.movingNotes, 0, 0));
    expect(problems).toEqual([]);
  });

  it('resizes with the corner handle or the arrow keys, within bounds, and remembers the size', async () => {
    const { page, panel, problems } = playground();
    const handle = panel.getByRole('button', { name: 'Resize the panel' });
    const box = (await handle.boundingBox())!;
    const start = await panel.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    // The playground's window sits against the right edge: it grows leftwards there, so the drag is measured on
    // the screen, not against the panel's own corner, which moves as the window is resized.
    await dragAsync(page, box, -40, -100);
    await expect.poll(() => panel.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([start.width - 40, start.height - 100]);

    // Far past the bounds: the panel stops at the smallest size its forms fit in.
    await dragAsync(page, (await handle.boundingBox())!, -300, -400);
    const smallest = [PANEL_SIZE_LIMITS.minWidth, PANEL_SIZE_LIMITS.minHeight];
    await expect.poll(() => panel.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual(smallest);
    await expect
      .poll(() =>
        page.evaluate(
          async (key) => ((await (globalThis as unknown as PageGlobals).figma.clientStorage.getAsync(key)) as { panelSize?: unknown }).panelSize,
          PREFERENCES_STORAGE_KEY,
        ),
      )
      .toEqual({ width: smallest[0], height: smallest[1] });

    // The keyboard does the same, a step at a time.
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => panel.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([smallest[0]! + 20, smallest[1]! + 20]);
    expect(problems).toEqual([]);
  });

  it('keeps stages a preset replaced, selects a JSON mistake, refuses a binary file and says when a paste was cut', async () => {
    const { panel, problems } = playground();
    await panel.getByRole('textbox', { name: 'Stage 1' }).fill('Sees the poster');
    await panel.getByRole('combobox', { name: 'Stage preset' }).selectOption({ label: 'Service (3)' });
    await expect.poll(() => panel.getByRole('textbox', { name: 'Stage 1' }).inputValue()).not.toBe('Sees the poster');
    await panel.getByText(USER_MESSAGES.presetReplacedStages(5)).waitFor();
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Stage 1' }).inputValue()).toBe('Sees the poster');

    // A title pasted longer than the template takes is cut by the browser; the panel says so.
    const title = panel.getByRole('textbox', { name: 'Title' });
    await title.fill('');
    await title.focus();
    await panel.evaluate((text) => {
      const box = document.getElementById('map-title') as HTMLInputElement;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'A'.repeat(150));
    await panel.getByText(USER_MESSAGES.pastedTextCut(120)).waitFor();
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);

    await panel.getByRole('tab', { name: 'Import' }).click();
    const journeyBox = panel.getByRole('textbox', { name: 'Journey JSON' });
    await journeyBox.fill('{\n  "schemaVersion": 1,,\n}');
    await panel.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('import-text');
    expect(await journeyBox.evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd])).toEqual([23, 24]);

    await panel.getByLabel('Journey file').setInputFiles({
      name: 'panel.png',
      mimeType: 'image/png',
      buffer: await readFile(path.join(root, 'docs/images/panel.png')),
    });
    await expect.poll(() => panel.locator('#import-status').innerText()).toBe(USER_MESSAGES.importFileNotText('panel.png'));
    expect(await journeyBox.inputValue()).toBe('{\n  "schemaVersion": 1,,\n}');
    expect(await findSeriousViolationsAsync(panel)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
