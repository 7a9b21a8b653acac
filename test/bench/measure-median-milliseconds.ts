import { computeMedian } from './compute-median';
import { timeMilliseconds } from './time-milliseconds';

/** Times `work` `runs` times after one untimed warm-up run (so the JIT has seen it); only the median is quoted. */
export function measureMedianMilliseconds(work: () => unknown, runs: number): number {
  work();
  return computeMedian(Array.from({ length: runs }, () => timeMilliseconds(work)));
}
