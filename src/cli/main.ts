import { readFile, stat } from 'node:fs/promises';
import { CLI_MESSAGES } from '../core/shared/user-messages';
import type { CliIo } from './cli-io';
import { MAX_TEXT_LENGTH } from './input/is-too-long-for-a-string';
import { runCliAsync } from './run-cli-async';
import { writeFileWholeAsync } from './write-file-whole-async';

function tooLongError(): Error {
  return Object.assign(new Error('Cannot create a string this long'), { code: 'ERR_STRING_TOO_LONG' });
}

/** Refused before reading when the file cannot fit one string, rather than after filling memory. */
async function readFileAsync(path: string): Promise<string> {
  const { size } = await stat(path);
  if (size > MAX_TEXT_LENGTH) throw tooLongError();
  // Decoded whole, once: read with an encoding, the file is decoded piece by piece and the pieces joined into a
  // string that JSON.parse must first flatten.
  return (await readFile(path)).toString('utf8');
}

async function readStdinAsync(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_TEXT_LENGTH) throw tooLongError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function isSameFileAsync(a: string, b: string): Promise<boolean> {
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

const io: CliIo = {
  env: process.env,
  writeStdout: (text) => process.stdout.write(text),
  writeStderr: (text) => process.stderr.write(text),
  readFileAsync,
  readStdinAsync,
  writeFileAsync: writeFileWholeAsync,
  isSameFileAsync,
  fetchAsync: (url, init) => fetch(url, init),
  now: () => new Date(),
};

runCliAsync(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCliAsync answers every error itself; this is the last guard, with the same sentence and no stack.
    const details = process.argv.includes('--debug') && error instanceof Error ? `${error.stack ?? error.message}\n` : '';
    process.stderr.write(`${CLI_MESSAGES.unexpected}\n${CLI_MESSAGES.reportIssue}\n${details}`);
    process.exitCode = 1;
  },
);
