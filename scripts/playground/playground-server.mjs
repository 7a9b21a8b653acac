// Serves the playground: the built plugin (dist/code.js, dist/ui.html) running against the FigJam fake in a page.
// Node's http module only; the page is bundled by esbuild in memory, again on each load so edits show on reload.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_PLAYGROUND_PORT = 5173;

/**
 * What the server answers, and nothing else: no directory listing, no path taken from the request, so nothing
 * outside these files can be read through it.
 */
function createRoutes(root) {
  return {
    '/': { file: path.join(root, 'scripts/playground/index.html'), type: 'text/html; charset=utf-8' },
    '/playground.css': { file: path.join(root, 'scripts/playground/playground.css'), type: 'text/css; charset=utf-8' },
    '/playground.js': { bundle: true, type: 'text/javascript; charset=utf-8' },
    '/plugin/code.js': { file: path.join(root, 'dist/code.js'), type: 'text/javascript; charset=utf-8' },
    '/plugin/ui.html': { file: path.join(root, 'dist/ui.html'), type: 'text/plain; charset=utf-8' },
  };
}

async function createBundleContextAsync(root) {
  return esbuild.context({
    entryPoints: [path.join(root, 'scripts/playground/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome110',
    sourcemap: 'inline',
    write: false,
    outfile: 'playground.js',
    logLevel: 'silent',
  });
}

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

async function readRouteAsync(route, context) {
  if (route.bundle) {
    const result = await context.rebuild();
    return result.outputFiles?.find((file) => file.path.endsWith('.js'))?.text ?? '';
  }
  return readFile(route.file);
}

function describeProblem(error, route) {
  if (error?.code === 'ENOENT' && route.file?.includes(`${path.sep}dist${path.sep}`)) {
    return `${path.relative(projectRoot, route.file)} is missing: run "node build.mjs" (or "npm start") first.`;
  }
  if (Array.isArray(error?.errors) && error.errors.length > 0) {
    return error.errors.map((problem) => `${problem.location?.file ?? ''}:${problem.location?.line ?? ''} ${problem.text}`).join('\n');
  }
  return String(error?.message ?? error);
}

/**
 * Starts the playground server on 127.0.0.1. Port 0 picks a free port (what tests use).
 * Resolves once it listens, with the address and a function that stops it.
 */
export async function startPlaygroundServerAsync({ port = DEFAULT_PLAYGROUND_PORT, host = '127.0.0.1', root = projectRoot } = {}) {
  const routes = createRoutes(root);
  const context = await createBundleContextAsync(root);
  // Building once before listening reports a broken page at start, not at the first request.
  await context.rebuild();

  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', undefined);
    if (!route) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    readRouteAsync(route, context).then(
      (body) => send(response, 200, route.type, request.method === 'HEAD' ? undefined : body),
      (error) => send(response, 500, 'text/plain; charset=utf-8', describeProblem(error, route)),
    );
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}/`,
    async closeAsync() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await context.dispose();
    },
  };
}
