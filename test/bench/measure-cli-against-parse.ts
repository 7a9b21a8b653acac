import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeMedian } from './compute-median';

/** The command line may take this many times the time, and the peak memory, of reading and parsing the file. */
export const CLI_TARGETS = { timeRatio: 3, memoryRatio: 1.5 } as const;

export interface CliAgainstParse {
  /** "tagged" (drawn by the plugin) or "hand-drawn" (no tags: the grid is inferred). */
  board: string;
  stickies: number;
  bytes: number;
  /** Medians of whole child processes, Node's start included on both sides. */
  exportMilliseconds: number;
  parseMilliseconds: number;
  timeRatio: number;
  /** Peak resident memory of each process, from `/usr/bin/time -v` (the largest of the runs). */
  exportPeakKilobytes: number;
  parsePeakKilobytes: number;
  memoryRatio: number;
}

const root = path.resolve(__dirname, '../..');
const PARSE_SCRIPT = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

interface ProcessRun {
  milliseconds: number;
  peakKilobytes: number;
}

/** One child process under `/usr/bin/time -v`: wall time measured here, peak memory as the kernel reports it. */
function runMeasured(args: string[]): ProcessRun {
  const startedAt = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const milliseconds = performance.now() - startedAt;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!peak) throw new Error(`No peak memory in the output of /usr/bin/time: ${result.stderr.slice(-500)}`);
  return { milliseconds, peakKilobytes: Number(peak[1]) };
}

/**
 * `node dist/cli.js export <file>` against `node -e JSON.parse(readFileSync(file))` on the same file, in child
 * processes, interleaved `runs` times after a warm-up of each, so that load on the machine falls on both alike.
 */
export function measureCliAgainstParse(board: string, stickies: number, text: string, runs: number): CliAgainstParse {
  const directory = mkdtempSync(path.join(tmpdir(), 'journey-lanes-bench-'));
  const file = path.join(directory, 'board.json');
  writeFileSync(file, text);
  try {
    const exports: ProcessRun[] = [];
    const parses: ProcessRun[] = [];
    for (let run = 0; run <= runs; run++) {
      const parse = runMeasured(['-e', PARSE_SCRIPT, file]);
      const exported = runMeasured([path.join(root, 'dist/cli.js'), 'export', file]);
      if (run === 0) continue;
      parses.push(parse);
      exports.push(exported);
    }
    const exportMilliseconds = computeMedian(exports.map((run) => run.milliseconds));
    const parseMilliseconds = computeMedian(parses.map((run) => run.milliseconds));
    const exportPeakKilobytes = Math.max(...exports.map((run) => run.peakKilobytes));
    const parsePeakKilobytes = Math.max(...parses.map((run) => run.peakKilobytes));
    return {
      board,
      stickies,
      bytes: Buffer.byteLength(text),
      exportMilliseconds,
      parseMilliseconds,
      timeRatio: exportMilliseconds / parseMilliseconds,
      exportPeakKilobytes,
      parsePeakKilobytes,
      memoryRatio: exportPeakKilobytes / parsePeakKilobytes,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
