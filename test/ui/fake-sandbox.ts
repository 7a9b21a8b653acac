import type { SandboxToUi, UiToSandbox } from '../../src/core/protocol/protocol';
import { createRequestChannel } from '../../ui/channel/request-channel';
import type { Timers, Transport } from '../../ui/channel/request-channel';
import { applySandboxEvent } from '../../ui/state/apply-sandbox-event';
import { createAppState } from '../../ui/state/create-app-state';

/** A clock that only moves when a test says so. */
export function createFakeTimers() {
  let now = 0;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const api: Timers & { advance(milliseconds: number): void; pendingCount(): number } = {
    setTimeout(callback, milliseconds) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + milliseconds, callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(milliseconds) {
      const until = now + milliseconds;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pendingCount: () => timers.size,
  };
  return api;
}

/**
 * The iframe's side of Figma's messaging: what the panel posts is recorded, and the test delivers messages as
 * Figma would, structured-cloned and later, never while the panel's own call is still running.
 */
export function createFakeTransport() {
  const posted: UiToSandbox[] = [];
  const listeners = new Set<(data: unknown) => void>();
  const transport: Transport = {
    post(message) {
      posted.push(structuredClone(message));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    transport,
    posted,
    listenerCount: () => listeners.size,
    deliver(message: SandboxToUi | unknown) {
      for (const listener of listeners) listener(structuredClone(message));
    },
    lastRequestId(): string {
      const last = posted[posted.length - 1];
      if (!last || !('requestId' in last)) throw new Error('No request was posted');
      return last.requestId;
    },
  };
}

/** A panel's state and channel over a fake transport and clock, its events applied as the panel applies them. */
export function createPanelHarness() {
  const timers = createFakeTimers();
  const fake = createFakeTransport();
  let counter = 0;
  const channel = createRequestChannel({ transport: fake.transport, timers, log: () => {}, createRequestId: () => `r${++counter}` });
  const state = createAppState();
  channel.onEvent((message) => applySandboxEvent(state, message));
  return { timers, fake, channel, state };
}
