import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import pkg from './package.json' with { type: 'json' };
import { aliases } from './aliases.config.ts';

/**
 * Desktop build: out/main (ESM), out/preload (one CommonJS file, because sandboxed preloads cannot
 * be ES modules or require anything but 'electron'), out/renderer (same app as vite.web.config.ts).
 */
export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: { rolldownOptions: { input: { index: 'src-main/index.ts' } } },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      externalizeDeps: false, // bundle everything: a sandboxed preload cannot require packages
      rolldownOptions: {
        input: { index: 'src-preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias: aliases },
    // The Svelte config sits at the repo root, not in the Vite root (src-renderer).
    plugins: [svelte({ configFile: '../svelte.config.js' })],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      minify: true,
      cssCodeSplit: false, // one stylesheet in index.html (see vite.web.config.ts)
      // Module evaluation in import order across split chunks (see vite.web.config.ts).
      rolldownOptions: {
        input: { index: 'src-renderer/index.html' },
        output: { strictExecutionOrder: true },
      },
    },
  },
});
