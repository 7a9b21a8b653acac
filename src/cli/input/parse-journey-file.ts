import { JourneySchema } from '../../core/journey/journey-schema';
import type { Journey } from '../../core/journey/journey-schema';
import { CLI_MESSAGES } from '../../core/shared/user-messages';
import { formatValidationIssues } from '../../core/import/validation-message';
import { CliError, EXIT_BAD_INPUT } from '../cli-error';
import { describeMisplacedFile } from './describe-misplaced-file';
import { parseJsonText } from './parse-board-file';

/**
 * A version-1 journey export from its text: JSON, one journey (an export of several maps is an array, and the
 * message says how to get one), the first wrong field named by its path.
 */
export function parseJourneyFile(text: string, source: string): Journey {
  const json = parseJsonText(text, source);
  if (Array.isArray(json)) throw new CliError(CLI_MESSAGES.severalJourneys(source, json.length), EXIT_BAD_INPUT);
  const parsed = JourneySchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const detail = formatValidationIssues(parsed.error, 1)[0] ?? '';
    throw new CliError(describeMisplacedFile(json, source, 'journey') ?? CLI_MESSAGES.notJourney(source, detail), EXIT_BAD_INPUT);
  }
  return parsed.data;
}
