import type { GetFileResponse } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { runCliAsync } from '../../src/cli/run-cli-async';
import type { Journey, Note } from '../../src/core/journey-schema';
import { JourneySchema } from '../../src/core/journey-schema';
import {
  createAffinityBoard,
  createProcessBoard,
  createProcessBoardWithJourney,
  createRetroBoard,
  createTopLabelledGrid,
} from '../fixtures/rest/corpus-boards';
import { ENGLISH_GRID } from '../fixtures/rest/rest-boards';

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
