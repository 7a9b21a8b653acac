import type { UiToSandbox } from '../../src/core/protocol/protocol';
import type { Transport } from './request-channel';

/** The parts of `window` the transport uses, so a test can hand in a fake one. */
export interface MessageWindow {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  parent: { postMessage(message: unknown, targetOrigin: string): void };
}

function readPluginMessage(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return undefined;
  return data.pluginMessage;
}

/**
 * Figma wraps what the sandbox posts as `event.data.pluginMessage` and expects `{ pluginMessage }` back from the
 * iframe. The panel is loaded from a string and has no origin of its own, so the target origin is '*'.
 */
export function createWindowTransport(target: MessageWindow): Transport {
  return {
    post(message: UiToSandbox) {
      target.parent.postMessage({ pluginMessage: message }, '*');
    },
    subscribe(listener) {
      const onMessage = (event: { data: unknown }) => {
        const pluginMessage = readPluginMessage(event.data);
        // Other frames and browser extensions post messages too; only Figma's envelope is ours.
        if (pluginMessage !== undefined) listener(pluginMessage);
      };
      target.addEventListener('message', onMessage);
      return () => target.removeEventListener('message', onMessage);
    },
  };
}
