import { describe, expect, it } from 'vitest';
import { formatJourney } from '../../../src/core/formats/format-journey';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { EXPORT_TEXT_CHUNK_SIZE } from '../../../src/core/shared/split-text-into-chunks';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import type { ApiCountSnapshot } from '../../fake-figjam/api-counter';
import { drawWorkshopBoardAsync } from '../workshop-board';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

async function readWorkshopJourneyAsync(session: PluginSession): Promise<Journey> {
  await drawWorkshopBoardAsync(session.fake, session);
  const answer = await session.requestAsync({ type: 'export-map', requestId: 'read', format: 'json' });
  if (answer.type !== 'map-exported') throw new Error(`Expected map-exported, got ${answer.type}`);
  return answer.journey;
}

/** Posting the answer to the panel is the one call a request cannot do without; nothing else is touched. */
function expectOnlyAnswersPosted(counts: ApiCountSnapshot): void {
  expect(counts.reads).toBe(0);
  expect(counts.writes).toBe(0);
  expect(Object.keys(counts.byMember)).toEqual(['postMessage']);
  expect(Object.keys(counts.byNode)).toEqual(['figma.ui']);
}

describe('format-journey: another format from a journey already read', () => {
  it('gives each format of the journey without a single plugin-API call', async () => {
    const session = startPluginSession();
    const journey = await readWorkshopJourneyAsync(session);
    const { counts } = session.fake.handles;
    counts.reset();
    for (const format of ['csv', 'markdown', 'json'] as const) {
      const answer = await session.requestAsync({ type: 'format-journey', requestId: `format-${format}`, journey, format });
      expect(answer).toEqual({ type: 'journey-formatted', requestId: `format-${format}`, format, text: formatJourney(journey, format) });
    }
    expectOnlyAnswersPosted(counts.snapshot());
  });

  it('gives the same CSV as an export of the board in CSV', async () => {
    const session = startPluginSession();
    const journey = await readWorkshopJourneyAsync(session);
    const exported = await session.requestAsync({ type: 'export-map', requestId: 'csv', format: 'csv' });
    const formatted = await session.requestAsync({ type: 'format-journey', requestId: 'format', journey, format: 'csv' });
    expect(formatted.type === 'journey-formatted' && exported.type === 'map-exported' && formatted.text === exported.text).toBe(true);
  });

  it('sends a text too big for one message in pieces, still without a call', async () => {
    const session = startPluginSession();
    const read = await readWorkshopJourneyAsync(session);
    const long = 'This step takes far too long. '.repeat(330);
    const notes = Array.from({ length: Math.ceil(EXPORT_TEXT_CHUNK_SIZE / long.length) + 1 }, (_, index) => ({
      ...read.stages[0]!.lanes['thoughts']![0]!,
      id: `long-${index}`,
      text: long,
    }));
    const journey: Journey = {
      ...read,
      stages: read.stages.map((stage, index) => (index === 0 ? { ...stage, lanes: { ...stage.lanes, thoughts: notes } } : stage)),
    };
    session.fake.handles.counts.reset();
    const before = session.messages().length;
    const answer = await session.requestAsync({ type: 'format-journey', requestId: 'big', journey, format: 'json' });
    expectOnlyAnswersPosted(session.fake.handles.counts.snapshot());
    if (answer.type !== 'journey-formatted') throw new Error(`Expected journey-formatted, got ${answer.type}`);
    const chunks = session.messages().slice(before).filter((message) => message.type === 'export-chunk');
    expect(answer.text).toBe('');
    expect(answer.textChunks).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((chunk) => (chunk.type === 'export-chunk' ? chunk.text : '')).join('')).toBe(formatJourney(journey, 'json'));
  });

  it('answers a journey that is not an export with its problems, and touches nothing', async () => {
    const session = startPluginSession();
    const journey = await readWorkshopJourneyAsync(session);
    session.fake.handles.counts.reset();
    const answer = await session.requestAsync({
      type: 'format-journey',
      requestId: 'bad',
      journey: { ...journey, stages: 'none' },
      format: 'markdown',
    });
    expect(answer).toMatchObject({ type: 'error', requestId: 'bad', message: USER_MESSAGES.journeyToFormatInvalid });
    expect(answer.type === 'error' && answer.problems?.[0]).toMatch(/^stages: expected array, received string/);
    expect(session.fake.handles.counts.snapshot().writes).toBe(0);
  });
});
