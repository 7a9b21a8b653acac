import type { SandboxToUi } from '../../src/core/protocol/protocol';

type Progress = Extract<SandboxToUi, { type: 'progress' }>;

/**
 * Progress messages with repeats dropped: a request resends its last progress when it pauses after half a second
 * without one (see createYieldBudget), so on a slow machine a step can be told twice, and its first step (nothing
 * counted yet: 0 of 0) can be told before any count is; such a leading 0 of 0 is dropped too. The steps and their order are what a person sees change.
 */
export function distinctProgress(messages: readonly SandboxToUi[], requestId?: string): Progress[] {
  const distinct: Progress[] = [];
  for (const message of messages) {
    if (message.type !== 'progress' || (requestId !== undefined && message.requestId !== requestId)) continue;
    const last = distinct[distinct.length - 1];
    if (distinct.length === 0 && message.done === 0 && message.total === 0) continue;
    const repeat = last !== undefined && last.requestId === message.requestId && last.phase === message.phase && last.done === message.done && last.total === message.total;
    if (!repeat) distinct.push(message);
  }
  return distinct;
}
