import type { Frame } from 'playwright-core';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';

const STEP_TIMEOUT = 15_000;

/** Waits for a status line of the panel to turn to `tone`; throws with what it said instead. */
async function waitForStatusAsync(panel: Frame, id: string, tone: 'success' | 'error' | 'warning'): Promise<string> {
  const status = panel.locator(`#${id}`);
  await status.and(panel.locator(`.status-${tone}, .status-error`)).waitFor({ timeout: STEP_TIMEOUT });
  const text = await status.innerText();
  if (!(await status.evaluate((element, className) => element.classList.contains(className), `status-${tone}`))) {
    throw new Error(`The panel said: ${text}`);
  }
  return text;
}

/** Types a title into the Create tab and presses "Draw map", as a person would. */
export async function drawMapThroughPanelAsync(panel: Frame, title: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Create' }).click();
  await panel.getByRole('textbox', { name: 'Title' }).fill(title);
  await panel.getByRole('button', { name: 'Draw map' }).click();
  await waitForStatusAsync(panel, 'create-status', 'success');
}

/**
 * Opens the Export tab, picks JSON and presses "Read map"; checks the panel counted `noteCount` notes, and that
 * the map lacks `lacking` parts (then the status line is a warning).
 */
export async function readMapThroughPanelAsync(panel: Frame, noteCount: number, lacking = 0): Promise<void> {
  await panel.getByRole('tab', { name: 'Export' }).click();
  await panel.getByRole('radio', { name: 'JSON' }).check();
  await panel.getByRole('button', { name: /^(Read map|Read again)$/ }).click();
  const text = await waitForStatusAsync(panel, 'export-status', lacking === 0 ? 'success' : 'warning');
  const expected = lacking === 0 ? USER_MESSAGES.mapRead(noteCount, 0) : USER_MESSAGES.mapReadLacking(noteCount, 0, lacking);
  if (text !== expected) throw new Error(`Expected "${expected}", the panel said "${text}"`);
}
