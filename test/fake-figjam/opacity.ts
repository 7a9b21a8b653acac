import { typeMismatchError } from './errors';

export function parseOpacity(value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw typeMismatchError('set_opacity', 'opacity', 'number', value);
  if (value < 0 || value > 1) throw new Error(`in set_opacity: Expected "opacity" to have value between 0 and 1 but got ${value} instead`);
  return value;
}

export function parseMinimumSize(accessor: string, width: unknown, height: unknown): { width: number; height: number } {
  for (const [property, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw typeMismatchError(accessor, property, 'number', value);
    if (value < 0.01) throw new Error(`in ${accessor}: Expected "${property}" to have value >= 0.01 but got ${value} instead`);
  }
  return { width: width as number, height: height as number };
}
