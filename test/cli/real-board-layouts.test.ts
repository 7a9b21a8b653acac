import type { GetFileResponse, SubcanvasNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import type { Journey, Note } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { ENGLISH_GRID, createHandDrawnGridNodes } from '../fixtures/rest/rest-boards';
import { createPage, createRestFile, createSection, createShape, createSticky, createText } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';

/**
 * Layouts people draw on real FigJam boards that the command line still reads wrongly: a retro in rows, an
 * affinity wall in loose clusters, two maps side by side, tall lanes with small labels, a lane of two rows of notes.
 */

async function exportBoardAsync(board: GetFileResponse, args: string[] = []) {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json', ...args], io);
  return { code, ...out };
}

function onePage(nodes: SubcanvasNode[]): GetFileResponse {
  return createRestFile('Board', [createPage('0:1', 'Page 1', nodes)]);
}

function parseJourneys(stdout: string): Journey[] {
  const parsed: unknown = JSON.parse(stdout);
  return (Array.isArray(parsed) ? parsed : [parsed]).map((journey) => JourneySchema.parse(journey));
}

/** Each note's id with the cell it was exported in, "lane / stage", across every map exported. */
function readCells(journeys: readonly Journey[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const journey of journeys) {
    for (const stage of journey.stages) {
      for (const lane of journey.lanes) for (const note of stage.lanes[lane.id] ?? []) cells[note.id] = `${lane.name} / ${stage.name}`;
    }
  }
  return cells;
}

function readAmbiguous(journeys: readonly Journey[]): string[] {
  const notes: Note[] = journeys.flatMap((journey) => journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()));
  return notes.filter((note) => note.ambiguous === true).map((note) => note.id);
}

const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Retention'];
const LANES = ['Touchpoints', 'Actions', 'Thoughts', 'Emotions', 'Pain points'];

interface GridDrawing {
  columnWidth: number;
  laneHeight: number;
  /** Draws the stage header of column `index`, whose left edge is `left`. */
  header: (id: string, name: string, left: number) => SubcanvasNode;
  /** Where the notes of one cell sit, as offsets from the cell's top-left corner. */
  notePlaces: Array<{ x: number; y: number }>;
}

const GRID_LEFT = 400;
const GRID_TOP = 200;

/**
 * A hand-drawn grid: headers over the columns, text lane labels at the top-left of their lanes (as most templates
 * draw them), notes wholly inside their cells. Returns the board's nodes and the cell each note belongs to.
 */
function drawGrid(drawing: GridDrawing): { nodes: SubcanvasNode[]; cells: Record<string, string> } {
  const { columnWidth, laneHeight } = drawing;
  const nodes = STAGES.map((stage, index) => drawing.header(`h${index}`, stage, GRID_LEFT + index * columnWidth));
  const cells: Record<string, string> = {};
  LANES.forEach((lane, laneIndex) => {
    const laneTop = GRID_TOP + laneIndex * laneHeight;
    nodes.push(createText(`l${laneIndex}`, lane, { x: 0, y: laneTop, width: 300, height: 48 }));
    STAGES.forEach((stage, stageIndex) => {
      drawing.notePlaces.forEach((place, noteIndex) => {
        const id = `n${laneIndex}-${stageIndex}-${noteIndex}`;
        cells[id] = `${lane} / ${stage}`;
        nodes.push(createSticky(id, `Note ${id}`, { x: GRID_LEFT + stageIndex * columnWidth + place.x, y: laneTop + place.y }));
      });
    });
  });
  return { nodes, cells };
}

describe('a board that holds no journey map invents none', () => {
  it('reads no map in a retro laid out in rows: sections "What went well", "What didn’t", "Actions", five notes in each', async () => {
    // Five notes side by side in each section, the sections stacked: a retro in rows. "Actions" is the only
    // journey word on the board, and it names a retro column, not a lane.
    const sections = ['What went well', 'What didn’t', 'Actions'].map((name, row) =>
      createSection(
        `60:${row}`,
        name,
        { x: 0, y: row * 500, width: 1700, height: 400 },
        [0, 1, 2, 3, 4].map((column) => createSticky(`61:${row * 10 + column}`, `Retro note ${row}-${column}`, { x: 100 + column * 300, y: row * 500 + 100 })),
      ),
    );
    const run = await exportBoardAsync(createRestFile('Sprint 42 retro', [createPage('0:1', 'Retro', sections)]));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^No journey map found in board\.json\./);
  });

  it('reads no map in an affinity wall of loose clusters, each under a theme note', async () => {
    // Interview synthesis: four clusters scattered over the board, each headed by a blue theme note. Themes such as
    // "Questions" or "Pain points" are what people write on them; the clusters form no grid.
    const clusters = [
      ['Pain points', ['Too many steps', 'Lost the code', 'Forms are long']],
      ['Ideas', ['Save progress', 'Magic link', 'Shorter form', 'Guest checkout']],
      ['Questions', ['Why a phone number?', 'Is it free?']],
      ['Touchpoints', ['Email', 'App', 'Call centre']],
    ] as const;
    const nodes = clusters.flatMap(([theme, notes], index) => {
      const origin = { x: (index % 2) * 1400 + index * 37, y: Math.floor(index / 2) * 1200 + index * 53 };
      return [
        createSticky(`50:${index}`, theme, origin, '#A8DAFF'),
        ...notes.map((text, row) =>
          createSticky(`51:${index * 10 + row}`, text, { x: origin.x + (row % 2) * 260, y: origin.y + 300 + Math.floor(row / 2) * 260 }),
        ),
      ];
    });
    const run = await exportBoardAsync(createRestFile('Interview synthesis', [createPage('0:1', 'Affinity', nodes)]));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^No journey map found in board\.json\./);
  });
});

describe('the journey map that is there is found, and only it', () => {
  it('reads two hand-drawn maps side by side, each in its own section, as two maps', async () => {
    // A current-state map and its future-state copy, 1000 px apart: the usual pair on a workshop board.
    const current = createSection('c', 'Current state', { x: 0, y: 0, width: 3000, height: 3300 }, createHandDrawnGridNodes(ENGLISH_GRID, { x: 100, y: 100 }, { prefix: 'c' }));
    const futureGrid = { ...ENGLISH_GRID, notes: ENGLISH_GRID.notes.map((note) => ({ ...note, id: `f${note.id}` })) };
    const future = createSection('f', 'Future state', { x: 4000, y: 0, width: 3000, height: 3300 }, createHandDrawnGridNodes(futureGrid, { x: 4100, y: 100 }, { prefix: 'f' }));
    const run = await exportBoardAsync(onePage([current, future]));
    expect(run.code).toBe(0);
    const journeys = parseJourneys(run.stdout);
    expect(journeys.map((journey) => journey.title)).toEqual(['Current state', 'Future state']);
    for (const journey of journeys) expect(journey.stages.map((stage) => stage.name)).toEqual(ENGLISH_GRID.stages);
    expect(Object.keys(readCells(journeys.slice(0, 1))).sort()).toEqual(ENGLISH_GRID.notes.map((note) => note.id).sort());
  });

  it('reads a grid whose last lane holds a note saying "Questions?" as one map, every note in its cell', async () => {
    // Nine notes to a cell, in three rows of three; one note of the last lane happens to say a lane's name.
    const places = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => ({ x: 100 + (index % 3) * 260, y: 100 + Math.floor(index / 3) * 260 }));
    const { nodes, cells } = drawGrid({
      columnWidth: 1000,
      laneHeight: 1000,
      header: (id, name, left) => createShape(id, name, { x: left + 40, y: 0, width: 920, height: 160 }),
      notePlaces: places,
    });
    const question = nodes.find((node) => node.id === 'n4-1-7') as { characters: string };
    question.characters = 'Questions?';
    const run = await exportBoardAsync(onePage(nodes));
    expect(run.code).toBe(0);
    const journeys = parseJourneys(run.stdout);
    expect(journeys).toHaveLength(1);
    expect(readCells(journeys)).toEqual(cells);
  });
});

describe('bands where people see them', () => {
  it('reads lanes 600 px tall under small text headers as one grid, each centred note in its cell', async () => {
    // Stage names typed as texts 250 px wide over 700 px columns; lane labels at the top of their lanes.
    const { nodes, cells } = drawGrid({
      columnWidth: 700,
      laneHeight: 600,
      header: (id, name, left) => createText(id, name, { x: left + 225, y: 0, width: 250, height: 60 }),
      notePlaces: [{ x: 230, y: 180 }],
    });
    const run = await exportBoardAsync(onePage(nodes));
    expect(run.code).toBe(0);
    const journeys = parseJourneys(run.stdout);
    expect(journeys).toHaveLength(1);
    expect(journeys[0]!.lanes.map((lane) => lane.name)).toEqual(LANES);
    expect(readCells(journeys)).toEqual(cells);
    expect(readAmbiguous(journeys)).toEqual([]);
  });

  it('keeps both rows of notes under a lane label at the top of its lane in that lane', async () => {
    // Two rows of notes stacked under each label, the second row wholly above the next lane's label.
    const { nodes, cells } = drawGrid({
      columnWidth: 700,
      laneHeight: 600,
      header: (id, name, left) => createShape(id, name, { x: left + 100, y: 0, width: 500, height: 120 }),
      notePlaces: [
        { x: 80, y: 60 },
        { x: 360, y: 60 },
        { x: 80, y: 330 },
        { x: 360, y: 330 },
      ],
    });
    const run = await exportBoardAsync(onePage(nodes));
    expect(run.code).toBe(0);
    const journeys = parseJourneys(run.stdout);
    expect(readCells(journeys)).toEqual(cells);
    expect(readAmbiguous(journeys)).toEqual([]);
  });
});
