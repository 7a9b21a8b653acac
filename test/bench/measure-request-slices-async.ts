import { SandboxToUiSchema } from '../../src/core/protocol/protocol';
import type { SandboxToUi, UiToSandbox } from '../../src/core/protocol/protocol';
import type { PluginSession } from '../plugin/plugin-session';

/** A request must hand control back at least this often, and tell the panel how far it got at least this often. */
export const FREEZE_TARGETS = { sliceMilliseconds: 100, progressGapMilliseconds: 1000 } as const;

export interface RequestSlices {
  request: string;
  /** What the board held, in words, e.g. "50,000-note board". */
  board: string;
  /** The answer's type: a refusal is measured too, since the person waits for it as well. */
  answer: string;
  milliseconds: number;
  /** The longest stretch the request ran without giving the event loop back (its own work and the fake's). */
  longestSliceMilliseconds: number;
  /** Times the event loop got control back while the request ran. */
  yields: number;
  progressMessages: number;
  /** The longest wait between the request, each progress message and the answer. */
  longestProgressGapMilliseconds: number;
  /** Plugin-API crossings of the whole request, as the fake counts them. */
  apiCalls: number;
}

/** A message's type and request id, read without checking the rest: the bench's own listeners must cost little. */
function headerOf(message: unknown): { type: unknown; requestId: unknown } {
  if (typeof message !== 'object' || message === null) return { type: undefined, requestId: undefined };
  const { type, requestId } = message as { type?: unknown; requestId?: unknown };
  return { type, requestId };
}

/**
 * Sends `message` as the panel does and resolves with its answer (not a progress message nor a piece of a long
 * text), however long it takes: a big board on the fake may take longer than the sessions' own wait allows.
 */
export function sendRequestAsync(session: PluginSession, message: UiToSandbox & { requestId: string }): Promise<SandboxToUi> {
  const { handles } = session.fake;
  return new Promise((resolve) => {
    const stop = handles.ui.onMessage((event) => {
      const { type, requestId } = headerOf(event.data.pluginMessage);
      if (requestId !== message.requestId || type === 'progress' || type === 'export-chunk') return;
      stop();
      // Checked once, at the end: the session checks every message already, and its time is the panel's.
      resolve(SandboxToUiSchema.parse(event.data.pluginMessage));
    });
    handles.ui.postMessage({ pluginMessage: message });
  });
}

/**
 * Sends `message` as the panel does and times the synchronous slices of the sandbox until the answer: a chain of
 * `setImmediate` ticks runs beside the request, and a tick can only run when the request has given the event loop
 * back (a pause, a timer, an awaited message), so the longest gap between two ticks is the longest the request
 * held the thread. Messages and pauses in the fake go through timers, as in Figma; a promise that resolves at once
 * does not give the thread back here, nor would it in FigJam. The panel's side runs in the same thread here (in
 * FigJam it has its own): the session checks every message it receives with zod, so a slice that ends with a big
 * answer (the journey of an export) also holds that check, and the fake's copies of the message.
 */
export async function measureRequestSlicesAsync(session: PluginSession, board: string, message: UiToSandbox & { requestId: string }): Promise<RequestSlices> {
  const { handles } = session.fake;
  const progressTimes: number[] = [];
  const stop = handles.ui.onMessage((event) => {
    const { type, requestId } = headerOf(event.data.pluginMessage);
    if (type === 'progress' && requestId === message.requestId) progressTimes.push(performance.now());
  });
  handles.counts.reset();
  let running = true;
  let last = performance.now();
  let longest = 0;
  let yields = 0;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    yields += 1;
    if (running) setImmediate(tick);
  };
  const startedAt = performance.now();
  last = startedAt;
  setImmediate(tick);
  let answer: SandboxToUi;
  try {
    answer = await sendRequestAsync(session, message);
  } finally {
    running = false;
    stop();
  }
  const endedAt = performance.now();
  longest = Math.max(longest, endedAt - last);
  const marks = [startedAt, ...progressTimes, endedAt];
  const gaps = marks.slice(1).map((time, index) => time - marks[index]!);
  const apiCalls = handles.counts.snapshot().total;
  handles.counts.reset();
  return {
    request: message.type,
    board,
    answer: answer.type === 'error' ? `error: ${answer.message}` : answer.type,
    milliseconds: endedAt - startedAt,
    longestSliceMilliseconds: longest,
    yields,
    progressMessages: progressTimes.length,
    longestProgressGapMilliseconds: Math.max(...gaps),
    apiCalls,
  };
}
