import path from 'node:path';
import { CLI_MESSAGES } from '../core/shared/user-messages';

/**
 * Why `--out FILE` could not be written, in words and about the path as the person gave it: the system's text
 * names the temporary file written beside it, which they never asked for.
 */
export function describeWriteError(error: unknown, file: string): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  // "out/" names a folder to write into: when it is missing, it is the folder that is missing, not its parent.
  const namesAFolder = file.endsWith('/') || file.endsWith(path.sep);
  const folder = namesAFolder ? file : path.dirname(file);
  switch (code) {
    case 'ENOENT':
      return CLI_MESSAGES.writeFolderMissing(folder);
    case 'ENOTDIR':
      return CLI_MESSAGES.writeFolderNotAFolder(folder);
    case 'EACCES':
    case 'EPERM':
      return CLI_MESSAGES.writeFolderDenied(folder);
    case 'EROFS':
      return CLI_MESSAGES.writeFolderReadOnly(folder);
    case 'EISDIR':
      return CLI_MESSAGES.writeTargetIsFolder(path.join(file, 'journey.json'));
    case 'ENOSPC':
      return CLI_MESSAGES.writeDiskFull;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
