import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { buildCsp } from '../security/csp';
import { APP_SCHEME } from '../security/trusted-url';
import { resolveAppRequest } from './resolve-path';

/**
 * Must run before `app` is ready. `standard` gives the scheme a real origin (so IndexedDB and
 * relative URLs work and the origin stays stable across launches); `secure` makes it a secure
 * context; fetch is allowed for our own files (JSON, Wasm); CORS stays off. `codeCache` lets V8
 * keep the compiled scripts between launches (Chromium does so only for http(s) otherwise), so a
 * warm start does not compile the renderer again (bench/README.md).
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serve the built renderer from `distDir` as `app://cobalt/...`, with the CSP on every response. */
export function handleAppProtocol(distDir: string, log: (message: string) => void): void {
  const baseHeaders = {
    'Content-Security-Policy': buildCsp(),
    'X-Content-Type-Options': 'nosniff',
  };
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: baseHeaders });
    }
    const resolved = resolveAppRequest(request.url, distDir);
    if (resolved.kind === 'rejected') {
      log(`Refused ${request.url}: ${resolved.reason}`);
      return new Response(null, { status: resolved.status, headers: baseHeaders });
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...baseHeaders, 'Content-Type': resolved.contentType },
      });
    } catch {
      return new Response(null, { status: 404, headers: baseHeaders });
    }
  });
}
