import type { SandboxToUi } from '../../core/protocol/protocol';
import { pauseAsync } from './pause-async';

export type ReportProgressAsync = (step: { done: number; total: number }) => Promise<void>;

/**
 * Tells the panel how far a long request has got, then gives Figma's main thread back before the next chunk: the
 * panel's bar moves and FigJam stays responsive. A request without a panel to tell (a test, a tool) passes no `post`.
 */
export function createProgressReporter(
  post: ((message: SandboxToUi) => void) | undefined,
  requestId: string,
  phase: string,
): ReportProgressAsync {
  return async ({ done, total }) => {
    post?.({ type: 'progress', requestId, phase, done, total });
    await pauseAsync();
  };
}
