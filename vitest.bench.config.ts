import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The performance bench (`npm run bench`): kept out of `npm test`, one file at a time, no time limit worth hitting. */
export default defineConfig({
  define: { PLUGIN_VERSION: JSON.stringify(version) },
  test: {
    include: ['test/bench/*.bench-run.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
