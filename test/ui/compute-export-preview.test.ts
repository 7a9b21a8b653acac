import { describe, expect, it } from 'vitest';
import { computeEmotionChart } from '../../ui/state/compute-emotion-chart';
import { computeExportPreview, TOP_PAIN_POINT_COUNT, UNPLACED_SHOWN_COUNT } from '../../ui/state/compute-export-preview';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { createJourneyFixture } from './journey-fixture';

describe('computeExportPreview', () => {
  it('counts notes per lane and stage, in the map order', () => {
    const preview = computeExportPreview(createJourneyFixture());
    expect(preview.stageNames).toEqual(['Awareness', 'Purchase', 'Retention']);
    expect(preview.lanes.map((lane) => lane.id)).toEqual(['touchpoints', 'emotions', 'painPoints']);
    expect(preview.counts).toEqual([
      [2, 0, 1],
      [1, 0, 1],
      [0, 1, 2],
    ]);
    expect(preview.noteCount).toBe(9);
  });

  it('keeps the emotion score of each stage, null where there is none', () => {
    const preview = computeExportPreview(createJourneyFixture());
    expect(preview.emotion.map((point) => point.score)).toEqual([1.5, null, -2]);
  });

  it('ranks pain points by votes with their stage names, keeping the note text as it is', () => {
    const preview = computeExportPreview(createJourneyFixture());
    expect(preview.topPainPoints[0]).toEqual({ id: '1:7', text: '<img src=x onerror=alert(1)>', votes: 7, stageName: 'Retention' });
    expect(preview.topPainPoints.map((note) => note.stageName)).toEqual(['Retention', 'Purchase', 'Retention']);
  });

  it('lists only voted pain points, as the report does, and says why it lists none', () => {
    const base = createJourneyFixture();
    const unvoted = createJourneyFixture({ summary: { ...base.summary, painPointsByVotes: [{ id: '9:1', text: 'Slow page', votes: 0, stageId: 'purchase' }] } });
    const preview = computeExportPreview(unvoted);
    expect(preview.topPainPoints).toEqual([]);
    expect(preview.noTopPainPoints).toBe(USER_MESSAGES.noVotedPainPoints);
    expect(computeExportPreview(createJourneyFixture({ summary: { ...base.summary, painPointsByVotes: [] } })).noTopPainPoints).toBe(USER_MESSAGES.noPainPoints);
    const unknown = createJourneyFixture({ source: { ...base.source, via: 'rest', stampsFound: false }, summary: unvoted.summary });
    expect(computeExportPreview(unknown).noTopPainPoints).toBe(USER_MESSAGES.votesNotCounted);
  });

  it(`shows at most ${TOP_PAIN_POINT_COUNT} pain points and ${UNPLACED_SHOWN_COUNT} unplaced notes`, () => {
    const base = createJourneyFixture();
    const many = Array.from({ length: 120 }, (_, index) => ({ id: `9:${index}`, text: `Note ${index}`, votes: 1 }));
    const journey = createJourneyFixture({
      unplaced: many.map((note) => ({ ...note, reason: 'outside-grid' as const })),
      summary: { ...base.summary, painPointsByVotes: many.map((note) => ({ ...note, stageId: 'purchase' })) },
    });
    const preview = computeExportPreview(journey);
    expect(preview.topPainPoints).toHaveLength(TOP_PAIN_POINT_COUNT);
    expect(preview.unplaced).toHaveLength(UNPLACED_SHOWN_COUNT);
    expect(preview.unplacedCount).toBe(120);
    expect(preview.unplacedNotShown).toBe(120 - UNPLACED_SHOWN_COUNT);
  });
});

describe('the notes on the persona card', () => {
  it('are counted apart, since the count table has no row for them', () => {
    const journey = createJourneyFixture();
    journey.summary.counts.persona = 2;
    expect(computeExportPreview(journey).personaCount).toBe(2);
    expect(computeExportPreview(createJourneyFixture()).personaCount).toBe(0);
  });
});

describe('the notes scored by position', () => {
  it('are counted from the notes when the export carries no count of its own', () => {
    const journey = createJourneyFixture();
    const [first, second] = journey.stages;
    first!.lanes['emotions'] = [
      { id: 'e1', text: 'Curious', votes: 0, score: 1, scoreSource: 'position' },
      { id: 'e2', text: '+2 loved it', votes: 0, score: 2, scoreSource: 'number' },
    ];
    second!.lanes['emotions'] = [{ id: 'e3', text: 'Relieved', votes: 0, score: -2, scoreSource: 'position' }];
    expect(computeExportPreview(journey).positionScored).toEqual({ count: 2, noteIds: ['e1', 'e3'] });
  });

  it('are the export\'s own summary.scoredByPosition when it has one', () => {
    const journey = createJourneyFixture();
    const summary = { ...journey.summary, scoredByPosition: { count: 3, noteIds: ['a', 'b', 'c'] } };
    expect(computeExportPreview({ ...journey, summary }).positionScored).toEqual({ count: 3, noteIds: ['a', 'b', 'c'] });
    expect(computeExportPreview(createJourneyFixture()).positionScored).toEqual({ count: 0, noteIds: [] });
  });
});

describe('computeEmotionChart', () => {
  const box = { width: 100, height: 50, padding: 5 };

  it('puts +2 at the top, -2 at the bottom and 0 in the middle', () => {
    const chart = computeEmotionChart(
      [
        { stageName: 'A', score: 2, count: 1 },
        { stageName: 'B', score: 0, count: 1 },
        { stageName: 'C', score: -2, count: 1 },
      ],
      box,
    );
    expect(chart.dots.map((dot) => [dot.x, dot.y])).toEqual([
      [5, 5],
      [50, 25],
      [95, 45],
    ]);
    expect(chart.zeroY).toBe(25);
    expect(chart.lines).toEqual(['5,5 50,25 95,45']);
  });

  it('breaks the curve where a stage has no score', () => {
    const chart = computeEmotionChart(
      [
        { stageName: 'A', score: 1, count: 1 },
        { stageName: 'B', score: 1, count: 1 },
        { stageName: 'C', score: null, count: 0 },
        { stageName: 'D', score: -1, count: 1 },
        { stageName: 'E', score: -1, count: 1 },
      ],
      box,
    );
    expect(chart.lines).toEqual(['5,15 27.5,15', '72.5,35 95,35']);
    expect(chart.dots).toHaveLength(4);
    expect(chart.stageXs).toHaveLength(5);
  });

  it('gives the marks of the scale, and half a column of room at each end when asked', () => {
    const points = ['A', 'B', 'C', 'D'].map((stageName, index) => ({ stageName, score: index - 1, count: 1 }));
    const chart = computeEmotionChart(points, { width: 240, height: 50, padding: 5, paddingX: 30 });
    expect(chart.scale).toEqual([
      { score: 2, y: 5 },
      { score: 0, y: 25 },
      { score: -2, y: 45 },
    ]);
    expect(chart.stageXs).toEqual([30, 90, 150, 210]);
  });

  it('centres a single stage and draws no line for a lone point', () => {
    const chart = computeEmotionChart([{ stageName: 'A', score: 0.5, count: 1 }], box);
    expect(chart.dots[0]!.x).toBe(50);
    expect(chart.lines).toEqual([]);
  });
});

describe('where the notes are', () => {
  const note = (id: string) => ({ id, text: id, votes: 0 });

  it('counts the grid from its cells, the persona card apart from its slots, the parking lot and the unplaced', () => {
    const base = createJourneyFixture();
    const journey = createJourneyFixture({
      persona: { name: 'Sarah', description: '', notes: [note('p1')], slots: { goals: [note('g1')], needs: [], frustrations: [], quote: [] } },
      parkingLot: [note('k1')],
      unplaced: [
        { ...note('u1'), reason: 'near-map' },
        { ...note('u2'), reason: 'header-row' },
      ],
      summary: { ...base.summary, counts: { ...base.summary.counts, notes: 13, persona: 2, unplaced: 2, parkingLot: 1 } },
    });
    const preview = computeExportPreview(journey);
    expect(preview.whereNotesAre).toEqual([
      USER_MESSAGES.gridNotesRead(8, 3, 3),
      USER_MESSAGES.personaCardNotesRead(1, 1),
      USER_MESSAGES.parkingLotNotesRead(1),
      USER_MESSAGES.unplacedNotesRead(2),
    ]);
    expect(preview.whereNotesAre.slice(0, 2)).toEqual(['8 notes in the grid of 3 stages and 3 lanes.', '1 note on the persona card and 1 in its slots.']);
  });

  it('says only the grid when every note is in a cell, and names slots alone when the card holds none of its own', () => {
    const grid = createJourneyFixture({ unplaced: [] });
    expect(computeExportPreview(grid).whereNotesAre).toEqual(['8 notes in the grid of 3 stages and 3 lanes.']);
    const slotsOnly = createJourneyFixture({
      unplaced: [],
      persona: { name: 'Sarah', description: '', notes: [], slots: { goals: [note('g1')], needs: [note('n1')], frustrations: [], quote: [] } },
    });
    expect(computeExportPreview(slotsOnly).whereNotesAre[1]).toBe("2 notes in the persona card's slots.");
  });
});
