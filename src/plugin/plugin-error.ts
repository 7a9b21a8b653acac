/** A failure the person can act on: its message is shown as it is, and `field` says which input caused it. */
export class PluginError extends Error {
  readonly field: string | undefined;
  /** Every problem found, when there were several (an invalid import), each with its path. */
  readonly problems: string[] | undefined;

  constructor(message: string, field?: string, problems?: string[]) {
    super(message);
    this.name = 'PluginError';
    this.field = field;
    this.problems = problems;
  }
}
