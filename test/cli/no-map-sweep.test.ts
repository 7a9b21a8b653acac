import type { GetFileResponse, SubcanvasNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import type { Journey } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { createRandom } from '../bench/create-random';
import { ENGLISH_GRID, createHandDrawnGridNodes } from '../fixtures/rest/rest-boards';
import { STICKY_COLORS, createPage, createRestFile, createSection, createShape, createSticky, createTable, createText } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';

/**
 * A seeded sweep of boards that hold no journey map, each built from the kinds of nodes real FigJam files hold
 * beside one: tables of field specs, legends inside component instances, retros in columns and in rows, affinity
 * clusters under theme notes (themes that happen to name lanes), kanban columns and meeting notes. The same seeds
 * give the same boards on every run. No map may be invented on them, and a journey map drawn among them is found
 * alone, with every one of its stickies exported once and none of theirs.
 */

type Random = () => number;
type Origin = { x: number; y: number };

function pick<Item>(random: Random, items: readonly Item[]): Item {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, low: number, high: number): number {
  return Math.round(low + random() * (high - low));
}

/** Node ids unique to one board, in the REST form "a:b". */
function createIds(): (prefix: number) => string {
  let next = 0;
  return (prefix) => `${prefix}:${next++}`;
}

type Piece = (random: Random, origin: Origin, id: (prefix: number) => string) => SubcanvasNode[];

const FIELD_NAMES = ['id', 'created_at', 'status', 'owner', 'amount', 'currency', 'email', 'locale', 'version'];
const TYPE_NAMES = ['string', 'timestamp', 'enum', 'uuid', 'integer', 'boolean'];

/** A table of field specs: a header row and a row per field, no journey word in its first row or column. */
const specTable: Piece = (random, origin, id) => {
  const rows = [['Field', 'Type', 'Required', 'Notes']];
  // Field names are distinct within a table, as in a real data model.
  const fields = [...FIELD_NAMES].sort(() => random() - 0.5).slice(0, between(random, 2, 5));
  for (const field of fields) rows.push([field, pick(random, TYPE_NAMES), pick(random, ['yes', 'no']), '']);
  return [createTable(id(90), origin, rows)];
};

/** A legend drawn from a component: its texts, ids starting with "I", line up as headers over labels. */
const legendInstance: Piece = (random, origin, id) => {
  const instanceId = id(81);
  const inner = (suffix: number) => `I${instanceId};${suffix}`;
  const headers = ['Meaning', 'Owner'].map((text, index) => createText(inner(index), text, { x: origin.x + 260 * (index + 1), y: origin.y, width: 200, height: 40 }));
  const labels = ['Blue', 'Red', 'Green', 'Yellow'].slice(0, between(random, 2, 4)).map((text, index) =>
    createText(inner(10 + index), text, { x: origin.x, y: origin.y + 80 * (index + 1), width: 200, height: 40 }),
  );
  const meanings = ['Question', 'Idea', 'Risk'].map((text, index) => createText(inner(20 + index), text, { x: origin.x + 260, y: origin.y + 80 * (index + 1), width: 200, height: 40 }));
  const box = { x: origin.x, y: origin.y, width: 760, height: 420 };
  const instance = { id: instanceId, name: 'Legend', type: 'INSTANCE', visible: true, absoluteBoundingBox: box, absoluteRenderBounds: box, children: [...headers, ...labels, ...meanings] };
  return [instance as unknown as SubcanvasNode];
};

const RETRO_FORMATS = [
  ['What went well', 'What didn’t', 'Actions'],
  ['Start', 'Stop', 'Continue'],
  ['Liked', 'Learned', 'Lacked', 'Longed for'],
  ['Mad', 'Sad', 'Glad'],
] as const;

/** A retro: one section per heading, notes in each, the sections side by side (columns) or stacked (rows). */
function retro(inRows: boolean): Piece {
  return (random, origin, id) =>
    pick(random, RETRO_FORMATS).map((name, index) => {
      const notes = between(random, 2, 5);
      const box = inRows
        ? { x: origin.x, y: origin.y + index * 500, width: 1700, height: 400 }
        : { x: origin.x + index * 700, y: origin.y, width: 600, height: 1600 };
      const stickies = Array.from({ length: notes }, (_, note) =>
        createSticky(id(61), `Retro note ${index}-${note}`, inRows ? { x: box.x + 100 + note * 300, y: box.y + 100 } : { x: box.x + 180, y: box.y + 100 + note * 290 }),
      );
      return createSection(id(60), name, box, stickies);
    });
}

/** Theme notes people write on affinity walls, some of them a lane's name. */
const THEMES = ['Pain points', 'Ideas', 'Questions', 'Touchpoints', 'Onboarding', 'Pricing', 'Support', 'Feelings', 'Mobile'];

/** Loose clusters, each under a blue theme note, scattered: no two clusters in line. */
const affinityClusters: Piece = (random, origin, id) =>
  Array.from({ length: between(random, 2, 4) }).flatMap((_, index) => {
    const at = { x: origin.x + (index % 2) * 1400 + between(random, 0, 120), y: origin.y + Math.floor(index / 2) * 1200 + between(random, 0, 120) };
    const notes = Array.from({ length: between(random, 1, 4) }, (_, row) =>
      createSticky(id(51), `Observation ${index}-${row}`, { x: at.x + (row % 2) * 260, y: at.y + 300 + Math.floor(row / 2) * 260 }),
    );
    return [createSticky(id(50), pick(random, THEMES), at, STICKY_COLORS.blue), ...notes];
  });

/** A kanban: column headers drawn as shapes, cards stacked under each. */
const kanbanColumns: Piece = (random, origin, id) =>
  ['To do', 'Doing', 'Done'].flatMap((name, index) => {
    const left = origin.x + index * 600;
    const cards = Array.from({ length: between(random, 1, 4) }, (_, row) => createSticky(id(71), `Card ${index}-${row}`, { x: left + 40, y: origin.y + 200 + row * 280 }));
    return [createShape(id(70), name, { x: left, y: origin.y, width: 500, height: 120 }), ...cards];
  });

/** Meeting notes: a title, an agenda typed as text, and a row of decision notes. */
const meetingNotes: Piece = (random, origin, id) => [
  createText(id(80), 'Weekly sync', { x: origin.x, y: origin.y, width: 600, height: 80 }),
  createText(id(80), 'Agenda\n1. Updates\n2. Risks\n3. Next steps', { x: origin.x, y: origin.y + 120, width: 500, height: 200 }),
  ...Array.from({ length: between(random, 1, 4) }, (_, index) => createSticky(id(82), `Decision ${index}`, { x: origin.x + index * 280, y: origin.y + 400 })),
];

const PIECES: readonly Piece[] = [specTable, legendInstance, retro(false), retro(true), affinityClusters, kanbanColumns, meetingNotes];

/** Where pieces go: cells of a coarse grid, one piece to a cell, wide enough that pieces do not overlap. */
const CELL_WIDTH = 6000;
const CELL_HEIGHT = 5000;
const CELLS = 6;

function cellOrigin(cell: number, random: Random): Origin {
  return { x: (cell % 3) * CELL_WIDTH + between(random, 0, 400), y: Math.floor(cell / 3) * CELL_HEIGHT + between(random, 0, 400) };
}

/** A board of three to five pieces in distinct cells; the cells left free are returned for a journey map. */
function createNoMapNodes(seed: number): { nodes: SubcanvasNode[]; freeCells: number[] } {
  const random = createRandom(seed);
  const id = createIds();
  const cells = Array.from({ length: CELLS }, (_, cell) => cell).sort(() => random() - 0.5);
  const used = cells.slice(0, between(random, 3, 5));
  const nodes = used.flatMap((cell) => pick(random, PIECES)(random, cellOrigin(cell, random), id));
  return { nodes, freeCells: cells.slice(used.length) };
}

async function exportAsync(board: GetFileResponse) {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json'], io);
  return { code, ...out };
}

function exportedNoteIds(journey: Journey): string[] {
  const notes = [...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()), ...(journey.persona?.notes ?? []), ...journey.unplaced];
  return notes.map((note) => note.id).sort();
}

const SEEDS = Array.from({ length: 40 }, (_, index) => 1000 + index);

describe('a seeded sweep of boards without a journey map', () => {
  it.each(SEEDS)('invents no map on board %i', async (seed) => {
    const { nodes } = createNoMapNodes(seed);
    const run = await exportAsync(createRestFile(`Board ${seed}`, [createPage('0:1', 'Page 1', nodes)]));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^No journey map found in board\.json\./);
  });

  it.each(SEEDS.flatMap((seed) => [[seed, 'in a section'] as const, [seed, 'under a title'] as const]))(
    'finds the one journey map drawn on board %i %s, with its stickies and no others',
    async (seed, framing) => {
      const { nodes, freeCells } = createNoMapNodes(seed);
      const origin = cellOrigin(freeCells[0]!, createRandom(seed + 1));
      const grid = createHandDrawnGridNodes(ENGLISH_GRID, { x: origin.x + 200, y: origin.y + 300 });
      const journey =
        framing === 'in a section'
          ? [createSection('70:1', 'Checkout journey', { ...origin, width: 3400, height: 3400 }, grid)]
          : [createText('70:2', 'Checkout journey', { x: origin.x + 200, y: origin.y + 100, width: 900, height: 80 }), ...grid];
      const run = await exportAsync(createRestFile(`Board ${seed}`, [createPage('0:1', 'Page 1', [...nodes, ...journey])]));
      expect(run.code).toBe(0);
      const exported = JourneySchema.parse(JSON.parse(run.stdout));
      expect(exported.title).toBe('Checkout journey');
      expect(exported.stages.map((stage) => stage.name)).toEqual(ENGLISH_GRID.stages);
      expect(exportedNoteIds(exported)).toEqual(ENGLISH_GRID.notes.map((note) => note.id).sort());
      expect(exported.unplaced).toEqual([]);
    },
  );
});
