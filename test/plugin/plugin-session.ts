import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SandboxToUiSchema } from '../../src/core/protocol/protocol';
import type { SandboxToUi, UiToSandbox } from '../../src/core/protocol/protocol';
import { startPlugin } from '../../src/plugin/start-plugin';
import { createFakeFigma } from '../fake-figjam/index';
import type { FakeFigma, FakeFigmaOptions } from '../fake-figjam/index';
import { runPluginBundle } from '../fake-figjam/run-plugin-bundle';

export interface PluginSession {
  fake: FakeFigma;
  /** Sends a request as the UI iframe would and resolves with the sandbox's answer to it, validated. */
  requestAsync(message: UiToSandbox): Promise<SandboxToUi>;
  /** Every message the UI received, validated. */
  messages(): SandboxToUi[];
  /** Says the UI is ready, as the panel does when it loads, and resolves with the `init` answer. */
  readyAsync(): Promise<Extract<SandboxToUi, { type: 'init' }>>;
}

/**
 * Starts the plugin against the in-memory FigJam: from source (default), or the built dist/code.js run the way
 * Figma runs it, with only the sandbox globals.
 */
export function startPluginSession(options: FakeFigmaOptions & { bundle?: boolean } = {}): PluginSession {
  const { bundle, ...fakeOptions } = options;
  const fake = createFakeFigma(fakeOptions);
  if (bundle) {
    const code = readFileSync(path.resolve(__dirname, '../../dist/code.js'), 'utf8');
    runPluginBundle(code, fake, { html: '<!doctype html><p>ui</p>' });
  } else {
    startPlugin(fake.figma, '<!doctype html><p>ui</p>');
  }
  const received: SandboxToUi[] = [];
  const waiting = new Map<string, (message: SandboxToUi) => void>();
  fake.handles.ui.onMessage((event) => {
    const parsed = SandboxToUiSchema.safeParse(event.data.pluginMessage);
    if (!parsed.success) throw new Error(`Invalid message from the sandbox: ${JSON.stringify(event.data.pluginMessage)}`);
    received.push(parsed.data);
    const requestId = 'requestId' in parsed.data ? parsed.data.requestId : null;
    if (requestId !== null && parsed.data.type !== 'progress' && parsed.data.type !== 'export-chunk') waiting.get(requestId)?.(parsed.data);
  });
  return {
    fake,
    messages: () => received,
    readyAsync: async () => {
      const before = received.length;
      fake.handles.ui.postMessage({ pluginMessage: { type: 'ui-ready' } });
      for (let attempt = 0; attempt < 100; attempt++) {
        await fake.handles.settleAsync();
        const init = received.slice(before).find((message) => message.type === 'init');
        if (init && init.type === 'init') return init;
      }
      throw new Error('No init after ui-ready');
    },
    requestAsync: (message) =>
      new Promise<SandboxToUi>((resolve, reject) => {
        const requestId = 'requestId' in message ? message.requestId : null;
        if (requestId === null) {
          reject(new Error('requestAsync needs a request with a requestId'));
          return;
        }
        const timer = setTimeout(() => reject(new Error(`No answer to ${requestId}`)), 20_000);
        waiting.set(requestId, (answer) => {
          clearTimeout(timer);
          waiting.delete(requestId);
          resolve(answer);
        });
        fake.handles.ui.postMessage({ pluginMessage: message });
      }),
  };
}
