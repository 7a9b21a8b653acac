import type { CliIo } from '../../src/cli/cli-io';

/** The command run in this process against files held in memory, as a person would run it. */
export function createMemoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    env: {},
    writeStdout: (text) => void (out.stdout += text),
    writeStderr: (text) => void (out.stderr += text),
    readFileAsync: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readStdinAsync: async () => '',
    writeFileAsync: async (path, text) => void (files[path] = text),
    isSameFileAsync: () => Promise.resolve(false),
    fetchAsync: () => Promise.reject(new Error('no network in tests')),
    now: () => new Date('2026-01-02T03:04:05.000Z'),
  };
  return { io, out, files };
}
