/**
 * A static server for a Vite build folder on 127.0.0.1, with the desktop app's CSP and path guard
 * (the very modules main uses), so the browser sees the same rules as Electron.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { buildCsp } from '../src-main/security/csp';
import { resolveAppRequest } from '../src-main/protocol/resolve-path';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Vite names every built asset after its content (`assets/name-<hash>.js`), so those can be kept
 * for good: a warm start then takes scripts from the HTTP cache and V8's code cache, as the
 * desktop app does (app-protocol.ts enables the code cache for app://). Everything else, such as
 * index.html, is revalidated.
 */
function cacheControl(filePath: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/.test(filePath)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

export function serveStatic(distDir: string, port = 0): Promise<StaticServer> {
  const csp = buildCsp();
  const server: Server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // Reuse main's app:// resolver: same traversal guard, SPA fallback and content types.
    const resolved = resolveAppRequest(`app://cobalt${req.url ?? '/'}`, distDir);
    if (resolved.kind === 'rejected') {
      res.writeHead(resolved.status, { 'Content-Type': 'text/plain' }).end(resolved.reason);
      return;
    }
    try {
      const body = await readFile(resolved.filePath);
      res.writeHead(200, {
        'Content-Type': resolved.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': cacheControl(resolved.filePath),
      });
      res.end(method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
