import { RestFileSchema } from '../core/rest-file-schema';
import type { RestFile } from '../core/rest-file-schema';
import { CLI_MESSAGES } from '../core/user-messages';
import { formatValidationIssues } from '../core/validation-message';
import { CliError, EXIT_BAD_INPUT } from './cli-error';

/** Node says where JSON breaks as a character position; people find a line and column faster. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
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
    const detail = formatValidationIssues(parsed.error, 1)[0] ?? '';
    throw new CliError(CLI_MESSAGES.notFigmaFile(source, detail), EXIT_BAD_INPUT);
  }
  if (parsed.data.editorType !== 'figjam') {
    throw new CliError(CLI_MESSAGES.notFigJam(source, parsed.data.editorType ?? 'none'), EXIT_BAD_INPUT);
  }
  return parsed.data;
}
