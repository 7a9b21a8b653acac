import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { MAX_TEXT_LENGTH } from '../../src/cli/input/is-too-long-for-a-string';
import { maskUrlCredentials } from '../../src/cli/input/mask-url-credentials';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { writeFileWholeAsync } from '../../src/cli/write-file-whole-async';
import { createMemoryIo } from './create-memory-io';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { createPluginMapBoard } from '../fixtures/rest/rest-boards';
import { createStamp, createSticky } from '../fixtures/rest/rest-builders';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
let workDirectory = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], { cwd: workDirectory, env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
    child.stdin?.end('');
  });
}

/** What no message may show: a stack frame or a JavaScript error name. */
function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at |RangeError|TypeError|_zod/);
}

function boardText(children: unknown[]): string {
  return JSON.stringify({ name: 'Board', editorType: 'figjam', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page', children }] } });
}

beforeAll(async () => {
  if (!existsSync(cli)) {
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [path.join(root, 'build.mjs')], { cwd: root }, (error) => (error ? reject(error) : resolve())),
    );
  }
  workDirectory = mkdtempSync(path.join(tmpdir(), 'journey-lanes-hostile-'));
  writeFileSync(path.join(workDirectory, 'plugin.json'), JSON.stringify(createPluginMapBoard()));
});

afterAll(() => {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

describe('hostile geometry on the command line', () => {
  it('exports a board with a stamp at x = 1e20 and a sticky 10,000,000 px wide', async () => {
    const board = createPluginMapBoard();
    const page = board.document.children[0]!;
    (page as { children: unknown[] }).children.push(
      createStamp('s:far', '+1', { x: 1e20, y: 0 }),
      createSticky('n:wide', 'Wide', { x: 5000, y: 90_000, width: 10_000_000, height: 240 }),
      createStamp('s:wide', '+1', { x: 5_000_000, y: 90_100 }),
    );
    writeFileSync(path.join(workDirectory, 'far.json'), JSON.stringify(board));
    const run = await runCli(['export', 'far.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JourneySchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
  });

  it('refuses coordinates that are not finite (1e400 reads as Infinity) with their path', async () => {
    const text = boardText([{ id: '1:1', type: 'STICKY', characters: 'x', absoluteBoundingBox: { x: 0, y: 0, width: 240, height: 1 } }]).replace('"height":1}', '"height":1e400}');
    writeFileSync(path.join(workDirectory, 'infinite.json'), text);
    const run = await runCli(['export', 'infinite.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('document.children[0].children[0].absoluteBoundingBox.height');
    expectNoStack(run);
  });
});

describe('deep nesting', () => {
  it.each([2000, 100_000])('reads a board nested %i levels deep without a stack trace', async (depth) => {
    const open = '{"id":"g","type":"GROUP","children":['.repeat(depth);
    const text = boardText([]).replace('"children":[]}]', `"children":[${open}{"id":"n","type":"STICKY","characters":"deep"}${']}'.repeat(depth)}]}]`);
    writeFileSync(path.join(workDirectory, 'deep.json'), text);
    const run = await runCli(['export', 'deep.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No journey map found in deep.json.');
    expectNoStack(run);
  });

  it('names a wrong field deep in the tree by its path', async () => {
    const depth = 3000;
    const open = '{"id":"g","type":"GROUP","children":['.repeat(depth);
    const text = boardText([]).replace('"children":[]}]', `"children":[${open}{"id":7,"type":"STICKY"}${']}'.repeat(depth)}]}]`);
    writeFileSync(path.join(workDirectory, 'deep-wrong.json'), text);
    const run = await runCli(['export', 'deep-wrong.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^deep-wrong\.json is not a Figma file response\. At document\.children\[0\]\.children\[0\]\S*…\S*\.children\[0\]\.id: expected string\n$/);
    expect(run.stderr.length).toBeLessThan(300);
    expectNoStack(run);
  });
});

describe('unexpected errors', () => {
  function ioFailingWith(error: Error): CliIo & { stderr: string } {
    const io = {
      stderr: '',
      env: {},
      writeStdout: () => undefined,
      writeStderr: (text: string) => {
        io.stderr += text;
      },
      readFileAsync: () => Promise.reject(error),
      readStdinAsync: () => Promise.resolve(''),
      writeFileAsync: () => Promise.resolve(),
      isSameFileAsync: () => Promise.resolve(false),
      fetchAsync: () => Promise.reject(error),
      now: () => new Date(0),
    };
    return io;
  }

  it('say one sentence and where to report, with the stack only under --debug', async () => {
    const failure = new TypeError('boom');
    Object.defineProperty(failure, 'code', { value: undefined });
    // An error outside what reading a file can throw: make it escape loading by failing the write instead.
    const quiet = ioFailingWith(failure);
    quiet.readFileAsync = () => Promise.resolve(JSON.stringify(createPluginMapBoard()));
    quiet.writeStdout = () => {
      throw failure;
    };
    expect(await runCliAsync(['export', 'board.json'], quiet)).toBe(1);
    expect(quiet.stderr).toBe('Something went wrong and nothing was written. Run again with --debug for the details.\nIf it happens again, please report it with the command you ran (leave out your token).\n');

    const loud = ioFailingWith(failure);
    loud.readFileAsync = quiet.readFileAsync;
    loud.writeStdout = quiet.writeStdout;
    expect(await runCliAsync(['export', 'board.json', '--debug'], loud)).toBe(1);
    expect(loud.stderr).toContain('TypeError: boom\n    at ');
  });
});

describe('--out', () => {
  it('refuses to write over the board it reads, and leaves it as it was', async () => {
    const before = readFileSync(path.join(workDirectory, 'plugin.json'), 'utf8');
    const run = await runCli(['export', 'plugin.json', '--out', `./${path.basename('plugin.json')}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out ./plugin.json is the board being read.');
    expect(readFileSync(path.join(workDirectory, 'plugin.json'), 'utf8')).toBe(before);
  });

  it('prints with --out -, and writes a file whole, leaving no temporary file', async () => {
    const printed = await runCli(['export', 'plugin.json', '--out', '-']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ schemaVersion: 1 });
    expect(existsSync(path.join(workDirectory, '-'))).toBe(false);

    writeFileSync(path.join(workDirectory, 'old.csv'), 'old');
    const written = await runCli(['export', 'plugin.json', '--format', 'csv', '--out', 'old.csv']);
    expect(written.code).toBe(0);
    expect(readFileSync(path.join(workDirectory, 'old.csv'), 'utf8')).toMatch(/^\uFEFFstage,lane,text/);
    expect(readdirSync(workDirectory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says when it cannot write, and leaves no temporary file', async () => {
    const run = await runCli(['export', 'plugin.json', '--out', 'no-such-folder/out.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Could not write no-such-folder/out.json');
    expectNoStack(run);
  });

  it.each([
    ['no-such-folder/out.json', 'the folder no-such-folder does not exist. Create it first, or choose another.'],
    ['plugin.json/out.json', 'plugin.json is not a folder: part of that path is a file.'],
    ['.', 'it is a folder. Give a file name, such as journey.json'],
    ['no-such-folder/', 'the folder no-such-folder/ does not exist. Create it first, or choose another.'],
  ])('says why --out %s cannot be written, about that path and not a temporary file', async (out, reason) => {
    const run = await runCli(['export', 'plugin.json', '--out', out]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Could not write ${out}: ${reason}\n` });
    expect(readdirSync(workDirectory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file given, never the temporary one, when the system says why it cannot write', async () => {
    const out = path.join(workDirectory, 'no-such-folder', 'out.json');
    const error = await writeFileWholeAsync(out, 'text').then(() => null, (failure: unknown) => failure as NodeJS.ErrnoException);
    expect(error?.code).toBe('ENOENT');
    expect(error?.path).toBe(out);
    expect(error?.message).toContain(out);
    expect(error?.message).not.toContain('.tmp');
  });
});

describe('input text', () => {
  it('says where broken JSON breaks when Node gives no position', async () => {
    writeFileSync(path.join(workDirectory, 'token.json'), '{\n  "name": "Board",\n  "editorType": }');
    const run = await runCli(['export', 'token.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(line 3, column 17)');
  });

  it.each([
    ['export', ['export', 'empty.json']],
    ['compare', ['compare', 'empty.json', 'blank.json']],
  ])('%s says a file is empty rather than that its JSON ended', async (_, args) => {
    const { io, out } = createMemoryIo({ 'empty.json': '', 'blank.json': ' \n\t\n' });
    expect(await runCliAsync(args, io)).toBe(1);
    expect(out).toEqual({ stdout: '', stderr: 'empty.json is empty: it holds no JSON.\n' });
  });

  it('keeps a message about text that is not JSON on one line, its line breaks and control bytes escaped', async () => {
    const { io, out } = createMemoryIo({ 'notes.json': 'not json {\n', 'image.json': '\u0089PNG\r\n\u001a\n\u0000\u001b[31m' });
    expect(await runCliAsync(['export', 'notes.json'], io)).toBe(1);
    expect(await runCliAsync(['export', 'image.json'], io)).toBe(1);
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^notes\.json is not JSON: .*"not json \{\\n".*\(line 1, column 1\)$/);
    expect(lines[1]).toMatch(/^image\.json is not JSON: .*PNG\\r\\n\\u001a\\n\\u0000\\u001b\[31m.*\(line 1, column 1\)$/);
    // eslint-disable-next-line no-control-regex -- no control character but the line ends may reach the terminal
    expect(out.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('refuses a file too large for one string with a sentence and the limit, before reading it', async () => {
    const file = path.join(workDirectory, 'huge.json');
    closeSync(openSync(file, 'w'));
    truncateSync(file, MAX_TEXT_LENGTH + 1); // sparse: nothing is written to disk
    const run = await runCli(['export', 'huge.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`huge.json is too large to read: one text holds at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters here.\n`);
    rmSync(file);
  });
});

describe('fetching with secrets', () => {
  const TOKEN = 'figd_secret_token_value';
  const servers: Server[] = [];
  const seen: Array<{ server: string; url: string; token: string | undefined }> = [];
  let api = '';
  let elsewhere = '';
  const recorded = JSON.stringify(createPluginMapBoard());

  function listenAsync(name: string, handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
    const server = createServer((request, response) => {
      seen.push({ server: name, url: request.url ?? '', token: request.headers['x-figma-token'] as string | undefined });
      handle(request, response);
    });
    servers.push(server);
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
  }

  beforeAll(async () => {
    elsewhere = await listenAsync('elsewhere', (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(recorded));
    api = await listenAsync('api', (request, response) => {
      const key = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('/').pop();
      if (key === 'Redirected00') response.writeHead(302, { location: `${elsewhere}/v1/files/Redirected00` }).end();
      else if (key === 'Moved0000000') response.writeHead(301, { location: '/v1/files/Target000000?plugin_data=shared' }).end();
      else if (key === 'Circle000000') response.writeHead(302, { location: request.url ?? '/' }).end();
      else if (key === 'Limited00000') response.writeHead(429, { 'retry-after': '37' }).end('{"status":429}');
      else if (key === 'Silent000000') request.on('close', () => response.destroy());
      else response.writeHead(200, { 'content-type': 'application/json' }).end(recorded);
    });
  });

  afterAll(async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const env = (extra: Record<string, string> = {}) => ({ FIGMA_TOKEN: TOKEN, JOURNEY_LANES_FIGMA_API_URL: api, ...extra });

  it('refuses a token with a line break before any request, without printing it', async () => {
    const count = seen.length;
    const run = await runCli(['export', '--file-key', 'AbCdEf1234567890'], env({ FIGMA_TOKEN: `${TOKEN}\nsecond_line_secret` }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FIGMA_TOKEN holds a space, line break or other character no token has.');
    expect(run.stderr).not.toContain('secret');
    expect(seen.length).toBe(count);
  });

  it('never follows a redirect to another origin, and sends nothing there', async () => {
    const run = await runCli(['export', '--file-key', 'Redirected00'], env());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`The API at ${api} sent the request on to ${elsewhere}. Nothing was sent there: the token only goes to ${api}.\n`);
    expect(seen.filter((request) => request.server === 'elsewhere')).toEqual([]);
  });

  it('follows a redirect on the same origin with the token, and ends a redirect loop', async () => {
    const moved = await runCli(['export', '--file-key', 'Moved0000000'], env());
    expect(moved.code).toBe(0);
    expect(seen.at(-1)).toEqual({ server: 'api', url: '/v1/files/Target000000?plugin_data=shared', token: TOKEN });
    const count = seen.length;
    const circle = await runCli(['export', '--file-key', 'Circle000000'], env());
    expect(circle.code).toBe(1);
    expect(circle.stderr).toBe('The API sent the request on more than 5 times. Nothing was read.\n');
    expect(seen.length - count).toBe(6);
  });

  it('gives up on a silent server after the timeout, with what to do', async () => {
    const byOption = await runCli(['export', '--file-key', 'Silent000000', '--timeout', '0.5'], env());
    expect(byOption.code).toBe(1);
    expect(byOption.stderr).toBe('Figma did not answer within 0.5 s. Try again, raise --timeout, or save the JSON once and pass the file.\n');
    const byEnvironment = await runCli(['export', '--file-key', 'Silent000000'], env({ JOURNEY_LANES_FETCH_TIMEOUT: '0.5' }));
    expect(byEnvironment.stderr).toContain('within 0.5 s');
    const wrong = await runCli(['export', '--file-key', 'Silent000000', '--timeout', 'soon'], env());
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('The timeout must be a number of seconds above 0, not "soon".');
  });

  it('says what Figma rate limits mean and what to do', async () => {
    const run = await runCli(['export', '--file-key', 'Limited00000'], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(429): try again in 37 s.');
    expect(run.stderr).toContain('about 6 file reads a month');
    expect(run.stderr).toContain('pass the saved board.json instead');
  });

  it('masks credentials in the API address and refuses to send them', async () => {
    const withCredentials = api.replace('http://', 'http://admin:hunter2@');
    const count = seen.length;
    const run = await runCli(['export', '--file-key', 'AbCdEf1234567890'], env({ JOURNEY_LANES_FIGMA_API_URL: withCredentials }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`(${api.replace('http://', 'http://***@')})`);
    expect(run.stderr).not.toContain('hunter2');
    expect(seen.length).toBe(count);
    const unreachable = await runCli(['export', '--file-key', 'AbCdEf1234567890'], env({ JOURNEY_LANES_FIGMA_API_URL: 'ftp://user:pw@127.0.0.1:1' }));
    expect(unreachable.stderr).toBe('JOURNEY_LANES_FIGMA_API_URL is not an http or https address: ftp://***@127.0.0.1:1\nRun journey-lanes --help for usage and examples.\n');
  });

  it('masks credentials in any URL text', () => {
    expect(maskUrlCredentials('https://user:pass@example.com/x')).toBe('https://***@example.com/x');
    expect(maskUrlCredentials('https://example.com/a@b')).toBe('https://example.com/a@b');
    expect(maskUrlCredentials('not a url')).toBe('not a url');
  });
});
