import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { MAX_IMPORTED_NOTES } from '../../src/core/import/journey-import-schema';
import type { BenchBoardComposition } from './build-bench-board-async';
import { buildBenchBoardAsync } from './build-bench-board-async';
import { createBenchSpec } from './create-bench-spec';
import { createGridMapSnapshot } from './create-grid-map-snapshot';
import { measureBundleSize } from './measure-bundle-sizes';
import type { BundleSize } from './measure-bundle-sizes';
import { measureExportReadsAsync } from './measure-export-reads-async';
import { measureFormatSwitchAsync } from './measure-format-switch-async';
import type { FormatSwitchReads } from './measure-format-switch-async';
import { measureImportAsync } from './measure-import-async';
import type { ImportMeasure } from './measure-import-async';
import type { ExportReads } from './measure-export-reads-async';
import { measurePlacement } from './measure-placement';
import type { PlacementTiming } from './measure-placement';
import { measureSerialisation } from './measure-serialisation';
import type { SerialisationTiming } from './measure-serialisation';
import { measureTemplateGenerationAsync } from './measure-template-generation-async';
import type { TemplateGeneration } from './measure-template-generation-async';
import { readBenchMapSnapshotAsync } from './read-bench-map-snapshot-async';
import { convertFakePageToRestAsync } from '../fixtures/rest/convert-fake-page-to-rest';
import { createHandDrawnRestBoard } from './create-hand-drawn-rest-board';
import { measureBundleInputsAsync } from './measure-bundle-inputs';
import type { BundleInputs, SharedInputs } from './measure-bundle-inputs';
import { measureCliAgainstParse } from './measure-cli-against-parse';
import type { CliAgainstParse } from './measure-cli-against-parse';
import { measureDuplicateAsync, measureFreezesAsync } from './measure-freezes-async';
import type { DuplicateMeasure } from './measure-freezes-async';
import { measureImportNoteCostAsync } from './measure-import-async';
import type { ImportNoteCost } from './measure-import-async';
import type { RequestSlices } from './measure-request-slices-async';

export interface BoardResult {
  notes: number;
  lanes: number;
  stages: number;
  composition: BenchBoardComposition;
  /** Nodes on the page other than stickies: the template, stamps, shapes, connectors, the other section. */
  otherNodes: number;
  reads: ExportReads;
  placement: PlacementTiming;
  serialisation: SerialisationTiming[];
  /** `format-journey` of the journey read, in each format: what a change of format in the panel costs. */
  formatSwitch: FormatSwitchReads;
  /** Stamps on the page (on notes and loose): the export's floor counts 2 reads for each. */
  stamps: number;
  /** Duplicate as future state of the board's map (refused above the import limit). */
  duplicate: DuplicateMeasure;
}

export interface ScalingResult extends PlacementTiming {
  lanes: number;
  stages: number;
}

export interface BenchResults {
  /** Bump when the shape of this file changes, so comparisons between versions know what they compare. */
  benchFormat: 2;
  pluginVersion: string;
  measuredAt: string;
  machine: { node: string; cpu: string; cores: number; platform: string };
  /** How many timed runs each median is taken over. */
  runs: { placement: number; serialisation: number };
  boards: BoardResult[];
  scaling: ScalingResult[];
  templates: TemplateGeneration[];
  imports: ImportMeasure[];
  importNoteCost: ImportNoteCost;
  bundles: BundleSize[];
  bundleInputs: { bundles: BundleInputs[]; shared: SharedInputs };
  /** Every request on the largest board, slice by slice. */
  freezes: RequestSlices[];
  /** The command line against reading and parsing the same file, tagged and hand-drawn. */
  cli: CliAgainstParse[];
}

export interface BenchOptions {
  boardSizes: readonly number[];
  scalingSizes: readonly number[];
  importSizes: readonly number[];
  importRuns: number;
  placementRuns: number;
  serialisationRuns: number;
  /** Child-process runs of the command line and of the parse it is compared with. */
  cliRuns: number;
  /** Called as each part finishes, so a long run shows it is alive. */
  onProgress?: (line: string) => void;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  boardSizes: [1_000, 10_000, 50_000],
  scalingSizes: [1_000, 10_000, 50_000, 100_000],
  importSizes: [1_000, MAX_IMPORTED_NOTES],
  importRuns: 3,
  placementRuns: 9,
  serialisationRuns: 7,
  cliRuns: 3,
};

function sizesFrom(value: string | undefined, fallback: readonly number[]): readonly number[] {
  if (value === undefined || value.trim() === '') return fallback;
  const sizes = value.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`Not a list of sizes: ${value}`);
  return sizes;
}

function countFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`Not a count: ${value}`);
  return count;
}

/**
 * The defaults, changed by BENCH_BOARDS, BENCH_SCALING and BENCH_IMPORTS (comma-separated note counts) and
 * BENCH_RUNS (runs of each timing), for a quicker run while working; the figures quoted come from the defaults.
 */
export function benchOptionsFromEnv(env: NodeJS.ProcessEnv): BenchOptions {
  const runs = env['BENCH_RUNS'];
  return {
    boardSizes: sizesFrom(env['BENCH_BOARDS'], DEFAULT_BENCH_OPTIONS.boardSizes),
    scalingSizes: sizesFrom(env['BENCH_SCALING'], DEFAULT_BENCH_OPTIONS.scalingSizes),
    importSizes: sizesFrom(env['BENCH_IMPORTS'], DEFAULT_BENCH_OPTIONS.importSizes),
    importRuns: countFrom(runs, DEFAULT_BENCH_OPTIONS.importRuns),
    placementRuns: countFrom(runs, DEFAULT_BENCH_OPTIONS.placementRuns),
    serialisationRuns: countFrom(runs, DEFAULT_BENCH_OPTIONS.serialisationRuns),
    cliRuns: countFrom(runs, DEFAULT_BENCH_OPTIONS.cliRuns),
  };
}

const root = path.resolve(__dirname, '../..');

/** Each board is built once per size and reused for every repeated run on it. */
export async function runBenchAsync(options: BenchOptions = DEFAULT_BENCH_OPTIONS): Promise<BenchResults> {
  const progress = options.onProgress ?? (() => undefined);
  const boards: BoardResult[] = [];
  const largest = Math.max(...options.boardSizes);
  let freezes: RequestSlices[] = [];
  const cli: CliAgainstParse[] = [];
  for (const notes of options.boardSizes) {
    const board = await buildBenchBoardAsync({ notes, lanes: 8, stages: 10 });
    progress(`board of ${notes} notes built`);
    const { journey, ...reads } = await measureExportReadsAsync(board);
    const formatSwitch = await measureFormatSwitchAsync(board, journey);
    const map = await readBenchMapSnapshotAsync(board);
    const placement = measurePlacement(map, options.placementRuns);
    const serialisation = measureSerialisation(journey, options.serialisationRuns);
    const stamps = board.composition.stampsOnNotes + board.composition.looseStamps;
    if (notes === largest) {
      const tagged = JSON.stringify(await convertFakePageToRestAsync(board.session.fake));
      cli.push(measureCliAgainstParse('tagged', notes, tagged, options.cliRuns));
      cli.push(measureCliAgainstParse('hand-drawn', notes, JSON.stringify(createHandDrawnRestBoard(notes)), options.cliRuns));
      progress('command line measured');
    }
    const duplicate = await measureDuplicateAsync(board);
    if (notes === largest) {
      freezes = await measureFreezesAsync(board, notes, Math.min(MAX_IMPORTED_NOTES, Math.max(...options.importSizes)));
      progress('requests on the largest board timed');
    }
    boards.push({ notes, lanes: 8, stages: 10, composition: board.composition, otherNodes: board.otherNodeCount, reads, placement, serialisation, formatSwitch, stamps, duplicate });
    progress(`board of ${notes} notes measured`);
  }

  const scaling: ScalingResult[] = [];
  for (const [lanes, stages] of [
    [8, 10],
    [30, 30],
  ] as const) {
    for (const notes of options.scalingSizes) {
      scaling.push({ lanes, stages, ...measurePlacement(createGridMapSnapshot({ lanes, stages, notes }), options.placementRuns) });
    }
  }
  progress('placement scaling measured');

  const templates = [await measureTemplateGenerationAsync(), await measureTemplateGenerationAsync(createBenchSpec(8, 10))];
  const imports: ImportMeasure[] = [];
  for (const notes of options.importSizes) imports.push(await measureImportAsync(notes, options.importRuns));
  const importNoteCost = await measureImportNoteCostAsync();
  progress('imports measured');
  const bundles = [measureBundleSize('dist/code.js'), measureBundleSize('dist/ui.html')];
  const bundleInputs = await measureBundleInputsAsync();
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const cpu = cpus();
  return {
    benchFormat: 2,
    pluginVersion: version,
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, platform: process.platform },
    runs: { placement: options.placementRuns, serialisation: options.serialisationRuns },
    boards,
    scaling,
    templates,
    imports,
    importNoteCost,
    bundles,
    bundleInputs,
    freezes,
    cli,
  };
}

/** bench-results/latest.json, and a copy named after the version, to compare versions. */
export function writeBenchResults(results: BenchResults): string[] {
  const directory = path.join(root, 'bench-results');
  mkdirSync(directory, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const files = [path.join(directory, 'latest.json'), path.join(directory, `v${results.pluginVersion}.json`)];
  for (const file of files) writeFileSync(file, text);
  return files.map((file) => path.relative(root, file));
}
