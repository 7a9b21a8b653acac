import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import {
  FRENCH_GRID,
  createDesignFile,
  createGridBoard,
  createHeadersOnlyBoard,
  createNoisyGridBoard,
  createPluginMapBoard,
  createTableBoard,
  createTwoMapBoard,
} from '../fixtures/rest/rest-boards';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const fixtures = path.join(root, 'test/fixtures/rest');
let workDirectory = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built command as a person runs it: a separate process, its own environment, output and exit code. */
function runCli(args: string[], env: Record<string, string> = {}, input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd: workDirectory, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

function writeBoard(name: string, board: unknown): string {
  const file = path.join(workDirectory, name);
  writeFileSync(file, JSON.stringify(board));
  return file;
}

function parseJourney(text: string): Journey {
  return JourneySchema.parse(JSON.parse(text));
}

beforeAll(async () => {
  // `npm test` builds first; a single run of this file builds the command when it is missing.
  if (!existsSync(cli)) {
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [path.join(root, 'build.mjs')], { cwd: root }, (error) => (error ? reject(error) : resolve())),
    );
  }
  workDirectory = mkdtempSync(path.join(tmpdir(), 'journey-lanes-cli-'));
  writeBoard('plugin.json', createPluginMapBoard());
  writeBoard('two-maps.json', createTwoMapBoard());
  writeBoard('noisy.json', createNoisyGridBoard());
  writeBoard('french.json', createGridBoard(FRENCH_GRID, { labelStyle: 'text' }, 'Parcours client'));
  writeBoard('table.json', createTableBoard());
  writeBoard('headers-only.json', createHeadersOnlyBoard());
  writeBoard('design.json', createDesignFile());
  writeFileSync(path.join(workDirectory, 'not-a-board.json'), JSON.stringify({ status: 403, err: 'Invalid token' }));
});

afterAll(() => {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

describe('journey-lanes export', () => {
  it('prints the journey of a map the plugin drew, in the plugin format, marked as read from REST', async () => {
    const run = await runCli(['export', 'plugin.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const journey = parseJourney(run.stdout);
    expect(journey.source).toMatchObject({ editor: 'figjam', page: 'Workshop', mapId: 'm1', via: 'rest', mapKind: 'tagged' });
    expect(journey.source.fileKey).toBeUndefined();
    expect(journey.summary.painPointsByVotes).toEqual([{ id: 'n:3', text: 'Checkout asks for an account', votes: 2, stageId: 'purchase' }]);
    expect(journey.stages[0]!.lanes.touchpoints!.map((note) => note.text)).toEqual(['Sees an ad on Instagram']);
  });

  it('reads hand-drawn grids and tables, in other languages, among noise', async () => {
    const french = parseJourney((await runCli(['export', 'french.json'])).stdout);
    expect(french.source.mapKind).toBe('inferred');
    expect(french.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints', 'opportunities']);
    expect(french.stages[2]!.lanes.painPoints!.map((note) => note.text)).toEqual(['Colis en retard']);
    const noisy = parseJourney((await runCli(['export', 'noisy.json'])).stdout);
    expect(noisy.title).toBe('Onboarding journey');
    expect(noisy.summary.counts.notes).toBe(7);
    const table = parseJourney((await runCli(['export', 'table.json'])).stdout);
    expect(table.summary.painPointsByVotes.map((note) => note.text)).toEqual(['Hidden fees', 'Crashes']);
  });

  it('writes CSV and Markdown, and to a file with --out', async () => {
    const csv = await runCli(['export', 'plugin.json', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('Checkout asks for an account');
    expect(csv.stdout.split('\n')[0]).toContain(',');
    const markdown = await runCli(['export', 'plugin.json', '-f', 'markdown', '--out', 'journey.md']);
    expect(markdown).toEqual({ code: 0, stdout: '', stderr: 'Wrote 1 map to journey.md\n' });
    expect(readFileSync(path.join(workDirectory, 'journey.md'), 'utf8')).toMatch(/^# Customer journey map/);
  });

  it('reads the board from standard input with "-"', async () => {
    const run = await runCli(['export', '-'], {}, readFileSync(path.join(workDirectory, 'table.json'), 'utf8'));
    expect(run.code).toBe(0);
    expect(parseJourney(run.stdout).title).toBe('Table journey');
  });

  it('exports every map as an array, or the one --map names by title or id', async () => {
    const all = await runCli(['export', 'two-maps.json']);
    expect(all.code).toBe(0);
    const journeys = (JSON.parse(all.stdout) as unknown[]).map((journey) => JourneySchema.parse(journey));
    expect(journeys.map((journey) => journey.title)).toEqual(['Current state', 'Future state']);
    expect(parseJourney((await runCli(['export', 'two-maps.json', '--map', 'future STATE'])).stdout).source.mapId).toBe('future');
    expect(parseJourney((await runCli(['export', 'two-maps.json', '-m', 'current'])).stdout).title).toBe('Current state');
    const markdown = await runCli(['export', 'two-maps.json', '--format', 'markdown']);
    expect(markdown.stdout.match(/^# /gm)).toHaveLength(2);
  });

  it('lists the maps when --map names none, or when CSV is asked of several', async () => {
    const missing = await runCli(['export', 'two-maps.json', '--map', 'Tomorrow']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      'No map "Tomorrow" in two-maps.json. The maps are:\n  current  "Current state"  (page "Page 1")\n  future  "Future state"  (page "Page 1")\n',
    );
    const csv = await runCli(['export', 'two-maps.json', '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('The board holds 2 maps and CSV takes one. Choose with --map:\n  current');
  });

  it.each([
    [['export', 'missing.json'], 'Could not read missing.json: no such file\n'],
    [['export', path.join(fixtures, 'broken.json')], 'is not JSON: '],
    [['export', 'design.json'], 'design.json is a Figma design file (editorType "figma"), not a FigJam board.\n'],
    [['export', 'not-a-board.json'], 'not-a-board.json is not a Figma file response. At name: '],
    [['export', 'headers-only.json'], 'No journey map found in headers-only.json.\nPage "Page 1": Found 5 stage headers but no lane labels left of them.\n'],
  ])('exits 1 on bad input: %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('says where broken JSON breaks', async () => {
    const run = await runCli(['export', path.join(fixtures, 'broken.json')]);
    expect(run.stderr).toMatch(/line 5, column 1\)/);
  });

  it.each([[['export', 'plugin.json', '--format', 'pdf']], [['export']], [['frobnicate']], [['export', 'plugin.json', '--nope']]])(
    'exits 2 on a usage error: %j',
    async (args) => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/\nRun journey-lanes --help for usage and examples\.\n$/);
    },
  );

  it('names an unknown option and points to --help, exiting 2', async () => {
    const run = await runCli(['--bogus']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'Unknown option --bogus.\nRun journey-lanes --help for usage and examples.\n' });
  });

  it('explains itself with --help, with an example, on stdout', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const part of ['--format json|csv|markdown', '--out FILE', '--map ID_OR_TITLE', '--file-key', 'FIGMA_TOKEN', 'JOURNEY_LANES_FIGMA_API_URL', 'Exit codes', 'Examples']) {
      expect(run.stdout).toContain(part);
    }
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(100);
  });
});

describe('journey-lanes export --file-key', () => {
  let server: Server;
  let baseUrl = '';
  const requests: Array<{ url: string; token: string | undefined }> = [];
  const recorded = JSON.stringify(createPluginMapBoard());

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      requests.push({ url: request.url ?? '', token: request.headers['x-figma-token'] as string | undefined });
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.headers['x-figma-token'] !== 'figd_test_token') {
        response.writeHead(403, { 'content-type': 'application/json' }).end('{"status":403,"err":"Invalid token"}');
      } else if (url.pathname !== '/v1/files/AbCdEf1234567890' || url.searchParams.get('plugin_data') !== 'shared') {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404,"err":"Not found"}');
      } else {
        response.writeHead(200, { 'content-type': 'application/json' }).end(recorded);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the file with the token and plugin_data=shared, and records the file key', async () => {
    const env = { FIGMA_TOKEN: 'figd_test_token', JOURNEY_LANES_FIGMA_API_URL: baseUrl };
    const run = await runCli(['export', 'https://www.figma.com/board/AbCdEf1234567890/Workshop'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(requests.at(-1)).toEqual({ url: '/v1/files/AbCdEf1234567890?plugin_data=shared', token: 'figd_test_token' });
    expect(parseJourney(run.stdout).source).toMatchObject({ fileKey: 'AbCdEf1234567890', mapId: 'm1', via: 'rest' });
  });

  it('says what Figma refused, and asks for a token before fetching', async () => {
    const refused = await runCli(['export', '--file-key', 'AbCdEf1234567890'], { FIGMA_TOKEN: 'wrong', JOURNEY_LANES_FIGMA_API_URL: baseUrl });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Figma refused access to AbCdEf1234567890 (403). Check FIGMA_TOKEN');
    const unknown = await runCli(['export', '--file-key', 'Zz9876543210Zz'], { FIGMA_TOKEN: 'figd_test_token', JOURNEY_LANES_FIGMA_API_URL: baseUrl });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Figma has no file Zz9876543210Zz (404)');
    const count = requests.length;
    const noToken = await runCli(['export', '--file-key', 'AbCdEf1234567890'], { JOURNEY_LANES_FIGMA_API_URL: baseUrl });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('Set FIGMA_TOKEN');
    expect(requests.length).toBe(count);
  });

  it('says when the server cannot be reached', async () => {
    const run = await runCli(['export', '--file-key', 'AbCdEf1234567890'], { FIGMA_TOKEN: 't', JOURNEY_LANES_FIGMA_API_URL: 'http://127.0.0.1:1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Could not reach http://127.0.0.1:1/v1/files/AbCdEf1234567890?plugin_data=shared');
  });
});
