import type { Frame, Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { startPlaygroundServerAsync } from '../../scripts/playground/playground-server.mjs';
import type { PlaygroundServer } from '../../scripts/playground/playground-server.mjs';
import { requireChromiumAsync } from './launch-chromium';
import type { ChromiumSession } from './launch-chromium';

export interface PlaygroundSession {
  page: Page;
  /** The plugin's iframe, loaded from what the plugin passed to showUI. */
  panel: Frame;
  server: PlaygroundServer;
  /** Errors thrown in the page or the panel, and console errors, in order. */
  problems: string[];
  /** Dialogs (alert, confirm, prompt) any frame opened. */
  dialogs: string[];
  closeAsync(): Promise<void>;
}

/**
 * Starts the playground server on a free port and Chromium with a fresh profile, opens the playground and waits
 * until the panel has had its `init` answer (it marks `<html data-ready="true">`).
 */
export async function openPlaygroundAsync(): Promise<PlaygroundSession> {
  const server = await startPlaygroundServerAsync({ port: 0 });
  let chromium: ChromiumSession;
  try {
    chromium = await requireChromiumAsync();
  } catch (error) {
    await server.closeAsync();
    throw error;
  }
  const closeAsync = async () => {
    await chromium.closeAsync();
    await server.closeAsync();
  };
  try {
    const page = await chromium.context.newPage();
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.playground !== undefined);
    const state = await page.evaluate(() => document.documentElement.dataset.playground);
    if (state !== 'ready') throw new Error(`The playground did not start: ${problems.join('; ')}`);
    const frameElement = await page.waitForSelector('#plugin-window iframe');
    const panel = await frameElement.contentFrame();
    if (!panel) throw new Error('The plugin window has no frame');
    await panel.waitForSelector('html[data-ready="true"]');
    return { page, panel, server, problems, dialogs, closeAsync };
  } catch (error) {
    await closeAsync();
    throw error;
  }
}

/**
 * Opens a fresh playground before each test of the enclosing `describe` and closes it after, so no test sees
 * another's board. Returns the open session of the running test.
 */
export function openPlaygroundForEachTest(): () => PlaygroundSession {
  let session: PlaygroundSession | undefined;

  beforeEach(async () => {
    session = await openPlaygroundAsync();
  });

  afterEach(async () => {
    await session?.closeAsync();
    session = undefined;
  });

  return () => {
    if (!session) throw new Error('The playground is open only while a test runs');
    return session;
  };
}
