import type { Journey, Note } from '../../src/core/journey/journey-schema';

/** A small journey written out by hand, so the formatters are tested apart from placement. */
export function createJourneyFixture(notes: { cell?: Note[]; persona?: Note[]; unplaced?: Journey['unplaced'] } = {}): Journey {
  const cell = notes.cell ?? [];
  return {
    schemaVersion: 1,
    title: 'Sarah buys a jacket',
    exportedAt: '2026-01-02T03:04:05.000Z',
    source: { editor: 'figjam', page: 'Workshop', mapId: 'map1', pluginVersion: '0.1.0' },
    persona: { name: 'Sarah', description: 'Buys online', notes: notes.persona ?? [] },
    lanes: [
      { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
      { id: 'emotions', name: 'Emotions', kind: 'emotions' },
    ],
    stages: [
      { id: 'purchase', name: 'Purchase', emotion: { score: -1.5, count: 2 }, lanes: { painPoints: cell, emotions: [] } },
      { id: 'retention', name: 'Retention', emotion: { score: null, count: 0 }, lanes: { painPoints: [], emotions: [] } },
    ],
    unplaced: notes.unplaced ?? [],
    summary: {
      counts: { notes: 0, placed: 0, unplaced: 0, persona: 0, byLane: {}, byStage: {} },
      lowestEmotionStage: 'purchase',
      painPointsByVotes: cell.map((note) => ({ id: note.id, text: note.text, votes: note.votes, stageId: 'purchase' })),
      opportunitiesByVotes: [],
    },
  };
}

/** The summary of a journey written by hand for a test that does not read it: nothing counted, nothing ranked. */
export function createEmptySummary(): Journey['summary'] {
  return {
    counts: { notes: 0, placed: 0, unplaced: 0, persona: 0, byLane: {}, byStage: {} },
    lowestEmotionStage: null,
    painPointsByVotes: [],
    opportunitiesByVotes: [],
  };
}
