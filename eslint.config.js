// Flat config. Import boundaries per folder keep each runtime honest: src-shared runs everywhere,
// src-renderer never reaches Node or Electron, only the platform module touches the bridge.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'util',
];

/** Outside src-shared, its code is imported through the `@shared/…` alias (tsconfig.base.json). */
const viaAlias = {
  group: ['**/src-shared/**'],
  message:
    'Import src-shared as @shared/… (the alias in tsconfig.base.json), not by a relative path.',
};

/** no-restricted-imports patterns for a folder. */
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(({ group, message }) => ({ group, message })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
      'bench/dist/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
      'resources/foods/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Large collections are replaced wholesale through $state.raw (architecture.md), never
      // mutated in place, so plain Map/Set are right and SvelteMap would only add overhead.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      {
        group: ['electron', 'dexie', 'svelte', 'svelte/*', 'chart.js', ...nodeBuiltins],
        message: 'src-shared is pure: no Electron, Node, Dexie, Svelte or DOM libraries.',
      },
      {
        group: ['**/src-main/**', '**/src-preload/**', '**/src-renderer/**'],
        message: 'src-shared may not import from a process folder.',
      },
    ),
  },
  {
    files: ['src-main/**/*.ts'],
    rules: restrict(
      {
        group: ['**/src-renderer/**', '**/src-preload/**', 'svelte', 'dexie', 'chart.js'],
        message: 'Main process code may import src-shared only.',
      },
      viaAlias,
    ),
  },
  {
    files: ['src-preload/**/*.ts'],
    rules: restrict(
      {
        group: [
          '**/src-renderer/**',
          '**/src-main/**',
          '@shared/domain/**',
          'zod',
          'svelte',
          'dexie',
          ...nodeBuiltins,
        ],
        message: 'The sandboxed preload imports only electron and src-shared/ipc.',
      },
      viaAlias,
    ),
  },
  {
    files: ['src-renderer/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...restrict(
        {
          group: ['electron', ...nodeBuiltins],
          message: 'The renderer runs sandboxed: no Node or Electron. Use src/platform.',
        },
        {
          group: ['**/src-main/**', '**/src-preload/**'],
          message: 'The renderer talks to main only through src/platform.',
        },
        viaAlias,
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='cobalt']",
          message: 'Only src/platform touches the bridge (window.cobalt).',
        },
      ],
    },
  },
  {
    files: ['src-renderer/src/platform/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src-renderer/src/lib/**/*.{ts,svelte}'],
    rules: restrict(
      {
        group: ['electron', ...nodeBuiltins],
        message: 'The renderer runs sandboxed: no Node or Electron.',
      },
      {
        group: ['**/features/**', '**/data/**'],
        message: 'src/lib holds UI primitives: nothing domain-specific.',
      },
      viaAlias,
    ),
  },
  {
    // electron-builder loads scripts/packaging with its own TypeScript loader (no tsconfig paths).
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['scripts/packaging/**'],
    rules: restrict(viaAlias),
  },
);
