import { RestFileSchema } from '../../core/board/rest/rest-file-schema';
import type { RestFile, RestNode } from '../../core/board/rest/rest-file-schema';
import { CLI_MESSAGES } from '../../core/shared/user-messages';
import { formatValidationIssues } from '../../core/import/validation-message';
import { CliError, EXIT_BAD_INPUT } from '../cli-error';
import { describeMisplacedFile } from './describe-misplaced-file';
import { escapeControlCharacters } from './escape-control-characters';
import { findJsonErrorOffset } from './find-json-error-offset';

const MAX_DETAIL_LENGTH = 160;

/** Node says where JSON breaks as a character position, or not at all; people find a line and column faster. */
function describeJsonError(error: unknown, text: string): string {
  // Node quotes the text where it stopped, line breaks and all.
  const message = escapeControlCharacters(error instanceof Error ? error.message : String(error));
  const offset = findJsonErrorOffset(text);
  if (offset === null) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** The JSON a file holds; text that is not JSON says where it breaks. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (/^\s*$/.test(text)) throw new CliError(CLI_MESSAGES.emptyFile(source), EXIT_BAD_INPUT);
    throw new CliError(CLI_MESSAGES.notJson(source, describeJsonError(error, text)), EXIT_BAD_INPUT);
  }
}

/** A path thousands of levels deep is cut in the middle, so the message stays one readable line. */
function shortenDeepPath(detail: string): string {
  if (detail.length <= MAX_DETAIL_LENGTH) return detail;
  return `${detail.slice(0, MAX_DETAIL_LENGTH / 2)}…${detail.slice(-MAX_DETAIL_LENGTH / 2)}`;
}

/** Node types only FigJam writes: a file without `editorType` that holds one of these is a FigJam board. */
const FIGJAM_NODE_TYPES: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT', 'CONNECTOR', 'STAMP', 'WASHI_TAPE', 'TABLE', 'CODE_BLOCK']);

function holdsFigJamNodes(nodes: readonly RestNode[]): boolean {
  const pending = [...nodes];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (FIGJAM_NODE_TYPES.has(node.type)) return true;
    if (node.children) pending.push(...node.children);
  }
  return false;
}

/**
 * Several tools save only the `document` of the REST answer: it is read as the file it came from, named after
 * the document (or the source when it has no name).
 */
function wrapBareDocument(json: unknown, source: string): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const record = json as Record<string, unknown>;
  if (record['type'] !== 'DOCUMENT' || 'document' in record) return json;
  return { name: typeof record['name'] === 'string' ? record['name'] : source, document: json };
}

/**
 * The REST file from its text: JSON, the shape we read (the first wrong field named by its path), FigJam. A bare
 * `document` is accepted; a file without `editorType` is FigJam when it holds FigJam's own node types.
 */
export function parseBoardFile(text: string, source: string): RestFile {
  const json = wrapBareDocument(parseJsonText(text, source), source);
  const parsed = RestFileSchema.safeParse(json);
  if (!parsed.success) {
    const detail = shortenDeepPath(formatValidationIssues(parsed.error, 1)[0] ?? '');
    throw new CliError(describeMisplacedFile(json, source, 'board') ?? CLI_MESSAGES.notFigmaFile(source, detail), EXIT_BAD_INPUT);
  }
  const { editorType } = parsed.data;
  if (editorType === undefined) {
    if (!holdsFigJamNodes(parsed.data.document.children)) throw new CliError(CLI_MESSAGES.notFigJamByNodes(source), EXIT_BAD_INPUT);
    return parsed.data;
  }
  if (editorType !== 'figjam') throw new CliError(CLI_MESSAGES.notFigJam(source, editorType), EXIT_BAD_INPUT);
  return parsed.data;
}
