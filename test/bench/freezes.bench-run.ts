import { it } from 'vitest';
import { MAX_IMPORTED_NOTES } from '../../src/core/import/journey-import-schema';
import { buildBenchBoardAsync } from './build-bench-board-async';
import { measureFreezesAsync } from './measure-freezes-async';
import { benchOptionsFromEnv } from './run-bench';

/**
 * Only the freezes of target 3, for a quicker run while working on them: every request on a board of the largest
 * of BENCH_BOARDS (default 50,000 notes), an import of the largest of BENCH_IMPORTS, each timed slice by slice.
 * `BENCH_FREEZES=1 npx vitest run --config vitest.bench.config.ts test/bench/freezes.bench-run.ts`. `npm run bench`
 * measures them already, on the board it builds for the rest, so this runs only when BENCH_FREEZES is 1.
 */
it.runIf(process.env['BENCH_FREEZES'] === '1')('times the longest slice and progress gap of every request on a big board', async () => {
  const options = benchOptionsFromEnv(process.env);
  const notes = Math.max(...options.boardSizes);
  const board = await buildBenchBoardAsync({ notes, lanes: 8, stages: 10 });
  const results = await measureFreezesAsync(board, notes, Math.min(MAX_IMPORTED_NOTES, Math.max(...options.importSizes)));
  const lines = results.map(
    (result) =>
      `${result.request.padEnd(18)} ${result.board.padEnd(42)} ${result.answer.slice(0, 40).padEnd(40)} total ${result.milliseconds.toFixed(0).padStart(6)} ms  longest slice ${result.longestSliceMilliseconds.toFixed(0).padStart(5)} ms  progress ${String(result.progressMessages).padStart(4)}  longest progress gap ${result.longestProgressGapMilliseconds.toFixed(0).padStart(5)} ms`,
  );
  process.stdout.write(`\n${lines.join('\n')}\n`);
});
