import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  /** gzip level 9, for comparison with what other tools report. */
  gzipBytes: number;
  budgetBytes: number;
}

/** Budgets of the minified bundles: the sandbox code runs in Figma's main thread, the UI loads on every run. */
export const BUNDLE_BUDGETS = { 'dist/code.js': 40 * 1024, 'dist/ui.html': 60 * 1024 } as const;

export type BundleFile = keyof typeof BUNDLE_BUDGETS;

const root = path.resolve(__dirname, '../..');

export function measureBundleSize(file: BundleFile): BundleSize {
  const content = readFileSync(path.join(root, file));
  return { file, bytes: content.byteLength, gzipBytes: gzipSync(content, { level: 9 }).byteLength, budgetBytes: BUNDLE_BUDGETS[file] };
}
