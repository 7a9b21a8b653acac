import { CLI_MESSAGES } from '../../core/shared/user-messages';
import type { CliIo } from '../cli-io';
import { CliError, EXIT_BAD_INPUT } from '../cli-error';
import { describeReadError } from './describe-read-error';
import { fetchFigmaFileAsync } from './fetch-figma-file-async';
import { MAX_TEXT_LENGTH, isTooLongForAString } from './is-too-long-for-a-string';
import type { BoardInput } from '../parse-cli-arguments';

export interface LoadedBoard {
  text: string;
  /** How messages name the input: the path, "stdin", or "file KEY". */
  source: string;
  fileKey?: string;
}

export async function loadBoardAsync(input: BoardInput, io: CliIo, timeoutSeconds: number): Promise<LoadedBoard> {
  if (input.kind === 'fetch') {
    const { text } = await fetchFigmaFileAsync(input.fileKey, io, timeoutSeconds);
    return { text, source: `file ${input.fileKey}`, fileKey: input.fileKey };
  }
  const source = input.kind === 'stdin' ? 'stdin' : input.path;
  try {
    const text = input.kind === 'stdin' ? await io.readStdinAsync() : await io.readFileAsync(input.path);
    return { text, source };
  } catch (error) {
    if (isTooLongForAString(error)) throw new CliError(CLI_MESSAGES.inputTooLarge(source, MAX_TEXT_LENGTH), EXIT_BAD_INPUT);
    throw new CliError(CLI_MESSAGES.fileUnreadable(source, describeReadError(error)), EXIT_BAD_INPUT);
  }
}
