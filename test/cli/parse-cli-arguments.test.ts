import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/cli/parse-cli-arguments';
import { readFileKey } from '../../src/cli/input/read-file-key';
import { createFileUrl } from '../../src/cli/input/fetch-figma-file-async';

describe('parseCliArguments', () => {
  it('plans an export of a file with defaults', () => {
    expect(parseCliArguments(['export', 'board.json'])).toEqual({
      kind: 'export',
      input: { kind: 'file', path: 'board.json' },
      format: 'json',
      out: null,
      map: null,
      list: false,
      timeout: null,
      debug: false,
    });
    expect(parseCliArguments(['export', 'board.json', '--list'])).toMatchObject({ kind: 'export', list: true });
    expect(parseCliArguments(['export', 'board.json', '-l'])).toMatchObject({ kind: 'export', list: true });
  });

  it('reads --out - as standard output, --timeout and --debug', () => {
    expect(parseCliArguments(['export', 'b.json', '--out', '-', '-t', '5', '--debug'])).toMatchObject({ out: null, timeout: '5', debug: true });
  });

  it('reads every option, long and short', () => {
    expect(parseCliArguments(['export', 'b.json', '--format', 'csv', '-o', 'out.csv', '--map', 'Current state'])).toMatchObject({
      format: 'csv',
      out: 'out.csv',
      map: 'Current state',
    });
    expect(parseCliArguments(['export', '-', '-f', 'markdown'])).toMatchObject({ input: { kind: 'stdin' }, format: 'markdown' });
  });

  it('fetches for a file key or a board URL', () => {
    expect(parseCliArguments(['export', '--file-key', 'AbCdEf1234567890'])).toMatchObject({ input: { kind: 'fetch', fileKey: 'AbCdEf1234567890' } });
    expect(parseCliArguments(['export', 'https://www.figma.com/board/AbCdEf1234567890/Workshop?node-id=0-1'])).toMatchObject({
      input: { kind: 'fetch', fileKey: 'AbCdEf1234567890' },
    });
  });

  it.each([
    [[], 'Say what to do'],
    [['import', 'b.json'], 'Unknown command "import"'],
    [['export'], 'Give a board file'],
    [['export', 'a.json', 'b.json'], 'Unexpected arguments: b.json'],
    [['export', 'a.json', '--file-key', 'AbCdEf1234567890'], 'either a board file or --file-key'],
    [['export', 'a.json', '--format', 'xml'], 'Unknown format "xml"'],
    [['export', '--file-key', 'https://example.com/x'], 'No Figma file key'],
    [['export', 'a.json', '--colour'], 'Unknown option --colour.'],
    [['export', 'a.json', '--map'], '--map needs a value.'],
  ])('rejects %j as a usage error', (argv, message) => {
    const plan = parseCliArguments(argv);
    expect(plan.kind).toBe('usage-error');
    expect(plan.kind === 'usage-error' && plan.message).toContain(message);
  });

  it.each([
    [['--bogus'], 'Unknown option --bogus.'],
    [['export', 'a.json', '--bogus=3'], 'Unknown option --bogus.'],
    [['export', 'a.json', '-lx'], 'Unknown option -x.'],
    [['export', 'a.json', '-f'], '-f needs a value.'],
    [['export', 'a.json', '--list=yes'], '--list takes no value.'],
    [['export', 'a.json', '--out', ''], '--out needs a value.'],
    [['export', 'a.json', '--map', '--list'], '--map needs a value, and --list looks like an option. If it is the value, write --map=--list'],
    [['export', 'a.json', '--ma\nx'], 'Unknown option --ma\\nx.'],
  ])('names the option at fault in %j, in one line', (argv, message) => {
    expect(parseCliArguments(argv)).toEqual({ kind: 'usage-error', message });
  });

  it('asks for help and the version', () => {
    expect(parseCliArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArguments(['export', 'x', '-h'])).toEqual({ kind: 'help' });
    expect(parseCliArguments(['--version'])).toEqual({ kind: 'version' });
  });
});

describe('file keys', () => {
  it.each([
    ['https://www.figma.com/board/AbCdEf1234567890/Workshop', 'AbCdEf1234567890'],
    ['https://figma.com/file/AbCdEf1234567890', 'AbCdEf1234567890'],
    ['https://www.figma.com/design/AbCdEf1234567890/x?node-id=1', 'AbCdEf1234567890'],
    ['AbCdEf1234567890', 'AbCdEf1234567890'],
    ['https://www.figma.com/files/recent', null],
    ['not a key', null],
  ])('reads %s', (value, key) => {
    expect(readFileKey(value)).toBe(key);
  });

  it('asks for shared plugin data, on any base URL', () => {
    expect(createFileUrl('http://127.0.0.1:1234/', 'KEY123')).toBe('http://127.0.0.1:1234/v1/files/KEY123?plugin_data=shared');
  });
});
