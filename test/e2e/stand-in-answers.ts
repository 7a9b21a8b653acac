import type { Page } from 'playwright-core';

/** An answer to stand in for the sandbox's; `requestId` and `mapId` are copied from the request. */
export type StandInAnswer = Record<string, unknown> & { type: string };

/**
 * Answers the panel's requests of the given types in the page, before the sandbox sees them, so a test can show
 * a view whose answer it needs to be a particular one (a question about notes, say). Everything else still
 * goes to the real sandbox. A capture listener on `window` runs before the playground's own listener.
 */
export async function standInForSandboxAsync(page: Page, answers: Record<string, StandInAnswer>): Promise<void> {
  await page.evaluate((answers) => {
    window.addEventListener(
      'message',
      (event) => {
        const frame = document.querySelector<HTMLIFrameElement>('#plugin-window iframe');
        const data: unknown = event.data;
        if (!frame || event.source !== frame.contentWindow || typeof data !== 'object' || data === null) return;
        const message = (data as { pluginMessage?: { type?: string; requestId?: string; mapId?: string } }).pluginMessage;
        const answer = message?.type === undefined ? undefined : answers[message.type];
        if (!message || !answer) return;
        event.stopImmediatePropagation();
        const reply = { ...answer, requestId: message.requestId, ...(message.mapId === undefined ? {} : { mapId: message.mapId }) };
        frame.contentWindow?.postMessage({ pluginMessage: reply }, '*');
      },
      true,
    );
  }, answers);
}
