import type { GetFileResponse } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import type { BoardNode } from '../../../../src/core/board/board-node';
import { computeJourney } from '../../../../src/core/journey/compute-journey';
import { placeNotes } from '../../../../src/core/placement/place-notes';
import { inferJourneyGrids } from '../../../../src/core/board/grid-inference/infer-journey-grid';
import type { Journey } from '../../../../src/core/journey/journey-schema';
import { JourneySchema } from '../../../../src/core/journey/journey-schema';
import { convertRestBoard } from '../../../../src/core/board/rest/convert-rest-board';
import { RestFileSchema } from '../../../../src/core/board/rest/rest-file-schema';
import { createPage, createRestFile, createSticky, createTable } from '../../../fixtures/rest/rest-builders';
import type { HandDrawnGrid } from '../../../fixtures/rest/rest-boards';
import {
  ENGLISH_GRID,
  FRENCH_GRID,
  GERMAN_GRID,
  SPANISH_GRID,
  createGridBoard,
  createHandDrawnGridNodes,
  createHeadersOnlyBoard,
  createNoisyGridBoard,
  createTableBoard,
} from '../../../fixtures/rest/rest-boards';

const context = { exportedAt: '2026-11-22T10:00:00.000Z', pluginVersion: '0.1.0', page: 'Page 1', via: 'rest' as const, mapKind: 'inferred' as const };

function inferBoard(file: GetFileResponse) {
  const [page] = convertRestBoard(RestFileSchema.parse(file));
  return inferJourneyGrids(page!.nodes, page!.notes);
}

function journeysOf(file: GetFileResponse): Journey[] {
  const { maps, problems } = inferBoard(file);
  expect(problems).toEqual([]);
  return maps.map((map) => JourneySchema.parse(computeJourney(map, placeNotes(map), context)));
}

/** Where each note of the grid went: "lane id / stage name: text". */
function cellsOf(journey: Journey): string[] {
  return journey.stages.flatMap((stage) =>
    Object.entries(stage.lanes).flatMap(([laneId, notes]) => notes.map((note) => `${laneId} / ${stage.name}: ${note.text}`)),
  );
}

function expectedCells(grid: HandDrawnGrid, laneIds: readonly string[]): string[] {
  return grid.stages.flatMap((stage, stageIndex) =>
    laneIds.flatMap((laneId, laneIndex) =>
      grid.notes.filter((note) => note.stage === stageIndex && note.lane === laneIndex).map((note) => `${laneId} / ${stage}: ${note.text}`),
    ),
  );
}

const STANDARD_LANES = ['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints', 'opportunities'];

describe('inferJourneyGrids', () => {
  it.each([
    ['English, label shapes', ENGLISH_GRID, { labelStyle: 'shape' as const }, [...STANDARD_LANES, 'support-team']],
    ['French, small centred label texts', FRENCH_GRID, { labelStyle: 'text' as const }, STANDARD_LANES],
    ['German, lanes as sections', GERMAN_GRID, { labelStyle: 'section' as const }, STANDARD_LANES],
    ['Spanish, text headers', SPANISH_GRID, { headerStyle: 'text' as const }, STANDARD_LANES],
    ['English, sticky headers', ENGLISH_GRID, { headerStyle: 'sticky' as const }, [...STANDARD_LANES, 'support-team']],
  ])('reads a hand-drawn grid: %s', (_, grid, style, laneIds) => {
    const [journey, ...others] = journeysOf(createGridBoard(grid, style));
    expect(others).toEqual([]);
    expect(journey!.stages.map((stage) => stage.name)).toEqual(grid.stages);
    expect(journey!.lanes.map((lane) => lane.id)).toEqual(laneIds);
    expect(journey!.lanes.map((lane) => lane.name)).toEqual(grid.lanes);
    expect(cellsOf(journey!)).toEqual(expectedCells(grid, laneIds));
    expect(journey!.unplaced).toEqual([]);
    expect(journey!.source.mapId).toMatch(/^grid-/);
  });

  it('scores notes in a recognised emotions lane and keeps an unknown lane as custom', () => {
    const [journey] = journeysOf(createGridBoard(ENGLISH_GRID));
    const firstUse = journey!.stages.find((stage) => stage.name === 'First use')!;
    expect(firstUse.lanes.emotions![0]).toMatchObject({ text: '-2 lost', score: -2 });
    expect(journey!.lanes.at(-1)).toEqual({ id: 'support-team', name: 'Support team', kind: 'custom', labelNodeId: 'gl6' });
  });

  it('finds the grid among noise, names it after its section, and leaves far notes out', () => {
    const [journey, ...others] = journeysOf(createNoisyGridBoard());
    expect(others).toEqual([]);
    expect(journey!.title).toBe('Onboarding journey');
    expect(journey!.stages.map((stage) => stage.name)).toEqual(ENGLISH_GRID.stages);
    expect(cellsOf(journey!)).toEqual(expectedCells(ENGLISH_GRID, [...STANDARD_LANES, 'support-team']));
    expect(journey!.summary.counts.notes).toBe(ENGLISH_GRID.notes.length);
  });

  it('reads two grids stacked on one page as two maps', () => {
    const top = createHandDrawnGridNodes(ENGLISH_GRID, { x: 0, y: 0 }, { prefix: 'a' });
    const bottom = createHandDrawnGridNodes(
      { ...FRENCH_GRID, notes: FRENCH_GRID.notes.map((note) => ({ ...note, id: `b${note.id}` })) },
      { x: 0, y: 3600 },
      { prefix: 'b' },
    );
    const journeys = journeysOf(createRestFile('Two', [createPage('0:1', 'Page 1', [...top, ...bottom])]));
    expect(journeys.map((journey) => journey.stages.map((stage) => stage.name))).toEqual([ENGLISH_GRID.stages, FRENCH_GRID.stages]);
    expect(journeys.map((journey) => journey.summary.counts.notes)).toEqual([ENGLISH_GRID.notes.length, FRENCH_GRID.notes.length]);
  });

  it('gives a note exactly between two grids to the one a drawn map would take: the upper, then the left', () => {
    const rows = (stage: string) => [['', stage, 'Use'], ['Touchpoints', 'Billboard', 'App'], ['Pain points', 'Hidden fees', '']];
    // The right table is read first; a tie must not go to whichever map was read first.
    const right = createTable('t:2', { x: 1200, y: 0 }, rows('Purchase'));
    const left = createTable('t:1', { x: 0, y: 0 }, rows('Awareness'));
    // Each table is 720 wide: the note (240 wide) leaves 120 to either table.
    const between = createSticky('between', 'Between the two', { x: 840, y: 60 });
    const { maps, problems } = inferBoard(createRestFile('Two tables', [createPage('0:1', 'Page 1', [right, left, between])]));
    expect(problems).toEqual([]);
    expect(maps.map((map) => map.nodeId)).toEqual(['t:2', 't:1']);
    expect(maps.map((map) => map.notes.some((note) => note.id === 'between'))).toEqual([false, true]);
  });

  it('reads a FigJam table: first row stages, first column lanes, each filled body cell one note', () => {
    const [journey] = journeysOf(createTableBoard());
    expect(journey!.title).toBe('Table journey');
    expect(journey!.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Purchase', 'Use']);
    expect(journey!.lanes.map((lane) => `${lane.id}:${lane.kind}`)).toEqual(['touchpoints:touchpoints', 'emotions:emotions', 'painPoints:painPoints']);
    expect(cellsOf(journey!)).toEqual([
      'touchpoints / Awareness: Billboard',
      'emotions / Awareness: :)',
      'emotions / Purchase: Anxious',
      'painPoints / Purchase: Hidden fees',
      'touchpoints / Use: App',
      'painPoints / Use: Crashes',
    ]);
    expect(journey!.source.mapId).toBe('grid-t-1');
  });

  it('says what it found when there is no grid', () => {
    expect(inferBoard(createHeadersOnlyBoard())).toEqual({ maps: [], candidates: [], problems: ['Found 5 stage headers but no lane labels left of them.'] });
    expect(inferJourneyGrids([], [])).toEqual({ maps: [], candidates: [], problems: ['Found no row of stage headers and no lane labels.'] });
    const labels: BoardNode[] = ['Touchpoints', 'Emotions'].map((text, index) => ({
      id: `l${index}`,
      type: 'TEXT',
      text,
      bounds: { x: 0, y: index * 300, width: 200, height: 40 },
      parentId: null,
    }));
    expect(inferJourneyGrids(labels, []).problems).toEqual(['Found 2 lane labels but no row of stage headers above them.']);
  });

  it('does not take a wall of notes for a journey map', () => {
    const wall = Array.from({ length: 60 }, (_, index) =>
      createSticky(`w${index}`, `Brainstorm note ${index}`, { x: (index % 10) * 260, y: Math.floor(index / 10) * 260 }),
    );
    const { maps, problems } = inferBoard(createRestFile('Wall', [createPage('0:1', 'Page 1', wall)]));
    expect(maps).toEqual([]);
    expect(problems).toEqual(['Found 10 stage headers but no lane labels left of them.']);
  });

  it('never takes a header or label sticky as a note', () => {
    const [journey] = journeysOf(createGridBoard(ENGLISH_GRID, { headerStyle: 'sticky' }));
    const texts = [...cellsOf(journey!), ...journey!.unplaced.map((note) => note.text)];
    for (const stage of ENGLISH_GRID.stages) expect(texts.some((text) => text.endsWith(`: ${stage}`) || text === stage)).toBe(false);
  });
});
