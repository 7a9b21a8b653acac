/** Milliseconds one call of `work` took. */
export function timeMilliseconds(work: () => unknown): number {
  const startedAt = performance.now();
  work();
  return performance.now() - startedAt;
}
