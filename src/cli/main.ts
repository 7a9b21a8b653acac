import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-io';
import { runCliAsync } from './run-cli-async';

async function readStdinAsync(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  env: process.env,
  writeStdout: (text) => process.stdout.write(text),
  writeStderr: (text) => process.stderr.write(text),
  readFileAsync: (path) => readFile(path, 'utf8'),
  readStdinAsync,
  writeFileAsync: (path, text) => writeFile(path, text, 'utf8'),
  fetchAsync: (url, init) => fetch(url, init),
  now: () => new Date(),
};

runCliAsync(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
