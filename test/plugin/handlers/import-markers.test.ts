import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';
import { buyStageJourney } from '../../core/import/buy-stage-journey';

async function exportAsync(session: PluginSession, mapId: string): Promise<Journey> {
  const answer = await session.requestAsync({ type: 'export-map', requestId: `export-${Math.random()}`, mapId });
  if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
  return answer.journey;
}

async function importAsync(session: PluginSession, journey: unknown): Promise<string> {
  const answer = await session.requestAsync({ type: 'import-map', requestId: `import-${Math.random()}`, journey });
  if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
  return answer.mapId;
}

describe('import keeps channels, tags and quotes', () => {
  it('draws them into the notes, so the export gives them back, and a round trip changes no text', async () => {
    const session = startPluginSession();
    const mapId = await importAsync(
      session,
      buyStageJourney('Research synthesis', {
        touchpoints: [{ text: 'Receipt', channel: 'email' }, { text: 'Kiosk check-in', channel: 'self-service' }],
        painPoints: [{ text: 'Fees came late', tags: ['P3', 'interview-4'], quote: true, votes: 2 }],
      }),
    );
    const exported = await exportAsync(session, mapId);
    const stage = exported.stages[0]!;
    expect(stage.lanes['touchpoints']!.map((note) => [note.text, note.channel])).toEqual([
      ['Receipt #email', 'email'],
      ['Kiosk check-in', 'self-service'],
    ]);
    expect(stage.lanes['painPoints']![0]).toMatchObject({ text: '“Fees came late” #P3 #interview-4', tags: ['P3', 'interview-4'], quote: true, votes: 2 });
    expect(exported.summary.tags).toEqual({ email: 1, P3: 1, 'interview-4': 1 });

    const second = startPluginSession();
    const again = await exportAsync(second, await importAsync(second, exported));
    const texts = (journey: Journey) => journey.stages.flatMap((each) => Object.values(each.lanes).flat().map((note) => [note.text, note.channel, note.tags, note.quote]));
    expect(texts(again)).toEqual(texts(exported));
  });
});
