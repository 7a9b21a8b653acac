import { it } from 'vitest';
import { formatBenchTable } from './format-bench-table';
import { benchOptionsFromEnv, runBenchAsync, writeBenchResults } from './run-bench';

it('measures the export, import, duplicate, freezes, command line, placement, serialisation, template and bundles', async () => {
  const results = await runBenchAsync({ ...benchOptionsFromEnv(process.env), onProgress: (line) => process.stdout.write(`${line}\n`) });
  const written = writeBenchResults(results);
  process.stdout.write(`\n${formatBenchTable(results)}\nFigures written to ${written.join(' and ')}\n`);
});
