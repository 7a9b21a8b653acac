import { parseJourneyImport } from '../../core/import/parse-journey-import';
import type { JourneyImport } from '../../core/import/parse-journey-import';
import { summarizeImportProblems } from '../../core/import/summarize-import-problems';
import { PluginError } from '../platform/plugin-error';

/** Checks the journey as a whole before anything is drawn; an invalid one is answered with every problem. */
export function parseImportOrThrow(raw: unknown): JourneyImport {
  const parsed = parseJourneyImport(raw);
  if (parsed.ok) return parsed.value;
  const summary = summarizeImportProblems(parsed.problems, parsed.issues);
  throw new PluginError(summary.message, summary.field, summary.problems, summary.issues);
}
