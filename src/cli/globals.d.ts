/** Set by build.mjs (and vitest.config.ts) from package.json. */
declare const PLUGIN_VERSION: string;
