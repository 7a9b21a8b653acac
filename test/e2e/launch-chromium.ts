import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser of their own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGUMENTS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumSession {
  context: BrowserContext;
  closeAsync(): Promise<void>;
}

export type ChromiumLaunch = { session: ChromiumSession } | { problem: string };

/** CI must prove the browser tests ran; elsewhere a missing browser skips them with the reason. */
export function mustRunBrowserTests(environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment.CI !== undefined && environment.CI !== '' && environment.CI !== 'false';
}

/** Launches and closes Chromium once: the reason it cannot start, or null when it can. */
export async function probeChromiumAsync(): Promise<string | null> {
  const launch = await launchChromiumAsync();
  if ('problem' in launch) return launch.problem;
  await launch.session.closeAsync();
  return null;
}

/** A session for one test; throws the launch problem, which fails the test. */
export async function requireChromiumAsync(): Promise<ChromiumSession> {
  const launch = await launchChromiumAsync();
  if ('problem' in launch) throw new Error(launch.problem);
  return launch.session;
}

/**
 * Starts Chromium with a fresh profile directory, removed again on close. Never throws: a machine without a
 * usable browser gets the reason, and the caller decides whether that fails the run (CI) or skips it.
 */
export async function launchChromiumAsync(): Promise<ChromiumLaunch> {
  if (!existsSync(CHROMIUM_PATH)) return { problem: `${CHROMIUM_PATH} is missing (apt-get install chromium)` };
  const profile = mkdtempSync(path.join(tmpdir(), 'journey-lanes-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGUMENTS,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    return {
      session: {
        context,
        async closeAsync() {
          await context.close();
          rmSync(profile, { recursive: true, force: true });
        },
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    return { problem: `Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}
