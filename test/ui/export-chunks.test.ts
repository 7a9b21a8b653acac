import { describe, expect, it, vi } from 'vitest';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { createRequestChannel } from '../../ui/channel/request-channel';
import { RequestError } from '../../ui/channel/request-error';
import { createFakeTimers, createFakeTransport } from './fake-sandbox';
import { createJourneyFixture } from './journey-fixture';

function setup() {
  const timers = createFakeTimers();
  const fake = createFakeTransport();
  const channel = createRequestChannel({ transport: fake.transport, timers, log: vi.fn(), createRequestId: () => 'export-1' });
  return { timers, fake, channel };
}

describe('an export too big for one message', () => {
  it('is put together from its pieces before the request resolves', async () => {
    const { fake, channel, timers } = setup();
    const request = channel.requestAsync({ type: 'export-map' }, { timeoutMilliseconds: 1000 });
    const journey = createJourneyFixture();
    fake.deliver({ type: 'export-chunk', requestId: 'export-1', index: 0, count: 3, text: 'first ' });
    timers.advance(900);
    fake.deliver({ type: 'export-chunk', requestId: 'export-1', index: 1, count: 3, text: 'second ' });
    timers.advance(900);
    fake.deliver({ type: 'export-chunk', requestId: 'export-1', index: 2, count: 3, text: 'third' });
    fake.deliver({ type: 'map-exported', requestId: 'export-1', format: 'json', journey, text: '', textChunks: 3 });
    await expect(request).resolves.toMatchObject({ type: 'map-exported', text: 'first second third' });
  });

  it('fails in plain words when a piece is missing', async () => {
    const { fake, channel } = setup();
    const request = channel.requestAsync({ type: 'export-map' }, { timeoutMilliseconds: 1000 });
    fake.deliver({ type: 'export-chunk', requestId: 'export-1', index: 1, count: 2, text: 'second' });
    fake.deliver({ type: 'map-exported', requestId: 'export-1', format: 'json', journey: createJourneyFixture(), text: '', textChunks: 2 });
    const error = await request.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).message).toBe(USER_MESSAGES.exportIncomplete);
  });
});
