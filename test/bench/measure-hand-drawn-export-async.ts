import type { CliIo } from '../../src/cli/cli-io';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { computeMedian } from './compute-median';
import { createHandDrawnRestBoard } from './create-hand-drawn-rest-board';
import { measureMedianMilliseconds } from './measure-median-milliseconds';

export interface HandDrawnExportMeasure {
  notes: number;
  /** Size of the REST file, UTF-8. */
  bytes: number;
  /** Median milliseconds of `JSON.parse` of the file: the least any reader of it pays. */
  parseMilliseconds: number;
  /** Median milliseconds of the whole command: parse, check, read, infer the grid, place, format. */
  exportMilliseconds: number;
  /** exportMilliseconds / parseMilliseconds; the goal is 3 or less. */
  ratio: number;
}

function createIo(text: string, output: { notes: number }): CliIo {
  return {
    env: {},
    writeStdout: (journey) => {
      output.notes = (JSON.parse(journey) as { summary: { counts: { notes: number } } }).summary.counts.notes;
    },
    writeStderr: () => undefined,
    readFileAsync: async () => text,
    readStdinAsync: async () => '',
    writeFileAsync: async () => undefined,
    isSameFileAsync: () => Promise.resolve(false),
    fetchAsync: () => Promise.reject(new Error('The bench reads files only.')),
    now: () => new Date(),
  };
}

/**
 * The command line on a hand-drawn map of `notes` stickies (no tags, so the grid is inferred), against
 * `JSON.parse` of the same text. Each is timed `runs` times after a warm-up, interleaved so that load on the
 * machine falls on both alike; the export's own JSON.parse is part of its time.
 */
export async function measureHandDrawnExportAsync(notes: number, runs: number): Promise<HandDrawnExportMeasure> {
  const text = JSON.stringify(createHandDrawnRestBoard(notes));
  const output = { notes: 0 };
  const io = createIo(text, output);
  const parseTimes: number[] = [];
  const exportTimes: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const parse = measureMedianMilliseconds(() => JSON.parse(text), 1);
    const startedAt = performance.now();
    const code = await runCliAsync(['export', 'board.json'], io);
    const exported = performance.now() - startedAt;
    if (code !== 0 || output.notes !== notes) throw new Error(`The export of ${notes} notes gave exit ${code} and ${output.notes} notes.`);
    if (run === 0) continue;
    parseTimes.push(parse);
    exportTimes.push(exported);
  }
  const parseMilliseconds = computeMedian(parseTimes);
  const exportMilliseconds = computeMedian(exportTimes);
  return { notes, bytes: Buffer.byteLength(text), parseMilliseconds, exportMilliseconds, ratio: exportMilliseconds / parseMilliseconds };
}
