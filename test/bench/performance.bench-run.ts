import { it } from 'vitest';
import { formatBenchTable } from './format-bench-table';
import { DEFAULT_BENCH_OPTIONS, runBenchAsync, writeBenchResults } from './run-bench';

it('measures the export, placement, serialisation, template and bundles', async () => {
  const results = await runBenchAsync({ ...DEFAULT_BENCH_OPTIONS, onProgress: (line) => process.stdout.write(`${line}\n`) });
  const written = writeBenchResults(results);
  process.stdout.write(`\n${formatBenchTable(results)}\nFigures written to ${written.join(' and ')}\n`);
});
