/** Everything the command line touches outside itself, passed in so tests can run it without a process. */
export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  writeStdout: (text: string) => void;
  writeStderr: (text: string) => void;
  readFileAsync: (path: string) => Promise<string>;
  readStdinAsync: () => Promise<string>;
  writeFileAsync: (path: string, text: string) => Promise<void>;
  fetchAsync: (url: string, init: { headers: Record<string, string> }) => Promise<Response>;
  now: () => Date;
}
