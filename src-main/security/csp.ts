/**
 * The Content-Security-Policy sent with every document the app protocol serves. Pure, so a unit
 * test can pin each directive. Directives, and why each source is there:
 * - script-src 'wasm-unsafe-eval': the HiGHS solver is WebAssembly compiled in a worker; this
 *   allows compiling Wasm only, not JavaScript eval.
 * - worker-src blob: the solver worker may be started from a blob URL by its loader.
 * - style-src 'unsafe-inline': Svelte transitions write inline <style> rules and style="" attributes
 *   at run time, which cannot carry nonces or hashes. Scripts stay strict, so injected markup can
 *   restyle the page but not run code.
 * - connect-src 'self': the app is offline by design; fetch only reaches our own bundled files.
 */
export interface CspOptions {
  /** Dev server origin (http://localhost:5173); adds its HMR websocket to connect-src. */
  devOrigin?: string | null;
}

export function buildCsp(options: CspOptions = {}): string {
  const connect = ["'self'"];
  if (options.devOrigin) connect.push(options.devOrigin.replace(/^http/, 'ws'));
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['worker-src', "'self'", 'blob:'],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', ...connect],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['frame-src', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
