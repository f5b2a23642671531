/** The renderer built as a plain web app (`npm run web`, e2e tests, benchmarks). */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import pkg from './package.json' with { type: 'json' };
import { aliases } from './aliases.config.ts';

export default defineConfig({
  root: 'src-renderer',
  base: './',
  resolve: { alias: aliases },
  plugins: [svelte({ configFile: '../svelte.config.js' })],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    target: 'chrome120',
    // One stylesheet, in index.html: an async chunk's own CSS is inserted as <link>s when the
    // chunk is imported, and the Shell's (imported at start, App.svelte) cost 15-20 ms of style
    // work there (issue 18). The other screens' CSS is small.
    cssCodeSplit: false,
    // Keep module evaluation in import order across split chunks: zod-config.ts must switch zod's
    // JIT off before any schema runs, or the CSP reports zod's eval probe.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  worker: { format: 'es' },
});
