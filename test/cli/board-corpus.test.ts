import type { GetFileResponse, StickyNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { runCliAsync } from '../../src/cli/run-cli-async';
import type { Journey, Note } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import {
  createAffinityBoard,
  createProcessBoard,
  createProcessBoardWithJourney,
  createRetroBoard,
  createTopLabelledGrid,
} from '../fixtures/rest/corpus-boards';
import { ENGLISH_GRID, createGridBoard, createPluginMapBoard } from '../fixtures/rest/rest-boards';
import { createPage, createRestFile, createText } from '../fixtures/rest/rest-builders';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command in this process, the board given as a file it reads. */
async function runOnBoardAsync(board: GetFileResponse, args: string[] = []): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env: {},
    writeStdout: (text) => (stdout += text),
    writeStderr: (text) => (stderr += text),
    readFileAsync: async () => JSON.stringify(board),
    readStdinAsync: async () => '',
    writeFileAsync: async () => undefined,
    isSameFileAsync: () => Promise.resolve(false),
    fetchAsync: () => Promise.reject(new Error('no network in tests')),
    now: () => new Date('2026-12-02T00:00:00.000Z'),
  };
  const code = await runCliAsync(['export', 'board.json', ...args], io);
  return { code, stdout, stderr };
}

function allNotes(journey: Journey): Note[] {
  return [...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()), ...(journey.persona?.notes ?? []), ...journey.unplaced];
}

describe('boards that hold no journey map', () => {
  it.each([
    ['a process board of twelve spec tables and a legend instance', createProcessBoard],
    ['a retro of three sections', createRetroBoard],
    ['an affinity wall', createAffinityBoard],
  ])('invents no map on %s', async (_, create) => {
    const run = await runOnBoardAsync(create());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^No journey map found in board\.json\./);
  });

  it('names the spec tables as other grids with their ids, so --map can still take one', async () => {
    const run = await runOnBoardAsync(createProcessBoard());
    expect(run.stderr).toContain('Page "Data model": Found 12 grids, but no lane or stage in them is named like a journey map.');
    expect(run.stderr).toContain('Other grids, not read as journey maps: no lane or stage is named like one (12):');
    expect(run.stderr).toContain('  grid-90-1  "Checkout service: data model"  (page "Data model", node 90:1)');
    expect(run.stderr).not.toContain('I81:1');
    const chosen = await runOnBoardAsync(createProcessBoard(), ['--map', '90:1']);
    expect(chosen.code).toBe(0);
    const journey = JourneySchema.parse(JSON.parse(chosen.stdout));
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Type', 'Required', 'Notes']);
    expect(journey.lanes.map((lane) => lane.name)).toEqual(['User id', 'created_at', 'status']);
  });
});

describe('the titles of grids that show no journey', () => {
  it('calls an untitled one an untitled grid with its headers, in the list and in its export, never a journey map', async () => {
    const list = await runOnBoardAsync(createRetroBoard(), ['--list']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[2]).toBe('  grid-60-1  "Untitled grid (What didn’t go well, Action items)"  (page "Retro")');
    const chosen = await runOnBoardAsync(createRetroBoard(), ['--map', 'grid-60-1']);
    expect(chosen.code).toBe(0);
    expect(JourneySchema.parse(JSON.parse(chosen.stdout)).title).toBe('Untitled grid (What didn’t go well, Action items)');
  });

  it('names the first three headers of a wider one, and keeps the title of a journey map that has none', async () => {
    const rota = createGridBoard({
      stages: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      lanes: ['Alex', 'Sam'],
      notes: [{ id: 'r1', lane: 0, stage: 0, text: 'Front desk' }],
    });
    const list = await runOnBoardAsync(rota, ['--list']);
    expect(list.stdout).toMatch(/^ {2}grid-\S+ {2}"Untitled grid \(Monday, Tuesday, Wednesday, …\)" {2}\(page "Page 1"\)$/m);
    const process = await runOnBoardAsync(createProcessBoardWithJourney(), ['--list']);
    expect(process.stdout).toContain('"Untitled grid (Type, Required, Notes)"');
    expect(process.stdout).toContain('"Checkout service: data model"');
    expect(process.stdout).not.toContain('"Journey map"');
    const untitledMap = await runOnBoardAsync(createGridBoard(ENGLISH_GRID));
    expect(JourneySchema.parse(JSON.parse(untitledMap.stdout)).title).toBe('Journey map');
  });
});

describe('a journey map among other things', () => {
  it('finds the hand-drawn map on a board of twelve tables, exports it alone, and loses none of its notes', async () => {
    const run = await runOnBoardAsync(createProcessBoardWithJourney());
    expect(run.code).toBe(0);
    const journey = JourneySchema.parse(JSON.parse(run.stdout));
    expect(journey.title).toBe('Checkout journey');
    expect(journey.stages.map((stage) => stage.name)).toEqual(ENGLISH_GRID.stages);
    expect(allNotes(journey).map((note) => note.id).sort()).toEqual(ENGLISH_GRID.notes.map((note) => note.id).sort());
    expect(journey.unplaced).toEqual([]);
  });

  it('lists the map and the other grids with --list, and exports nothing', async () => {
    const run = await runOnBoardAsync(createProcessBoardWithJourney(), ['--list']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Journey maps (1):');
    expect(lines[1]).toMatch(/^ {2}grid-\S+ {2}"Checkout journey" {2}\(page "Data model"\)$/);
    expect(lines[2]).toBe('Other grids, not read as journey maps: no lane or stage is named like one (12):');
    expect(lines).toHaveLength(2 + 1 + 12 + 1);
  });

  it('places notes centred in the cells of a grid whose labels sit at the top of their lanes, none ambiguous', async () => {
    const { file, cells } = createTopLabelledGrid();
    const run = await runOnBoardAsync(file);
    expect(run.code).toBe(0);
    const journey = JourneySchema.parse(JSON.parse(run.stdout));
    const placed: Record<string, string> = {};
    for (const stage of journey.stages) {
      for (const lane of journey.lanes) {
        for (const note of stage.lanes[lane.id]!) {
          placed[note.id] = `${lane.name} / ${stage.name}`;
          expect(note.ambiguous).toBeUndefined();
        }
      }
    }
    expect(placed).toEqual(cells);
    expect(journey.unplaced).toEqual([]);
  });
});

/** Every sticky of a REST file, in file order, ids repeated as often as the file repeats them. */
function collectStickyIds(board: GetFileResponse): string[] {
  const ids: string[] = [];
  const visit = (node: { id: string; type: string; children?: readonly unknown[] }) => {
    if (node.type === 'STICKY') ids.push(node.id);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(board.document as unknown as { id: string; type: string; children?: readonly unknown[] });
  return ids;
}

/** Each sticky of the map exactly once: as a note, or as the lane label or stage header it serves as. */
function exportedStickyIds(journey: Journey): string[] {
  const structure = [...journey.lanes, ...journey.stages].flatMap((track) => (track.labelNodeId === undefined ? [] : [track.labelNodeId]));
  return [...allNotes(journey).map((note) => note.id), ...structure];
}

describe('every sticky in a map’s area, exactly once', () => {
  it('exports sticky headers as the stages’ labelNodeId, and every other sticky as a note', async () => {
    const board = createGridBoard(ENGLISH_GRID, { headerStyle: 'sticky' });
    const journey = JourneySchema.parse(JSON.parse((await runOnBoardAsync(board)).stdout));
    expect(journey.stages.map((stage) => stage.labelNodeId)).toEqual(['gh0', 'gh1', 'gh2', 'gh3']);
    expect(journey.lanes.map((lane) => lane.labelNodeId)).toEqual(ENGLISH_GRID.lanes.map((_, index) => `gl${index}`));
    const stickies = collectStickyIds(board);
    expect(exportedStickyIds(journey).filter((id) => stickies.includes(id)).sort()).toEqual([...stickies].sort());
  });

  it('keeps a sticky Figma gave no box as unplaced "no-bounds", and two stickies sharing an id as two notes', async () => {
    const board = createGridBoard(ENGLISH_GRID);
    const page = board.document.children[0]!;
    const first = page.children.find((node) => node.id === 'e1') as StickyNode;
    const second = page.children.find((node) => node.id === 'e4') as StickyNode;
    (first as { absoluteBoundingBox: unknown }).absoluteBoundingBox = null;
    second.id = 'e2';
    const run = await runOnBoardAsync(board);
    expect(run.code).toBe(0);
    const journey = JourneySchema.parse(JSON.parse(run.stdout));
    expect(journey.unplaced.map((note) => [note.id, note.reason])).toEqual([['e1', 'no-bounds']]);
    expect(allNotes(journey).filter((note) => note.id === 'e2').map((note) => note.text).sort()).toEqual(['-2 lost', 'Fills the form']);
    expect(journey.summary.counts.notes).toBe(ENGLISH_GRID.notes.length);
  });
});

describe('files as tools save them', () => {
  it('reads a bare document, and a file without editorType that holds stickies', async () => {
    const board = createGridBoard(ENGLISH_GRID);
    const bare = await runOnBoardAsync(board.document as unknown as GetFileResponse);
    expect(bare.code).toBe(0);
    expect(JourneySchema.parse(JSON.parse(bare.stdout)).stages.map((stage) => stage.name)).toEqual(ENGLISH_GRID.stages);
    const { editorType: _editorType, ...withoutEditorType } = board;
    const inferred = await runOnBoardAsync(withoutEditorType as GetFileResponse);
    expect(inferred.code).toBe(0);
    expect(JourneySchema.parse(JSON.parse(inferred.stdout)).summary.counts.notes).toBe(ENGLISH_GRID.notes.length);
  });

  it('still refuses a design file, with or without editorType', async () => {
    const design = createRestFile('Design', [createPage('0:1', 'Page 1', [createText('t', 'Pain points', { x: 0, y: 0, width: 200, height: 40 })])]);
    const { editorType: _editorType, ...withoutEditorType } = design;
    const run = await runOnBoardAsync(withoutEditorType as GetFileResponse);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'board.json says no editorType and holds no FigJam nodes (stickies, shapes, connectors): it reads as a design file.\n',
    );
  });

  it('says when the file holds no stamps that votes could not be counted, and says so in the export', async () => {
    const withoutStamps = await runOnBoardAsync(createGridBoard(ENGLISH_GRID));
    expect(withoutStamps.stderr).toBe('board.json holds no stamps, so votes could not be counted: a vote of 0 means not known, not no votes.\n');
    expect(JourneySchema.parse(JSON.parse(withoutStamps.stdout)).source.stampsFound).toBe(false);
    const withStamps = await runOnBoardAsync(createPluginMapBoard());
    expect(withStamps.stderr).toBe('');
    expect(JourneySchema.parse(JSON.parse(withStamps.stdout)).source.stampsFound).toBe(true);
  });
});
