/** Set by build.mjs from package.json. */
declare const PLUGIN_VERSION: string;
