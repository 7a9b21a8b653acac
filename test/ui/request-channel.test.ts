import { describe, expect, it, vi } from 'vitest';
import { createRequestChannel } from '../../ui/channel/request-channel';
import { RequestError } from '../../ui/channel/request-error';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { createFakeTimers, createFakeTransport } from './fake-sandbox';

function setup() {
  const timers = createFakeTimers();
  const fake = createFakeTransport();
  const log = vi.fn();
  let counter = 0;
  const channel = createRequestChannel({ transport: fake.transport, timers, log, createRequestId: () => `request-${++counter}` });
  return { timers, fake, log, channel };
}

async function rejectionOf(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('The request resolved');
}

describe('request channel', () => {
  it('posts a request with a fresh id and resolves on the matching answer', async () => {
    const { fake, channel } = setup();
    const first = channel.requestAsync({ type: 'create-map' }, { timeoutMilliseconds: 1000 });
    const second = channel.requestAsync({ type: 'list-maps' }, { timeoutMilliseconds: 1000 });
    expect(fake.posted).toEqual([
      { type: 'create-map', requestId: 'request-1' },
      { type: 'list-maps', requestId: 'request-2' },
    ]);
    fake.deliver({ type: 'maps-listed', requestId: 'request-2', maps: [] });
    fake.deliver({ type: 'map-created', requestId: 'request-1', mapId: 'map-a' });
    await expect(first).resolves.toEqual({ type: 'map-created', requestId: 'request-1', mapId: 'map-a' });
    await expect(second).resolves.toEqual({ type: 'maps-listed', requestId: 'request-2', maps: [] });
  });

  it('rejects with the sandbox message and field on an error answer', async () => {
    const { fake, channel } = setup();
    const request = channel.requestAsync({ type: 'create-map', spec: {} }, { timeoutMilliseconds: 1000 });
    fake.deliver({ type: 'error', requestId: 'request-1', message: 'Check the map settings', field: 'spec.title' });
    const error = await rejectionOf(request);
    expect(error.kind).toBe('failed');
    expect(error.message).toBe('Check the map settings');
    expect(error.field).toBe('spec.title');
  });

  it('times out, and ignores the answer that comes too late', async () => {
    const { fake, channel, timers } = setup();
    const events = vi.fn();
    channel.onEvent(events);
    const request = channel.requestAsync({ type: 'create-map' }, { timeoutMilliseconds: 30_000 });
    timers.advance(29_999);
    fake.deliver({ type: 'selection-changed', maps: [] });
    timers.advance(1);
    const error = await rejectionOf(request);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(USER_MESSAGES.requestTimedOut);
    fake.deliver({ type: 'map-created', requestId: 'request-1', mapId: 'late' });
    expect(events).toHaveBeenCalledTimes(2);
    expect(events.mock.calls[1]![0]).toMatchObject({ type: 'map-created', mapId: 'late' });
  });

  it('starts the wait again on each progress message and reports it', async () => {
    const { fake, channel, timers } = setup();
    const progress = vi.fn();
    const request = channel.requestAsync({ type: 'export-map' }, { timeoutMilliseconds: 10_000, onProgress: progress });
    for (let step = 1; step <= 5; step++) {
      timers.advance(9_000);
      fake.deliver({ type: 'progress', requestId: 'request-1', phase: 'Reading notes', done: step, total: 5 });
    }
    expect(progress).toHaveBeenCalledTimes(5);
    expect(progress.mock.calls[4]![0]).toMatchObject({ done: 5, total: 5 });
    timers.advance(9_999);
    fake.deliver({ type: 'zoom-to-node', requestId: 'request-1', nodeId: 'x' });
    timers.advance(1);
    expect((await rejectionOf(request)).kind).toBe('timeout');
  });

  it('clears the timer once answered', async () => {
    const { fake, channel, timers } = setup();
    const request = channel.requestAsync({ type: 'zoom-to-node', nodeId: '1:2' }, { timeoutMilliseconds: 1000 });
    expect(timers.pendingCount()).toBe(1);
    fake.deliver({ type: 'node-zoomed', requestId: 'request-1' });
    await request;
    expect(timers.pendingCount()).toBe(0);
  });

  it('ignores and logs what does not match the protocol, and keeps working', async () => {
    const { fake, channel, log } = setup();
    const events = vi.fn();
    channel.onEvent(events);
    const request = channel.requestAsync({ type: 'create-map' }, { timeoutMilliseconds: 1000 });
    fake.deliver({ type: 'map-created', requestId: 'request-1' });
    fake.deliver('<img src=x onerror=alert(1)>');
    fake.deliver(null);
    fake.deliver({ type: 'init' });
    expect(log).toHaveBeenCalledTimes(4);
    expect(events).not.toHaveBeenCalled();
    fake.deliver({ type: 'map-created', requestId: 'request-1', mapId: 'map-a' });
    await expect(request).resolves.toMatchObject({ mapId: 'map-a' });
  });

  it('does not resolve a request with an answer of another type', async () => {
    const { fake, channel, log, timers } = setup();
    const request = channel.requestAsync({ type: 'create-map' }, { timeoutMilliseconds: 1000 });
    fake.deliver({ type: 'node-zoomed', requestId: 'request-1' });
    expect(log).toHaveBeenCalledTimes(1);
    timers.advance(1000);
    expect((await rejectionOf(request)).kind).toBe('timeout');
  });

  it('passes messages that answer no request to the event listeners', () => {
    const { fake, channel } = setup();
    const events = vi.fn();
    channel.onEvent(events);
    const init = { type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [] };
    fake.deliver(init);
    fake.deliver({ type: 'error', requestId: null, message: 'The plugin received a message it does not understand.' });
    expect(events.mock.calls.map(([message]) => message.type)).toEqual(['init', 'error']);
  });

  it('resolves an update with either of its answers, the question included, and other requests with neither', async () => {
    const { fake, channel, log, timers } = setup();
    const update = channel.requestAsync({ type: 'update-map', mapId: 'm', spec: {} }, { timeoutMilliseconds: 1000 });
    const tidy = channel.requestAsync({ type: 'tidy-map', mapId: 'm' }, { timeoutMilliseconds: 1000 });
    const question = { type: 'update-needs-confirmation', requestId: 'request-1', mapId: 'm', notes: 3, stages: ['buy'], lanes: [] };
    fake.deliver(question);
    await expect(update).resolves.toEqual(question);
    fake.deliver({ ...question, requestId: 'request-2' });
    expect(log).toHaveBeenCalledTimes(1);
    timers.advance(1000);
    expect((await rejectionOf(tidy)).kind).toBe('timeout');
  });

  it('waits for the answer type of each living-map request', async () => {
    const { fake, channel } = setup();
    const answers = [
      [{ type: 'import-map', journey: {} }, { type: 'map-imported', mapId: 'm', nodeId: '1:1', updated: false, notesAdded: 2, notesKept: 0 }],
      [{ type: 'duplicate-map', mapId: 'm' }, { type: 'map-imported', mapId: 'm2', nodeId: '2:1', updated: false, notesAdded: 0, notesKept: 0 }],
      [{ type: 'read-map-spec', mapId: 'm' }, { type: 'map-spec', mapId: 'm', spec: { title: 'T', persona: { name: 'P', description: '' }, stages: [{ id: 's', name: 'S' }], lanes: [{ id: 'l', name: 'L', kind: 'custom' }], options: { cellColumns: 3, cellRows: 2, showInstructions: true } }, notesByLane: {}, notesByStage: {} }],
      [{ type: 'update-map', mapId: 'm', spec: {} }, { type: 'map-updated', mapId: 'm', notesMoved: 1, notesKeptBeside: 0 }],
      [{ type: 'tidy-map', mapId: 'm' }, { type: 'map-tidied', mapId: 'm', notesMoved: 1, partsRestored: 2 }],
      [{ type: 'draw-emotion-curve', mapId: 'm' }, { type: 'emotion-curve-drawn', mapId: 'm', points: 4 }],
    ] as const;
    for (const [index, [request, answer]] of answers.entries()) {
      const pending = channel.requestAsync(request, { timeoutMilliseconds: 1000 });
      const requestId = `request-${index + 1}`;
      // The answer of the request before is not this one's answer.
      if (index > 0) fake.deliver({ ...answers[index - 1]![1], requestId });
      fake.deliver({ ...answer, requestId });
      await expect(pending).resolves.toMatchObject({ type: answer.type, requestId });
    }
  });

  it('carries every problem of an error answer', async () => {
    const { fake, channel } = setup();
    const request = channel.requestAsync({ type: 'import-map', journey: {} }, { timeoutMilliseconds: 1000 });
    const problems = ['stages[2].lanes.painPoints[0].text: expected string', 'title: expected string'];
    fake.deliver({ type: 'error', requestId: 'request-1', message: 'The journey has 2 problems.', problems });
    const error = await rejectionOf(request);
    expect(error.message).toBe('The journey has 2 problems.');
    expect(error.problems).toEqual(problems);
  });

  it('fails the waiting requests and stops listening when closed', async () => {
    const { fake, channel, timers } = setup();
    const request = channel.requestAsync({ type: 'list-maps' }, { timeoutMilliseconds: 1000 });
    channel.close();
    expect((await rejectionOf(request)).kind).toBe('closed');
    expect(fake.listenerCount()).toBe(0);
    expect(timers.pendingCount()).toBe(0);
  });
});
