// @ts-check
// `npm run lint`, part of `npm test`. Type-aware rules run only where they matter, on the sandbox code: the
// other zones are linted from syntax alone, which keeps the run inside its time budget (docs/performance.md).
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import * as figmaPlugins from '@figma/eslint-plugin-figma-plugins';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'test-artifacts/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // The house convention (and tsc's, for noUnusedParameters): a leading underscore names a value kept on
      // purpose, such as a destructured field left out of the rest.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // tsc already reports unused locals and parameters in every zone (noUnusedLocals, noUnusedParameters in
      // tsconfig.json); this rule repeated it at about a third of the lint's time. It stays on for the .mjs files.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['build.mjs', 'scripts/**/*.mjs', 'scripts/**/*.mts', 'eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The sandbox: Figma's own rules (sync calls broken by dynamic-page, deprecated ids and getters) need the
    // types of the real plugin API, which tsconfig.sandbox.json gives.
    files: ['src/plugin/**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: './tsconfig.sandbox.json',
        tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)),
      },
    },
    plugins: { '@figma/figma-plugins': figmaPlugins },
    rules: {
      ...figmaPlugins.flatConfigs.recommended.rules,
      // Figma's rules match receivers by type name (`PluginAPI`, `PageNode`...), so they see `figma` but not the
      // FigJamApi slice the handlers receive. The slice keeps Figma's doc comments, so Figma's @deprecated marks
      // (the sync calls that throw under dynamic-page) reach the handlers through this rule instead.
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
);
