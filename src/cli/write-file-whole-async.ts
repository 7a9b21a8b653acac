import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The error as if about `file`: the temporary file's name means nothing to whoever asked for `file`. */
function nameTheFileGiven(error: unknown, temporary: string, file: string): unknown {
  if (!(error instanceof Error)) return error;
  error.message = error.message.split(temporary).join(file);
  const failure = error as NodeJS.ErrnoException;
  if (failure.path === temporary) failure.path = file;
  return error;
}

/**
 * Whether `file` is a folder on disk. Checked first: the rename would fail on a folder with the temporary file's
 * name, or with EBUSY for "." rather than saying it is a folder. A path that ends in a separator but does not
 * exist is no folder: writing to it fails as a missing folder does.
 */
async function isFolderAsync(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes `text` to `file` whole or not at all: into a temporary file beside it, then renamed over it, so a failure
 * half way (a full disk, an interrupted command) never leaves a half-written export where the old one was.
 */
export async function writeFileWholeAsync(file: string, text: string): Promise<void> {
  if (await isFolderAsync(file)) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR', path: file });
  // A path ending in a separator names a folder; one that is not there cannot be written into.
  if (file.endsWith('/') || file.endsWith(path.sep)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT', path: file });
  // Loaded only here: node:crypto sets up OpenSSL when it loads, which an export printed on stdout never needs.
  const { randomBytes } = await import('node:crypto');
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw nameTheFileGiven(error, temporary, file);
  }
}
