/** Everything the command line touches outside itself, passed in so tests can run it without a process. */
export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  writeStdout: (text: string) => void;
  writeStderr: (text: string) => void;
  readFileAsync: (path: string) => Promise<string>;
  readStdinAsync: () => Promise<string>;
  /** Writes the whole text or nothing: a temporary file beside `path`, renamed over it once written. */
  writeFileAsync: (path: string, text: string) => Promise<void>;
  /** Whether two paths name the same existing file (links and relative paths included). */
  isSameFileAsync: (a: string, b: string) => Promise<boolean>;
  fetchAsync: (url: string, init: { headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal }) => Promise<Response>;
  now: () => Date;
}
