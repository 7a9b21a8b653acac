import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LaneSnapshot, MapSnapshot, NoteSnapshot, StageSnapshot } from '../../../src/core/board/board-snapshot';
import { computeJourney } from '../../../src/core/journey/compute-journey';
import type { JourneyContext } from '../../../src/core/journey/compute-journey';
import { placeNotes } from '../../../src/core/placement/place-notes';
import { rectRight } from '../../../src/core/shared/geometry';
import type { Journey, Note } from '../../../src/core/journey/journey-schema';
import { JourneySchema } from '../../../src/core/journey/journey-schema';
import { LANE_KINDS } from '../../../src/core/shared/lane-kinds';
import { DEFAULT_PERSONA } from '../../../src/core/template/presets';
import { assembleOne, cellOf, createNote, drawMap, noteInCell } from '../map-fixtures';

const CONTEXT = { exportedAt: '2026-01-02T03:04:05.000Z', pluginVersion: '0.1.0', page: 'Workshop' };

/** The export of a map as the plugin makes it: its notes placed, then the journey computed from the placement. */
function journeyOf(map: MapSnapshot, context: JourneyContext): Journey {
  return computeJourney(map, placeNotes(map), context);
}

function allNotes(journey: Journey): Note[] {
  return [
    ...(journey.persona?.notes ?? []),
    ...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()),
    ...journey.unplaced,
  ];
}

function hasUndefinedValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasUndefinedValue);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).some((inner) => inner === undefined || hasUndefinedValue(inner));
  }
  return false;
}

describe('computeJourney', () => {
  const drawn = drawMap();

  it('exports a workshop map: cells, scores, votes, persona, unplaced and the summary', () => {
    const notes = [
      noteInCell(drawn, 'touchpoints', 'awareness', { text: 'Instagram ad', color: 'Yellow', author: 'Ana' }),
      noteInCell(drawn, 'painPoints', 'purchase', { text: 'Checkout asks for an account', stamps: ['+1'] }),
      noteInCell(drawn, 'painPoints', 'purchase', { dx: 320, text: 'Shipping cost shown late', stamps: ['+1', '+1', 'thumbs down', 'Heart'] }),
      noteInCell(drawn, 'painPoints', 'awareness', { text: 'Ads feel pushy', stamps: ['+1', 'star'] }),
      noteInCell(drawn, 'opportunities', 'retention', { text: 'Loyalty points' }),
      noteInCell(drawn, 'emotions', 'consideration', { text: '+2 loved the demo' }),
      noteInCell(drawn, 'emotions', 'purchase', { text: '😡' }),
      noteInCell(drawn, 'emotions', 'purchase', { dx: 320, text: 'annoyed' }),
      createNote({ x: drawn.layout.persona.section.x + 900, y: drawn.layout.persona.section.y + 40, parentId: 'map1:persona', text: 'Wants it fast' }),
      createNote({ x: rectRight(drawn.layout.bounds) + 10, y: 2000, text: 'Dragged out' }),
    ];
    const journey = journeyOf(assembleOne(drawn, notes), { ...CONTEXT, via: 'plugin', mapKind: 'tagged' });
    expect(JourneySchema.parse(journey)).toEqual(journey);
    expect(hasUndefinedValue(journey)).toBe(false);
    expect(journey.source).toEqual({ editor: 'figjam', page: 'Workshop', mapId: 'map1', pluginVersion: '0.1.0', via: 'plugin', mapKind: 'tagged' });
    expect(journey.lanes.map((lane) => lane.id)).toEqual(drawn.spec.lanes.map((lane) => lane.id));
    for (const stage of journey.stages) expect(Object.keys(stage.lanes)).toEqual(journey.lanes.map((lane) => lane.id));

    const awareness = journey.stages.find((stage) => stage.id === 'awareness')!;
    expect(awareness.lanes['touchpoints']).toEqual([{ id: notes[0]!.id, text: 'Instagram ad', votes: 0, color: 'Yellow', author: 'Ana', channel: 'ads' }]);
    const purchase = journey.stages.find((stage) => stage.id === 'purchase')!;
    expect(purchase.lanes['painPoints']![1]).toEqual({
      id: notes[2]!.id,
      text: 'Shipping cost shown late',
      votes: 3,
      stamps: { '+1': 2, 'thumbs down': 1, heart: 1 },
    });
    expect(purchase.lanes['emotions']!.map((note) => [note.score, note.scoreSource])).toEqual([
      [-2, 'emoji'],
      [-1, 'word'],
    ]);
    expect(purchase.emotion).toEqual({ score: -1.5, count: 2 });
    expect(journey.stages.find((stage) => stage.id === 'consideration')!.emotion).toEqual({ score: 2, count: 1 });
    expect(awareness.emotion).toEqual({ score: null, count: 0 });
    expect(journey.summary.lowestEmotionStage).toBe('purchase');
    expect(journey.summary.painPointsByVotes.map((note) => [note.text, note.votes, note.stageId])).toEqual([
      ['Shipping cost shown late', 3, 'purchase'],
      ['Ads feel pushy', 2, 'awareness'],
      ['Checkout asks for an account', 1, 'purchase'],
    ]);
    expect(journey.summary.opportunitiesByVotes.map((note) => note.text)).toEqual(['Loyalty points']);
    expect(journey.persona).toEqual({
      name: drawn.spec.persona.name,
      // The map is drawn with the template's prompt on the persona card: not a description.
      description: '',
      notes: [{ id: notes[8]!.id, text: 'Wants it fast', votes: 0 }],
    });
    expect(journey.unplaced).toEqual([{ id: notes[9]!.id, text: 'Dragged out', votes: 0, reason: 'near-map' }]);
    expect(journey.summary.counts).toMatchObject({ notes: 10, placed: 8, unplaced: 1, persona: 1 });
    expect(journey.summary.counts.byLane).toMatchObject({ touchpoints: 1, painPoints: 3, emotions: 3, opportunities: 1, thoughts: 0 });
    expect(journey.summary.counts.byStage).toMatchObject({ awareness: 2, consideration: 1, purchase: 4, retention: 1, advocacy: 0 });
  });

  it('gives touchpoints their channel, notes their tags and quotes, and sums them by stage and by tag', () => {
    const notes = [
      noteInCell(drawn, 'touchpoints', 'awareness', { text: 'Instagram post' }),
      noteInCell(drawn, 'touchpoints', 'awareness', { dx: 320, text: 'Friend recommends us' }),
      noteInCell(drawn, 'touchpoints', 'purchase', { text: 'E-mail receipt' }),
      noteInCell(drawn, 'touchpoints', 'purchase', { dx: 320, text: 'Reads the terms' }),
      noteInCell(drawn, 'painPoints', 'purchase', { text: '“The fees came at the very end” #P3 #interview-4', stamps: ['+1'] }),
      noteInCell(drawn, 'painPoints', 'purchase', { dx: 320, text: 'No reply to the email #P3' }),
      noteInCell(drawn, 'thoughts', 'retention', { text: 'Calls the helpline #phone' }),
      createNote({ x: rectRight(drawn.layout.bounds) + 10, y: 2000, text: 'Backlog #survey' }),
    ];
    const journey = journeyOf(assembleOne(drawn, notes), CONTEXT);
    expect(JourneySchema.parse(journey)).toEqual(journey);
    const stage = (id: string) => journey.stages.find((candidate) => candidate.id === id)!;
    expect(stage('awareness').lanes['touchpoints']!.map((note) => note.channel)).toEqual(['social', 'word-of-mouth']);
    expect(stage('purchase').lanes['touchpoints']!.map((note) => note.channel)).toEqual(['email', undefined]);
    const [quoted, plain] = stage('purchase').lanes['painPoints']!;
    expect(quoted).toMatchObject({ tags: ['P3', 'interview-4'], quote: true });
    expect(quoted).not.toHaveProperty('channel');
    expect(plain).toMatchObject({ tags: ['P3'] });
    expect(plain).not.toHaveProperty('quote');
    expect(plain).not.toHaveProperty('channel');
    expect(stage('retention').lanes['thoughts']![0]).toMatchObject({ channel: 'phone', tags: ['phone'] });
    expect(journey.unplaced[0]).toMatchObject({ tags: ['survey'] });
    expect(journey.summary.channels).toEqual({
      social: { awareness: 1 },
      'word-of-mouth': { awareness: 1 },
      email: { purchase: 1 },
      phone: { retention: 1 },
    });
    expect(journey.summary.tags).toEqual({ P3: 2, 'interview-4': 1, phone: 1, survey: 1 });
    expect(Object.keys(journey.summary.tags!)).toEqual(['P3', 'interview-4', 'phone', 'survey']);
    expect(journey.summary.painPointsByVotes[0]).toMatchObject({ text: quoted!.text, tags: ['P3', 'interview-4'] });
  });

  it('counts empty stickies without listing them, and sums up what the report finds', () => {
    const band = drawn.layout.lanes.find((lane) => lane.laneId === 'emotions')!.band;
    const bottom = band.y + band.height - 240 - cellOf(drawn, 'emotions', 'purchase').y;
    const notes = [
      noteInCell(drawn, 'painPoints', 'purchase', { text: 'Fees at the end', stamps: ['+1'] }),
      noteInCell(drawn, 'painPoints', 'purchase', { dx: 320, text: '', stamps: ['+1', '+1'] }),
      noteInCell(drawn, 'painPoints', 'awareness', { text: ' \n ' }),
      noteInCell(drawn, 'emotions', 'purchase', { dy: bottom, text: 'Calls the hotline' }),
      noteInCell(drawn, 'emotions', 'purchase', { dx: 320, text: '' }),
      noteInCell(drawn, 'emotions', 'retention', { text: 'Relieved' }),
      createNote({ x: drawn.layout.persona.section.x + 900, y: drawn.layout.persona.section.y + 40, parentId: 'map1:persona', text: '' }),
      createNote({ x: rectRight(drawn.layout.bounds) + 10, y: 2000, text: '' }),
    ];
    const journey = journeyOf(assembleOne(drawn, notes), CONTEXT);
    expect(JourneySchema.parse(journey)).toEqual(journey);
    expect(allNotes(journey).map((note) => note.text)).toEqual(['Calls the hotline', 'Fees at the end', 'Relieved']);
    expect(journey.summary.emptyNotes).toBe(5);
    expect(journey.summary.counts).toMatchObject({ notes: 3, placed: 3, unplaced: 0, persona: 0 });
    expect(journey.summary.painPointsByVotes.map((note) => note.text)).toEqual(['Fees at the end']);
    expect(journey.summary.painPointsByStage).toEqual({ awareness: 0, consideration: 0, purchase: 1, retention: 0, advocacy: 0 });
    expect(journey.summary.scoredByPosition).toEqual({ count: 1, noteIds: [notes[3]!.id] });
    expect(journey.summary.highestEmotionStage).toBe('retention');
    expect(journey.summary.lowestEmotionStage).toBe('purchase');
    expect(journey.summary.ambiguousNotes).toBe(0);
    // The empty emotion note is not scored: the stage's emotion is the one written note's.
    expect(journey.stages.find((stage) => stage.id === 'purchase')!.emotion.count).toBe(1);
  });

  it('leaves out the persona prompt a map is drawn with, and keeps a description someone wrote', () => {
    const placeholder = drawMap({ spec: { ...drawn.spec, persona: { name: 'Persona', description: DEFAULT_PERSONA.description } } });
    expect(journeyOf(assembleOne(placeholder, []), CONTEXT).persona).toMatchObject({ name: 'Persona', description: '' });
    const written = drawMap({ spec: { ...drawn.spec, persona: { name: 'Sarah', description: 'Buys a jacket online' } } });
    expect(journeyOf(assembleOne(written, []), CONTEXT).persona).toMatchObject({ description: 'Buys a jacket online' });
  });

  it('says which stage and lane a note kept beside the map came from', () => {
    const from = { stageId: 'returns', stageName: 'Returns', laneId: 'painPoints', laneName: 'Pain points' };
    const kept = createNote({ x: rectRight(drawn.layout.bounds) + 10, y: 2000, text: 'Label missing', keptFrom: from });
    const journey = journeyOf(assembleOne(drawn, [kept]), CONTEXT);
    expect(journey.unplaced).toEqual([{ id: kept.id, text: 'Label missing', votes: 0, reason: 'near-map', from }]);
  });

  it('ranks equal votes in reading order: stage, then lane, then within the cell', () => {
    const notes = [
      noteInCell(drawn, 'painPoints', 'retention', { text: 'third' }),
      noteInCell(drawn, 'painPoints', 'awareness', { dx: 320, text: 'second' }),
      noteInCell(drawn, 'painPoints', 'awareness', { text: 'first' }),
    ];
    const journey = journeyOf(assembleOne(drawn, notes), CONTEXT);
    expect(journey.summary.painPointsByVotes.map((note) => note.text)).toEqual(['first', 'second', 'third']);
    expect(journey.source).not.toHaveProperty('via');
  });

  it('scores an emotion note without rating, emoji or word by its height in the lane', () => {
    const cell = cellOf(drawn, 'emotions', 'awareness');
    const band = drawn.layout.lanes.find((lane) => lane.laneId === 'emotions')!.band;
    const top = noteInCell(drawn, 'emotions', 'awareness', { dy: band.y - cell.y, text: 'Step 2 of checkout' });
    const bottom = noteInCell(drawn, 'emotions', 'awareness', { dx: 320, dy: band.y + band.height - 240 - cell.y, text: 'Calls the hotline' });
    const journey = journeyOf(assembleOne(drawn, [top, bottom]), CONTEXT);
    const scored = journey.stages[0]!.lanes['emotions']!;
    expect(scored.map((note) => [note.text, note.score, note.scoreSource])).toEqual([
      ['Step 2 of checkout', 2, 'position'],
      ['Calls the hotline', -2, 'position'],
    ]);
  });
});

/** Random maps: lanes of random sizes and positions (overlapping too), notes anywhere, in sections or loose. */
const textArbitrary = fc.oneof(
  fc.string(),
  fc.constant(''),
  fc.string({ minLength: 10_000, maxLength: 10_000, unit: 'grapheme' }),
  fc.constantFrom('😀', '😡 slow', '+1 nice staff', '4/5', 'שלום עולם', 'مرحبا بالعالم', 'énervé', '=SUM(A1)', '-2', '<b>x</b>'),
);

const rectArbitrary = (limit: number) =>
  fc.record({
    x: fc.integer({ min: -limit, max: limit }),
    y: fc.integer({ min: -limit, max: limit }),
    width: fc.integer({ min: 0, max: limit }),
    height: fc.integer({ min: 0, max: limit }),
  });

const mapArbitrary: fc.Arbitrary<MapSnapshot> = fc
  .record({
    laneRects: fc.array(rectArbitrary(3000), { minLength: 1, maxLength: 8 }),
    laneKinds: fc.array(fc.constantFrom(...LANE_KINDS), { minLength: 8, maxLength: 8 }),
    stageRects: fc.array(rectArbitrary(3000), { minLength: 1, maxLength: 8 }),
    persona: fc.option(rectArbitrary(3000), { nil: null }),
    bounds: rectArbitrary(4000),
    // Snapshots from the board have unique ids, but the export must not lose notes when one repeats.
    repeatIds: fc.boolean(),
    notes: fc.array(
      fc.record({
        rect: rectArbitrary(5000),
        text: textArbitrary,
        container: fc.nat({ max: 12 }),
        stamps: fc.array(fc.constantFrom('+1', 'thumbs down', 'Heart', '', '__proto__', 'dot'), { maxLength: 4 }),
        author: fc.option(fc.string(), { nil: null }),
      }),
      { maxLength: 60 },
    ),
  })
  .map(({ laneRects, laneKinds, stageRects, persona, bounds, repeatIds, notes }) => {
    const idOf = (prefix: string, index: number) => `${prefix}${repeatIds ? index % 2 : index}`;
    const lanes: LaneSnapshot[] = laneRects.map((rect, index) => ({ id: idOf('lane', index), name: `Lane ${index}`, kind: laneKinds[index]!, nodeId: `section${index}`, bounds: rect }));
    const stages: StageSnapshot[] = stageRects.map((rect, index) => ({ id: idOf('stage', index), name: `Stage ${index}`, nodeId: null, bounds: rect }));
    const containers = ['map', 'persona', null, ...lanes.map((lane) => lane.nodeId)];
    const noteSnapshots: NoteSnapshot[] = notes.map((note, index) => ({
      id: `n${index}`,
      text: note.text,
      bounds: note.rect,
      color: null,
      author: note.author,
      parentId: containers[note.container % containers.length] ?? null,
      stamps: note.stamps,
    }));
    return {
      mapId: 'random',
      nodeId: 'map',
      title: 'Random',
      bounds,
      persona: persona ? { name: 'P', description: '', nodeId: 'persona', bounds: persona } : null,
      lanes,
      stages,
      notes: noteSnapshots,
    };
  });

describe('computeJourney on random maps', () => {
  it('puts every written note exactly once in a cell, the persona or unplaced, counts empty ones, and always validates', () => {
    fc.assert(
      fc.property(mapArbitrary, (map) => {
        const journey = journeyOf(map, CONTEXT);
        expect(JourneySchema.safeParse(journey).success).toBe(true);
        expect(hasUndefinedValue(journey)).toBe(false);
        const written = map.notes.filter((note) => note.text.trim() !== '');
        const ids = allNotes(journey).map((note) => note.id).sort();
        expect(ids).toEqual(written.map((note) => note.id).sort());
        expect(journey.summary.counts.notes).toBe(written.length);
        expect(journey.summary.emptyNotes).toBe(map.notes.length - written.length);
        const laneIds = journey.lanes.map((lane) => lane.id);
        expect(new Set(laneIds).size).toBe(map.lanes.length);
        expect(new Set(journey.stages.map((stage) => stage.id)).size).toBe(map.stages.length);
        for (const stage of journey.stages) expect(Object.keys(stage.lanes)).toEqual(laneIds);
        expect(Object.keys(journey.summary.counts.byLane)).toEqual(laneIds);
        expect(Object.values(journey.summary.counts.byStage).reduce((sum, count) => sum + count, 0)).toBe(journey.summary.counts.placed);
        for (const note of allNotes(journey)) expect(JSON.stringify(note)).not.toContain('"__proto__":undefined');
      }),
      { numRuns: 200 },
    );
  });
});
