import { constants } from 'node:buffer';

/** The most characters one JavaScript string holds in this Node (about 512 MB on 64-bit builds). */
export const MAX_TEXT_LENGTH = constants.MAX_STRING_LENGTH;

/** Whether reading failed because the input cannot be one string, which Node says in several ways. */
export function isTooLongForAString(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE') return true;
  return error instanceof RangeError && /Invalid string length|string longer than/i.test(error.message);
}
