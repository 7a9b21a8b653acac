/** A failure a person can act on: its message is shown as is, and `field` points at the request's cause. */
export class PluginError extends Error {
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'PluginError';
    this.field = field;
  }
}
