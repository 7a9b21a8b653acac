import { JourneySchema } from '../../src/core/journey/journey-schema';
import type { Journey, Note } from '../../src/core/journey/journey-schema';

function note(id: string, text: string, votes = 0): Note {
  return { id, text, votes };
}

/** A small map read from a board, valid for the export schema: three stages, three lanes. */
export function createJourneyFixture(overrides: Partial<Journey> = {}): Journey {
  const journey: Journey = {
    schemaVersion: 1,
    title: 'Sarah buys a jacket',
    exportedAt: '2026-01-01T00:00:00.000Z',
    source: { editor: 'figjam', page: 'Workshop', mapId: 'map-1', pluginVersion: '0.1.0', via: 'plugin', mapKind: 'tagged' },
    persona: { name: 'Sarah', description: 'Buys online', notes: [] },
    lanes: [
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
      { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
    ],
    stages: [
      {
        id: 'awareness',
        name: 'Awareness',
        emotion: { score: 1.5, count: 2 },
        lanes: { touchpoints: [note('1:1', 'Ad'), note('1:2', 'Friend')], emotions: [note('1:3', '🙂')], painPoints: [] },
      },
      {
        id: 'purchase',
        name: 'Purchase',
        emotion: { score: null, count: 0 },
        lanes: { touchpoints: [], emotions: [], painPoints: [note('1:4', 'Checkout asks for an account', 4)] },
      },
      {
        id: 'retention',
        name: 'Retention',
        emotion: { score: -2, count: 1 },
        lanes: {
          touchpoints: [note('1:5', 'Email')],
          emotions: [note('1:6', '😡')],
          painPoints: [note('1:7', '<img src=x onerror=alert(1)>', 7), note('1:8', 'Returns are slow', 1)],
        },
      },
    ],
    unplaced: [{ ...note('1:9', 'Lost note'), reason: 'near-map' }],
    summary: {
      counts: {
        notes: 9,
        placed: 8,
        unplaced: 1,
        persona: 0,
        byLane: { touchpoints: 3, emotions: 2, painPoints: 3 },
        byStage: { awareness: 3, purchase: 1, retention: 4 },
      },
      lowestEmotionStage: 'retention',
      painPointsByVotes: [
        { id: '1:7', text: '<img src=x onerror=alert(1)>', votes: 7, stageId: 'retention' },
        { id: '1:4', text: 'Checkout asks for an account', votes: 4, stageId: 'purchase' },
        { id: '1:8', text: 'Returns are slow', votes: 1, stageId: 'retention' },
      ],
      opportunitiesByVotes: [],
    },
    ...overrides,
  };
  return JourneySchema.parse(journey);
}
