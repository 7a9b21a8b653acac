import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

/** A lockfile key such as "node_modules/a/node_modules/@b/c" names the package "@b/c". */
function packageName(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('install scripts', () => {
  // npm 11 runs a dependency's install script only when package.json's allowScripts names it, and ends `npm ci`
  // with a warning for every one it skipped; each is named here once it has been looked at.
  it('names every dependency with an install script in allowScripts, so npm ci runs it without a warning', () => {
    const lock = readJson('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages).flatMap(([key, entry]) =>
      entry.hasInstallScript ? [packageName(key)] : [],
    );
    expect(withScripts).toContain('esbuild');
    const allowed = (readJson('package.json')['allowScripts'] ?? {}) as Record<string, boolean>;
    const isAllowed = (name: string) =>
      Object.entries(allowed).some(([entry, allow]) => allow && (entry === name || entry.startsWith(`${name}@`)));
    expect(withScripts.filter((name) => !isAllowed(name))).toEqual([]);
  });
});
