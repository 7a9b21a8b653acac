import { describe, expect, it } from 'vitest';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { mustRunBrowserTests, probeChromiumAsync } from './launch-chromium';
import { openPlaygroundForEachTest } from './open-playground-async';
import type { PlaygroundSession } from './open-playground-async';

const chromiumProblem = await probeChromiumAsync();
const skipBrowserTests = chromiumProblem !== null && !mustRunBrowserTests();

/** The text of the one sticky on the board, read through the API. */
async function readNoteTextAsync(session: PlaygroundSession): Promise<string> {
  return session.page.evaluate(() => {
    const { figma } = globalThis as unknown as { figma: FigJamApi };
    const notes = figma.currentPage.findAll((node) => node.type === 'STICKY');
    if (notes.length !== 1) throw new Error(`Expected one note on the board, found ${notes.length}`);
    const [note] = notes;
    return note!.type === 'STICKY' ? note!.text.characters : '';
  });
}

describe.skipIf(skipBrowserTests)('the playground in Chromium: writing on a note', () => {
  const playground = openPlaygroundForEachTest();

  it('opens the editor on a double-click, as the toolbar says, and keeps what was typed on Escape, as FigJam does', async () => {
    const session = playground();
    const { page, problems } = session;
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.locator('#board .sticky-paper');
    await expect.poll(() => note.count()).toBe(1);

    // By position, as a person does: the board redraws its nodes, so an element handle may be replaced meanwhile.
    const box = await note.boundingBox();
    if (!box) throw new Error('The note is not on screen');
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    const editor = page.getByRole('textbox', { name: 'Note text' });
    await editor.waitFor();
    await editor.fill('Waits on hold for twenty minutes');
    await editor.press('Escape');
    expect(await editor.count()).toBe(0);
    await expect.poll(() => readNoteTextAsync(session)).toBe('Waits on hold for twenty minutes');
    expect(problems).toEqual([]);
  });
});
