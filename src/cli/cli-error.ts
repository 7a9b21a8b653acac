/** Exit codes: 0 done, 1 the input is wrong (file, JSON, not FigJam, no map), 2 the command line is wrong. */
export const EXIT_SUCCESS = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** A failure the person can fix, with the sentence that says how and the exit code it ends with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
