import { it } from 'vitest';
import { measureHandDrawnExportAsync } from './measure-hand-drawn-export-async';

/** Grid inference on a board nobody tagged: the command's run against JSON.parse of the same file (goal: 3× or less). */
it('measures the command line on hand-drawn maps against JSON.parse', async () => {
  for (const notes of [10_000, 50_000]) {
    const measure = await measureHandDrawnExportAsync(notes, 3);
    process.stdout.write(
      `Hand-drawn map, ${notes} stickies, ${(measure.bytes / 1e6).toFixed(1)} MB: export ${measure.exportMilliseconds.toFixed(0)} ms, ` +
        `JSON.parse ${measure.parseMilliseconds.toFixed(0)} ms, ratio ${measure.ratio.toFixed(2)}× (goal 3×)\n`,
    );
  }
});
