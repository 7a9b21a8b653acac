import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `text` to `file` whole or not at all: into a temporary file beside it, then renamed over it, so a failure
 * half way (a full disk, an interrupted command) never leaves a half-written export where the old one was.
 */
export async function writeFileWholeAsync(file: string, text: string): Promise<void> {
  // Loaded only here: node:crypto sets up OpenSSL when it loads, which an export printed on stdout never needs.
  const { randomBytes } = await import('node:crypto');
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
