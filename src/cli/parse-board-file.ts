import { RestFileSchema } from '../core/rest-file-schema';
import type { RestFile } from '../core/rest-file-schema';
import { CLI_MESSAGES } from '../core/user-messages';
import { formatValidationIssues } from '../core/validation-message';
import { CliError, EXIT_BAD_INPUT } from './cli-error';
import { findJsonErrorOffset } from './find-json-error-offset';

const MAX_DETAIL_LENGTH = 160;

/** Node says where JSON breaks as a character position, or not at all; people find a line and column faster. */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = findJsonErrorOffset(text);
  if (offset === null) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** A path thousands of levels deep is cut in the middle, so the message stays one readable line. */
function shortenDeepPath(detail: string): string {
  if (detail.length <= MAX_DETAIL_LENGTH) return detail;
  return `${detail.slice(0, MAX_DETAIL_LENGTH / 2)}…${detail.slice(-MAX_DETAIL_LENGTH / 2)}`;
}

/** The REST file from its text: JSON, the shape we read (the first wrong field named by its path), FigJam. */
export function parseBoardFile(text: string, source: string): RestFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(CLI_MESSAGES.notJson(source, describeJsonError(error, text)), EXIT_BAD_INPUT);
  }
  const parsed = RestFileSchema.safeParse(json);
  if (!parsed.success) {
    const detail = shortenDeepPath(formatValidationIssues(parsed.error, 1)[0] ?? '');
    throw new CliError(CLI_MESSAGES.notFigmaFile(source, detail), EXIT_BAD_INPUT);
  }
  if (parsed.data.editorType !== 'figjam') {
    throw new CliError(CLI_MESSAGES.notFigJam(source, parsed.data.editorType ?? 'none'), EXIT_BAD_INPUT);
  }
  return parsed.data;
}
