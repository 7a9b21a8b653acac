// Builds the plugin: the sandbox bundle (dist/code.js) and the UI inlined into one file (dist/ui.html).
// `node build.mjs` builds once, minified; `node build.mjs --watch` rebuilds on change and says what and how long;
// `--out-dir DIR` writes elsewhere than dist/ (the build test does, so it never rewrites files other tests load).
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const outDirIndex = process.argv.indexOf('--out-dir');
const distDirectory = outDirIndex >= 0 ? path.resolve(process.argv[outDirIndex + 1] ?? 'dist') : path.join(root, 'dist');
const watch = process.argv.includes('--watch');
const minify = !watch;
const packageVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const define = { PLUGIN_VERSION: JSON.stringify(packageVersion) };

/** The UI runs in an iframe loaded from a string: everything must be inside one HTML file. */
function renderUiHtml(script, style) {
  const safeScript = script.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
  const safeStyle = style.replace(/<\/style/gi, '<\\/style');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Journey Lanes</title>',
    `<style>${safeStyle}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${safeScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function reportPlugin(name, onResult) {
  return {
    name: `report-${name}`,
    setup(build) {
      let startedAt = 0;
      build.onStart(() => {
        startedAt = performance.now();
      });
      build.onEnd((result) => {
        if (onResult && result.errors.length === 0) onResult(result);
        const milliseconds = Math.round(performance.now() - startedAt);
        if (watch) {
          const status = result.errors.length === 0 ? 'built' : `failed with ${result.errors.length} error(s)`;
          console.log(`[${new Date().toLocaleTimeString()}] ${name} ${status} in ${milliseconds} ms`);
        }
      });
    },
  };
}

function writeUiHtml(result) {
  const files = result.outputFiles ?? [];
  const script = files.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const style = files.find((file) => file.path.endsWith('.css'))?.text ?? '';
  writeFileSync(path.join(distDirectory, 'ui.html'), renderUiHtml(script, style));
}

const sandboxOptions = {
  entryPoints: [path.join(root, 'src/plugin/main.ts')],
  outfile: path.join(distDirectory, 'code.js'),
  bundle: true,
  format: 'iife',
  // The FigJam sandbox has rejected object spread and other syntax newer than this in practice.
  target: 'es2017',
  minify,
  define,
  logLevel: 'warning',
  plugins: [reportPlugin('dist/code.js')],
};

const uiOptions = {
  entryPoints: [path.join(root, 'ui/main.tsx')],
  outdir: distDirectory,
  entryNames: 'ui',
  bundle: true,
  format: 'iife',
  target: 'chrome100',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify,
  define,
  write: false,
  logLevel: 'warning',
  plugins: [reportPlugin('dist/ui.html', writeUiHtml)],
};

const cliEntry = path.join(root, 'src/cli/main.ts');
const cliOptions = {
  entryPoints: [cliEntry],
  outfile: path.join(distDirectory, 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  define,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
  plugins: [reportPlugin('dist/cli.js')],
};

const builds = [sandboxOptions, uiOptions];
if (existsSync(cliEntry)) builds.push(cliOptions);

mkdirSync(distDirectory, { recursive: true });
if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('Watching src/ and ui/ for changes. Press Ctrl+C to stop.');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
