import { parse } from 'acorn';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
// A build of its own, so the browser and bundle tests running beside this one never load a half-written dist/.
const outDirectory = mkdtempSync(path.join(tmpdir(), 'journey-lanes-build-'));
const read = (file: string) => readFileSync(path.join(outDirectory, path.relative('dist', file)), 'utf8');

describe('build output', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs', '--out-dir', outDirectory], { cwd: root, stdio: 'pipe' });
  });

  afterAll(() => {
    rmSync(outDirectory, { recursive: true, force: true });
  });

  it('writes the files the manifest points to', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { main: string; ui: string };
    expect(manifest.main.startsWith('dist/') && manifest.ui.startsWith('dist/')).toBe(true);
    expect(read(manifest.main).length).toBeGreaterThan(0);
    expect(read(manifest.ui).length).toBeGreaterThan(0);
  });

  it('keeps the sandbox bundle within ES2017 syntax', () => {
    const code = read('dist/code.js');
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
  });

  it('the ES2017 check rejects syntax the sandbox refuses', () => {
    expect(() => parse('const a = { ...b };', { ecmaVersion: 2017, sourceType: 'script' })).toThrow();
    expect(() => parse('a?.b;', { ecmaVersion: 2017, sourceType: 'script' })).toThrow();
  });

  it('makes the UI one self-contained HTML file', () => {
    const html = read('dist/ui.html');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(script).not.toMatch(/<\/script/i);
  });
});
