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
    // Keep module evaluation in import order across split chunks: zod-config.ts must switch zod's
    // JIT off before any schema runs, or the CSP reports zod's eval probe.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  worker: { format: 'es' },
});
