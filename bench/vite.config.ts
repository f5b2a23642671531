/** Builds bench/index.html (the in-browser benchmark runner) into bench/dist. */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: 'bench',
  base: './',
  plugins: [svelte({ configFile: '../svelte.config.js' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    minify: true,
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  worker: { format: 'es' },
});
