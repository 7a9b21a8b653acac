import { createContext, runInContext } from 'node:vm';
import type { FakeFigma } from './create-fake-figma';

/**
 * Runs a built sandbox bundle (dist/code.js) against the fake in a fresh context holding only what Figma's
 * sandbox offers: figma, __html__, console, timers. Node-only (node:vm); the browser build imports index.ts instead.
 */
export function runPluginBundle(code: string, fake: FakeFigma, options: { html?: string } = {}): void {
  const context = createContext({
    figma: fake.figma,
    __html__: options.html ?? '<!doctype html><html><body></body></html>',
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  });
  runInContext(code, context, { filename: 'code.js' });
}
