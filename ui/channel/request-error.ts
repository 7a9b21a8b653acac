import { USER_MESSAGES } from '../../src/core/shared/user-messages';

export type RequestErrorKind = 'timeout' | 'failed' | 'closed';

/** Why a request got no result: the sandbox said why (`failed`), it did not answer in time, or the panel closed. */
export class RequestError extends Error {
  readonly kind: RequestErrorKind;
  /** The request field that caused it, as a path like `spec.stages[2].name`, when the sandbox named one. */
  readonly field: string | undefined;
  /** Every problem the sandbox found, each starting with its path; empty when it named none. */
  readonly problems: readonly string[];

  constructor(kind: RequestErrorKind, message: string, field?: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'RequestError';
    this.kind = kind;
    this.field = field;
    this.problems = problems;
  }
}

/** The sentence to show for a failed request: the sandbox's own, or the general one for anything unforeseen. */
export function describeRequestFailure(error: unknown): string {
  return error instanceof RequestError ? error.message : USER_MESSAGES.unexpected;
}
