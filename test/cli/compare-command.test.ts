import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { JourneyComparisonSchema } from '../../src/core/compare/journey-comparison-schema';
import { createDefaultSpec } from '../../src/core/template/presets';
import { parseMermaidJourney } from '../core/formats/parse-mermaid-journey';
import { createDrawnMap, createPluginMapBoard } from '../fixtures/rest/rest-boards';
import { createPage, createRestFile, createSticky } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';

async function runAsync(args: string[], files: Record<string, string>) {
  const { io, out } = createMemoryIo(files);
  const code = await runCliAsync(args, io);
  return { code, ...out };
}

function sticky(id: string, text: string, centre: { x: number; y: number }) {
  return createSticky(id, text, { x: centre.x - 120, y: centre.y - 120 });
}

/** A current-state map and its future state on one board: one pain point fixed, one reworded, one new. */
function createCurrentAndFutureBoard(): string {
  const current = createDrawnMap({
    mapId: 'current',
    origin: { x: 0, y: 0 },
    spec: { ...createDefaultSpec(), title: 'Current state' },
    notes: (centre) => [
      sticky('c:1', 'Checkout asks for an account #P3', centre('painPoints', 'purchase')),
      sticky('c:2', 'Shipping cost shown late', centre('painPoints', 'purchase')),
      sticky('c:3', '-2', centre('emotions', 'purchase')),
      sticky('c:4', 'E-mail receipt', centre('touchpoints', 'purchase')),
    ],
  });
  const future = createDrawnMap({
    mapId: 'future',
    origin: { x: 0, y: 6000 },
    spec: { ...createDefaultSpec(), title: 'Future state' },
    notes: (centre) => [
      sticky('f:1', 'Shipping costs shown late', centre('painPoints', 'purchase')),
      sticky('f:2', 'Card declined', centre('painPoints', 'purchase')),
      sticky('f:3', '+1', centre('emotions', 'purchase')),
      sticky('f:4', 'Guest checkout', centre('opportunities', 'purchase')),
    ],
  });
  return JSON.stringify(createRestFile('Two maps', [createPage('0:1', 'Page 1', [current.section, future.section])]));
}

describe('journey-lanes compare', () => {
  it('compares two exported maps stage by stage, in JSON by default and in Markdown', async () => {
    const files: Record<string, string> = { 'board.json': createCurrentAndFutureBoard() };
    expect((await runAsync(['export', 'board.json', '--map', 'current', '--out', 'current.json'], files)).code).toBe(0);
    expect((await runAsync(['export', 'board.json', '--map', 'future', '--out', 'future.json'], files)).code).toBe(0);

    const json = await runAsync(['compare', 'current.json', 'future.json'], files);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const comparison = JourneyComparisonSchema.parse(JSON.parse(json.stdout));
    expect(comparison.before).toMatchObject({ title: 'Current state', source: { mapId: 'current' } });
    const purchase = comparison.stages.find((stage) => stage.id === 'purchase')!;
    expect(purchase.emotion).toEqual({ before: -2, after: 1, delta: 3 });
    expect(purchase.painPoints.resolved.map((note) => note.text)).toEqual(['Checkout asks for an account #P3']);
    expect(purchase.painPoints.resolved[0]!.tags).toEqual(['P3']);
    expect(purchase.painPoints.kept.map((note) => [note.before.text, note.text])).toEqual([['Shipping cost shown late', 'Shipping costs shown late']]);
    expect(purchase.painPoints.added.map((note) => note.text)).toEqual(['Card declined']);
    expect(purchase.opportunities.added.map((note) => note.text)).toEqual(['Guest checkout']);

    const markdown = await runAsync(['compare', 'current.json', 'future.json', '--format', 'markdown', '--out', 'changes.md'], files);
    expect(markdown).toEqual({ code: 0, stdout: '', stderr: 'Wrote the comparison to changes.md\n' });
    expect(files['changes.md']).toMatch(/^# Current state → Future state\n\n1 pain points resolved, 1 kept, 1 new\n/);
  });

  it('stops with exit 1 on a file it cannot use, naming the file and the problem', async () => {
    const files: Record<string, string> = {
      'board.json': JSON.stringify(createPluginMapBoard()),
      'broken.json': '{"schemaVersion": 1,',
      'wrong.json': JSON.stringify({ schemaVersion: 1, title: 3 }),
      'both.json': '[{}, {}]',
    };
    await runAsync(['export', 'board.json', '--out', 'one.json'], files);
    const cases: Array<[string[], RegExp]> = [
      [['compare', 'missing.json', 'one.json'], /^Could not read missing\.json: no such file\n$/],
      [['compare', 'one.json', 'broken.json'], /^broken\.json is not JSON: .*\(line 1, column \d+\)\n$/],
      [['compare', 'wrong.json', 'one.json'], /^wrong\.json is not a version-1 journey export\. At title: expected string, received number\n$/],
      [['compare', 'one.json', 'both.json'], /^both\.json holds 2 journeys\. Export one map with --map and compare that file\.\n$/],
    ];
    for (const [args, message] of cases) {
      const run = await runAsync(args, files);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });

  it('says when a file is the other kind: a board given to compare, an export or comparison given to export', async () => {
    const files: Record<string, string> = { 'my board.json': createCurrentAndFutureBoard() };
    await runAsync(['export', 'my board.json', '--map', 'current', '--out', 'current.json'], files);
    await runAsync(['export', 'my board.json', '--out', 'both.json'], files);
    await runAsync(['compare', 'current.json', 'current.json', '--out', 'changes.json'], files);
    const exported = 'is a Journey Lanes export, not a FigJam board. To compare two exports use journey-lanes compare; to put it on a board use Import in the plugin.';
    const compared = 'is a comparison written by journey-lanes compare. export reads a FigJam board file; compare reads two journey exports.';
    const cases: Array<[string[], string]> = [
      [
        ['compare', 'current.json', 'my board.json'],
        'my board.json is a FigJam board file, not a journey export. Export each map first, then compare the exports: journey-lanes export "my board.json" --map ID --out before.json (--list shows the ids).',
      ],
      [['export', 'current.json'], `current.json ${exported}`],
      [['export', 'both.json'], `both.json ${exported}`],
      [['export', 'changes.json'], `changes.json ${compared}`],
      [['compare', 'changes.json', 'current.json'], `changes.json ${compared}`],
    ];
    for (const [args, message] of cases) {
      expect(await runAsync(args, files)).toEqual({ code: 1, stdout: '', stderr: `${message}\n` });
    }
  });

  it('stops with exit 2 on a command it cannot run', async () => {
    const cases: Array<[string[], string]> = [
      [['compare', 'one.json'], 'Give two journey files: journey-lanes compare before.json after.json'],
      [['compare', 'a.json', 'b.json', 'c.json'], 'Unexpected arguments: c.json'],
      [['compare', 'a.json', 'b.json', '--format', 'csv'], 'Unknown format "csv" for compare. Use json or markdown.'],
      [['compare', 'a.json', 'b.json', '--map', 'x'], '--map applies to export, not to compare.'],
    ];
    for (const [args, message] of cases) {
      const run = await runAsync(args, {});
      expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\nRun journey-lanes --help for usage and examples.\n` });
    }
  });
});

describe('journey-lanes export --format mermaid', () => {
  it('prints a journey diagram that Mermaid\'s grammar accepts', async () => {
    const run = await runAsync(['export', 'board.json', '--format', 'mermaid'], { 'board.json': JSON.stringify(createPluginMapBoard()) });
    expect(run.code).toBe(0);
    const diagram = parseMermaidJourney(run.stdout);
    expect(diagram.title).toBe('Customer journey map');
    expect(diagram.sections.map((section) => section.name)).toEqual(createDefaultSpec().stages.map((stage) => stage.name));
    // The first stage has no customer action: its touchpoint is its task. The third has only a pain point: it shows.
    expect(diagram.sections.flatMap((section) => section.tasks)).toEqual([
      { task: 'Sees an ad on Instagram', score: 5, people: [createDefaultSpec().persona.name] },
      { task: 'Compares prices', score: 3, people: [createDefaultSpec().persona.name] },
      { task: 'Checkout asks for an account', score: 3, people: [createDefaultSpec().persona.name] },
    ]);
  });

  it('takes one map: several without --map stop with exit 2 and the list of maps', async () => {
    const run = await runAsync(['export', 'board.json', '--format', 'mermaid'], { 'board.json': createCurrentAndFutureBoard() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^The board holds 2 maps and a Mermaid diagram shows one\. Choose with --map:\n {2}current {2}"Current state"/);
  });
});
