/**
 * Requests in the order they arrive, so two that change the board never interleave: each create, import or edit
 * reads the board as the one before left it (two back-to-back creates would otherwise both find the same free
 * space). Reads run together while nothing writes; a write waits for the reads and writes before it.
 */
export class RequestQueue {
  #lastWrite: Promise<void> = Promise.resolve();
  readonly #reads = new Set<Promise<void>>();

  runAsync<Result>(kind: 'read' | 'write', task: () => Promise<Result>): Promise<Result> {
    const before = kind === 'write' ? Promise.all([this.#lastWrite, ...this.#reads]) : this.#lastWrite;
    const run = before.then(task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    if (kind === 'write') {
      this.#lastWrite = settled;
    } else {
      this.#reads.add(settled);
      void settled.then(() => this.#reads.delete(settled));
    }
    return run;
  }
}
