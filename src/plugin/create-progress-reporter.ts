import type { SandboxToUi } from '../core/protocol';
import { pauseAsync } from './pause-async';

type Post = (message: SandboxToUi) => void;

export type ReportProgressAsync = (phase: string, done: number, total: number) => Promise<void>;

/**
 * Tells the panel how far a long request is, then pauses: the panel's bar moves and FigJam gets its thread back
 * before the next step. A request without a panel to tell (a test, a tool) passes no `post`.
 */
export function createProgressReporter(requestId: string, post: Post | undefined): ReportProgressAsync {
  return async (phase, done, total) => {
    post?.({ type: 'progress', requestId, phase, done, total });
    await pauseAsync();
  };
}
