import { CLI_MESSAGES } from '../core/user-messages';
import type { CliIo } from './cli-io';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE } from './cli-error';
import type { BoardInput } from './parse-cli-arguments';

export const DEFAULT_FIGMA_API_URL = 'https://api.figma.com';
/** Points the command line at another server, such as a local one in tests. */
export const FIGMA_API_URL_VARIABLE = 'JOURNEY_LANES_FIGMA_API_URL';
export const FIGMA_TOKEN_VARIABLE = 'FIGMA_TOKEN';

export interface LoadedBoard {
  text: string;
  /** How messages name the input: the path, "stdin", or "file KEY". */
  source: string;
  fileKey?: string;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'it is a folder';
    if (code === 'EACCES') return 'permission denied';
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

/** plugin_data=shared makes Figma include the tags Journey Lanes wrote on its maps. */
export function createFileUrl(baseUrl: string, fileKey: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/files/${encodeURIComponent(fileKey)}?plugin_data=shared`;
}

async function fetchBoardAsync(fileKey: string, io: CliIo): Promise<LoadedBoard> {
  const token = io.env[FIGMA_TOKEN_VARIABLE];
  if (token === undefined || token.trim() === '') throw new CliError(CLI_MESSAGES.tokenMissing, EXIT_USAGE);
  const url = createFileUrl(io.env[FIGMA_API_URL_VARIABLE] || DEFAULT_FIGMA_API_URL, fileKey);
  let response: Response;
  try {
    response = await io.fetchAsync(url, { headers: { 'X-Figma-Token': token.trim() } });
  } catch (error) {
    throw new CliError(CLI_MESSAGES.fetchFailed(url, describeError(error)), EXIT_BAD_INPUT);
  }
  if (!response.ok) throw new CliError(CLI_MESSAGES.fetchRefused(response.status, fileKey), EXIT_BAD_INPUT);
  return { text: await response.text(), source: `file ${fileKey}`, fileKey };
}

export async function loadBoardAsync(input: BoardInput, io: CliIo): Promise<LoadedBoard> {
  if (input.kind === 'fetch') return fetchBoardAsync(input.fileKey, io);
  const source = input.kind === 'stdin' ? 'stdin' : input.path;
  try {
    const text = input.kind === 'stdin' ? await io.readStdinAsync() : await io.readFileAsync(input.path);
    return { text, source };
  } catch (error) {
    throw new CliError(CLI_MESSAGES.fileUnreadable(source, describeError(error)), EXIT_BAD_INPUT);
  }
}
