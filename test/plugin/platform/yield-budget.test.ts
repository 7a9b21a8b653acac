import { describe, expect, it } from 'vitest';
import { createRequestYieldBudget, createYieldBudget } from '../../../src/plugin/platform/yield-budget';
import type { SandboxToUi } from '../../../src/core/protocol/protocol';

/** A clock that moves only when told, and a pause that records when it happened. */
function createFakeTime() {
  let now = 1_000;
  const pausedAt: number[] = [];
  return {
    clock: () => now,
    advance: (milliseconds: number) => {
      now += milliseconds;
    },
    pauseAsync: () => {
      pausedAt.push(now);
      return Promise.resolve();
    },
    pausedAt,
  };
}

describe('createYieldBudget', () => {
  it('does not pause before a slice of work is used', async () => {
    const time = createFakeTime();
    const budget = createYieldBudget({ clock: time.clock, pauseAsync: time.pauseAsync, sliceMilliseconds: 40 });
    for (let step = 0; step < 39; step++) {
      time.advance(1);
      await budget.yieldIfDueAsync();
    }
    expect(time.pausedAt).toEqual([]);
  });

  it('pauses once a slice is used, and counts the next slice from the pause', async () => {
    const time = createFakeTime();
    const budget = createYieldBudget({ clock: time.clock, pauseAsync: time.pauseAsync, sliceMilliseconds: 40 });
    for (let step = 0; step < 100; step++) {
      time.advance(3);
      await budget.yieldIfDueAsync();
    }
    // 3 ms a step: a pause every 14 steps (42 ms), 7 of them in 300 ms.
    expect(time.pausedAt).toEqual([1042, 1084, 1126, 1168, 1210, 1252, 1294]);
  });

  it('pauses after one long step at once, however long it was', async () => {
    const time = createFakeTime();
    const budget = createYieldBudget({ clock: time.clock, pauseAsync: time.pauseAsync, sliceMilliseconds: 40 });
    time.advance(500);
    await budget.yieldIfDueAsync();
    await budget.yieldIfDueAsync();
    expect(time.pausedAt).toEqual([1500]);
  });

  it('repeats the last progress when none was sent for a while, and only at a pause', async () => {
    const time = createFakeTime();
    const sent: Array<{ phase: string; done: number; total: number; at: number }> = [];
    const budget = createYieldBudget({
      clock: time.clock,
      pauseAsync: time.pauseAsync,
      sliceMilliseconds: 40,
      progressMilliseconds: 500,
      firstStep: { phase: 'Reading', done: 0, total: 0 },
      sendProgress: (step) => sent.push({ ...step, at: time.clock() }),
    });
    for (let step = 0; step < 120; step++) {
      time.advance(10);
      await budget.yieldIfDueAsync();
      if (step === 69) budget.reportProgress({ phase: 'Moving', done: 5, total: 9 });
    }
    // Pauses fall every 40 ms; the first at or past 500 ms without progress is at 520 ms.
    expect(sent).toEqual([
      { phase: 'Reading', done: 0, total: 0, at: 1520 },
      { phase: 'Moving', done: 5, total: 9, at: 1700 },
      { phase: 'Moving', done: 5, total: 9, at: 2200 },
    ]);
  });

  it('gives the thread back on yieldAsync whether or not a slice is used', async () => {
    const time = createFakeTime();
    const budget = createYieldBudget({ clock: time.clock, pauseAsync: time.pauseAsync });
    await budget.yieldAsync();
    time.advance(1);
    await budget.yieldAsync();
    expect(time.pausedAt).toEqual([1000, 1001]);
  });
});

describe('createRequestYieldBudget', () => {
  it('posts progress messages of its request', async () => {
    const time = createFakeTime();
    const posted: SandboxToUi[] = [];
    const budget = createRequestYieldBudget((message) => posted.push(message), 'r1', 'Reading notes', {
      clock: time.clock,
      pauseAsync: time.pauseAsync,
    });
    time.advance(600);
    await budget.yieldIfDueAsync();
    expect(posted).toEqual([{ type: 'progress', requestId: 'r1', phase: 'Reading notes', done: 0, total: 0 }]);
  });

  it('pauses without a panel to tell', async () => {
    const time = createFakeTime();
    const budget = createRequestYieldBudget(undefined, 'r1', 'Reading notes', { clock: time.clock, pauseAsync: time.pauseAsync });
    time.advance(600);
    await budget.yieldIfDueAsync();
    expect(time.pausedAt).toEqual([1600]);
  });
});
