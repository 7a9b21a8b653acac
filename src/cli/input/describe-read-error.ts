import { CLI_MESSAGES } from '../../core/shared/user-messages';

const READ_ERROR_REASONS: Readonly<Record<string, string>> = CLI_MESSAGES.readErrorReasons;

/** Why a file, standard input or a request could not be read, in words rather than an error code. */
export function describeReadError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && Object.hasOwn(READ_ERROR_REASONS, code)) return READ_ERROR_REASONS[code] as string;
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
