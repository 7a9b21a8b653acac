import { it } from 'vitest';
import { formatBenchTable } from './format-bench-table';
import { runBenchAsync, writeBenchResults } from './run-bench';

it('measures the export, placement, serialisation, template and bundles', async () => {
  const results = await runBenchAsync({
    boardSizes: [1_000, 10_000, 50_000],
    scalingSizes: [1_000, 10_000, 50_000, 100_000],
    placementRuns: 9,
    serialisationRuns: 7,
    onProgress: (line) => process.stdout.write(`${line}\n`),
  });
  const written = writeBenchResults(results);
  process.stdout.write(`\n${formatBenchTable(results)}\nFigures written to ${written.join(' and ')}\n`);
});
