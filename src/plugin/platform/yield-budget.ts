import type { SandboxToUi } from '../../core/protocol/protocol';
import { pauseAsync as pauseForAMomentAsync } from './pause-async';

/** Work between two pauses: well under the 100 ms a request may hold FigJam's main thread, with room for a last step. */
export const SLICE_MILLISECONDS = 40;
/** Time between two progress messages: well under the second the panel may wait to hear that work goes on. */
export const PROGRESS_MILLISECONDS = 500;

export interface YieldBudget {
  /**
   * Gives the thread back when the work since the last pause has used its slice, and tells the panel how far the
   * request has got when it has not heard for a while; otherwise returns at once. Called inside long loops, so
   * the check itself is one clock read.
   */
  yieldIfDueAsync(): Promise<void>;
  /** Gives the thread back now (between passes), and sends progress if it is due. */
  yieldAsync(): Promise<void>;
  /** Sends `step` as the request's progress now, and remembers it as what to repeat while nothing newer is known. */
  reportProgress(step: { phase: string; done: number; total: number }): void;
}

export interface YieldBudgetOptions {
  /** Milliseconds from any origin; Date.now in the plugin, a fake clock in tests. */
  clock?: () => number;
  pauseAsync?: () => Promise<void>;
  sliceMilliseconds?: number;
  progressMilliseconds?: number;
  /** Posts a progress message; none when no panel listens (a tool, a test). */
  sendProgress?: (step: { phase: string; done: number; total: number }) => void;
  /** The progress repeated before any step was reported. */
  firstStep?: { phase: string; done: number; total: number };
}

/**
 * A request's time on FigJam's main thread, measured rather than counted: loops pause after a slice of work
 * however long each item takes (a note read on a big board costs far more than one on a small board), and the
 * panel hears from the request at least every `progressMilliseconds`. Pausing by counts (every 2,000 notes) left
 * slices of up to a second on a big board.
 */
export function createYieldBudget(options: YieldBudgetOptions = {}): YieldBudget {
  const clock = options.clock ?? Date.now;
  const pause = options.pauseAsync ?? pauseForAMomentAsync;
  const slice = options.sliceMilliseconds ?? SLICE_MILLISECONDS;
  const progressEvery = options.progressMilliseconds ?? PROGRESS_MILLISECONDS;
  let lastStep = options.firstStep;
  let lastPause = clock();
  let lastProgress = lastPause;

  const reportProgress = (step: { phase: string; done: number; total: number }): void => {
    lastStep = step;
    lastProgress = clock();
    options.sendProgress?.(step);
  };
  const yieldAsync = async (): Promise<void> => {
    if (lastStep && options.sendProgress && clock() - lastProgress >= progressEvery) reportProgress(lastStep);
    await pause();
    lastPause = clock();
  };
  const done = Promise.resolve();
  return {
    yieldIfDueAsync: () => (clock() - lastPause >= slice ? yieldAsync() : done),
    yieldAsync,
    reportProgress,
  };
}

/** The budget of one request from the panel: progress goes to the panel as `progress` messages of `requestId`. */
export function createRequestYieldBudget(
  post: ((message: SandboxToUi) => void) | undefined,
  requestId: string,
  phase: string,
  options: Omit<YieldBudgetOptions, 'sendProgress' | 'firstStep'> = {},
): YieldBudget {
  return createYieldBudget({
    ...options,
    firstStep: { phase, done: 0, total: 0 },
    ...(post ? { sendProgress: (step) => post({ type: 'progress', requestId, ...step }) } : {}),
  });
}
