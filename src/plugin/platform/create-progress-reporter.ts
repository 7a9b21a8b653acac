import type { SandboxToUi } from '../../core/protocol/protocol';
import { pauseAsync } from './pause-async';
import type { YieldBudget } from './yield-budget';

export type ReportProgressAsync = (step: { done: number; total: number }) => Promise<void>;

/**
 * Tells the panel how far a long request has got, then gives Figma's main thread back before the next chunk: the
 * panel's bar moves and FigJam stays responsive. A request without a panel to tell (a test, a tool) passes no `post`.
 * With the request's `budget`, the step is sent through it, so the budget repeats it while a pass runs long.
 */
export function createProgressReporter(
  post: ((message: SandboxToUi) => void) | undefined,
  requestId: string,
  phase: string,
  budget?: YieldBudget,
): ReportProgressAsync {
  if (budget) {
    return async ({ done, total }) => {
      budget.reportProgress({ phase, done, total });
      await budget.yieldAsync();
    };
  }
  return async ({ done, total }) => {
    post?.({ type: 'progress', requestId, phase, done, total });
    await pauseAsync();
  };
}
