/**
 * `npm run web`: build the renderer as a web app and serve it on 127.0.0.1, so the same Cobalt runs
 * in any browser.
 *
 *   npm run web                      build, then serve on a free port and print the URL
 *   npm run web -- --port 4317       a fixed port
 *   npm run web -- --no-build        serve the existing dist-web/
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveStatic } from './static-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;

if (!args.includes('--no-build')) {
  await build({ configFile: path.join(root, 'vite.web.config.ts'), logLevel: 'warn' });
}
const server = await serveStatic(path.join(root, 'dist-web'), port);
console.log(`Cobalt is running at ${server.url}  (Ctrl+C to stop)`);
