import type { ImportProblem } from '../../core/import/describe-import-problem';

/** A failure the person can act on: its message is shown as it is, and `field` says which input caused it. */
export class PluginError extends Error {
  readonly field: string | undefined;
  /** Every problem found, when there were several (an invalid import), each with its path. */
  readonly problems: string[] | undefined;
  /** The same problems said for a person, with their place and path (an invalid import). */
  readonly issues: ImportProblem[] | undefined;

  constructor(message: string, field?: string, problems?: string[], issues?: ImportProblem[]) {
    super(message);
    this.name = 'PluginError';
    this.field = field;
    this.problems = problems;
    this.issues = issues;
  }
}
