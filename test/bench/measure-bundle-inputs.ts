import path from 'node:path';
import * as esbuild from 'esbuild';

export interface BundleInputs {
  file: string;
  /** Minified bytes each group of sources puts in the bundle: a folder of src/ or ui/, or an npm package. */
  largestGroups: Array<{ group: string; bytes: number }>;
}

export interface SharedInputs {
  /** Minified bytes of sources both bundles carry, by group, largest first. */
  groups: Array<{ group: string; codeBytes: number; uiBytes: number }>;
  codeBytes: number;
  uiBytes: number;
}

const root = path.resolve(__dirname, '../..');

/** `node_modules/zod/v4/mini/…` → `zod`; `src/core/board/x.ts` → `src/core/board`. */
function groupOf(input: string): string {
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (packageMatch) return packageMatch[1]!;
  return path.dirname(input);
}

/** Builds as build.mjs does (minified, no file written) with a metafile, and sums each input's bytes in the output. */
async function bytesByInputAsync(entry: string, options: esbuild.BuildOptions): Promise<Map<string, number>> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    metafile: true,
    outdir: path.join(root, 'dist-bench'),
    define: { PLUGIN_VERSION: '"bench"' },
    logLevel: 'silent',
    ...options,
  });
  const bytes = new Map<string, number>();
  for (const output of Object.values(result.metafile?.outputs ?? {})) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) bytes.set(input, (bytes.get(input) ?? 0) + bytesInOutput);
  }
  return bytes;
}

function sumByGroup(bytes: Map<string, number>, keep: (input: string) => boolean = () => true): Map<string, number> {
  const groups = new Map<string, number>();
  for (const [input, size] of bytes) if (keep(input)) groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + size);
  return groups;
}

function largestFirst(groups: Map<string, number>, count: number): Array<{ group: string; bytes: number }> {
  return [...groups].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

/** What each bundle is made of, and what both carry (each bundle runs in its own realm, so shared code is paid twice). */
export async function measureBundleInputsAsync(count = 8): Promise<{ bundles: BundleInputs[]; shared: SharedInputs }> {
  const code = await bytesByInputAsync('src/plugin/main.ts', { target: 'es2017' });
  const ui = await bytesByInputAsync('ui/main.tsx', { target: 'chrome100', jsx: 'automatic', jsxImportSource: 'preact' });
  const inBoth = (input: string): boolean => code.has(input) && ui.has(input);
  const sharedCode = sumByGroup(code, inBoth);
  const sharedUi = sumByGroup(ui, inBoth);
  const groups = [...sharedCode]
    .map(([group, codeBytes]) => ({ group, codeBytes, uiBytes: sharedUi.get(group) ?? 0 }))
    .sort((a, b) => b.codeBytes + b.uiBytes - (a.codeBytes + a.uiBytes));
  return {
    bundles: [
      { file: 'dist/code.js', largestGroups: largestFirst(sumByGroup(code), count) },
      { file: 'dist/ui.html', largestGroups: largestFirst(sumByGroup(ui), count) },
    ],
    shared: {
      groups: groups.slice(0, count),
      codeBytes: groups.reduce((sum, group) => sum + group.codeBytes, 0),
      uiBytes: groups.reduce((sum, group) => sum + group.uiBytes, 0),
    },
  };
}
