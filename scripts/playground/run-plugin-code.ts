import type { FigJamApi } from '../../src/plugin/platform/figjam-api';

/**
 * Names of the page the plugin must not reach: Figma's sandbox has no DOM, no network and no storage. They are
 * shadowed by parameters that are undefined, so a bundle that touches them fails here as it would in Figma.
 */
const SHADOWED_GLOBALS = [
  'window', 'self', 'document', 'parent', 'top', 'frames', 'opener', 'location', 'navigator', 'history',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker', 'localStorage', 'sessionStorage', 'indexedDB',
  'caches', 'alert', 'confirm', 'prompt', 'postMessage', 'addEventListener', 'requestAnimationFrame',
] as const;

/**
 * Runs the built sandbox bundle (dist/code.js) in the page with only what Figma's sandbox offers as globals:
 * `figma`, `__html__`, `console` and timers. `globalThis` is a plain object holding just those, because bundled
 * libraries keep their settings on it.
 */
export function runPluginCode(code: string, figma: FigJamApi, html: string): void {
  const sandboxGlobal: Record<string, unknown> = {
    figma,
    __html__: html,
    console,
    setTimeout: setTimeout.bind(window),
    clearTimeout: clearTimeout.bind(window),
    setInterval: setInterval.bind(window),
    clearInterval: clearInterval.bind(window),
  };
  sandboxGlobal.globalThis = sandboxGlobal;
  const names = ['figma', '__html__', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'globalThis', ...SHADOWED_GLOBALS];
  const values = names.map((name) => sandboxGlobal[name]);
  // Function, not eval: the code gets no access to this module's scope. The source URL names it in stack traces.
  const run = new Function(...names, `${code}\n//# sourceURL=plugin/code.js`) as (...args: unknown[]) => void;
  run.apply(sandboxGlobal, values);
}
