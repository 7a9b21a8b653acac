export type RequestErrorKind = 'timeout' | 'failed' | 'closed';

/** Why a request got no result: the sandbox said why (`failed`), it did not answer in time, or the panel closed. */
export class RequestError extends Error {
  readonly kind: RequestErrorKind;
  /** The request field that caused it, as a path like `spec.stages[2].name`, when the sandbox named one. */
  readonly field: string | undefined;

  constructor(kind: RequestErrorKind, message: string, field?: string) {
    super(message);
    this.name = 'RequestError';
    this.kind = kind;
    this.field = field;
  }
}
