import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../src-main/protocol/resolve-path';

const dist = path.resolve('/srv/cobalt/out/renderer');

function fileOf(url: string): string | null {
  const resolved = resolveAppRequest(url, dist);
  return resolved.kind === 'file' ? resolved.filePath : null;
}

describe('resolveAppRequest', () => {
  it('serves files inside the build folder with their content type', () => {
    expect(resolveAppRequest('app://cobalt/assets/index-1.js', dist)).toEqual({
      kind: 'file',
      filePath: path.join(dist, 'assets', 'index-1.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    const wasm = resolveAppRequest('app://cobalt/assets/highs.wasm', dist);
    expect(wasm.kind === 'file' && wasm.contentType).toBe('application/wasm');
    const json = resolveAppRequest('app://cobalt/data/foods.json?v=2', dist);
    expect(json.kind === 'file' && json.contentType).toBe('application/json; charset=utf-8');
  });

  it('decodes percent-encoded names', () => {
    expect(fileOf('app://cobalt/assets/my%20font.woff2')).toBe(
      path.join(dist, 'assets', 'my font.woff2'),
    );
  });

  it('falls back to index.html for the root and for extension-less client routes', () => {
    const index = path.join(dist, 'index.html');
    expect(fileOf('app://cobalt/')).toBe(index);
    expect(fileOf('app://cobalt')).toBe(index);
    expect(fileOf('app://cobalt/plan/week')).toBe(index);
    const html = resolveAppRequest('app://cobalt/foods', dist);
    expect(html.kind === 'file' && html.contentType).toBe('text/html; charset=utf-8');
  });

  it.each([
    'app://cobalt/..%2f..%2fetc%2fpasswd',
    'app://cobalt/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://cobalt/assets/%2E%2E/%2E%2E/secret.json',
    'app://cobalt/..%5c..%5csecret.json',
    'app://cobalt/assets%5c..%5c..%5csecret.json',
    'app://cobalt/%2fetc%2fpasswd.txt',
    'app://cobalt/C:%5cWindows%5cwin.ini',
    'app://cobalt/c:/Windows/win.ini',
    'app://cobalt/index.html%00.js',
    'app://cobalt/.env',
    'app://cobalt/assets/.hidden.js',
  ])('refuses %s', (url) => {
    const resolved = resolveAppRequest(url, dist);
    expect(resolved.kind).toBe('rejected');
  });

  it('refuses dot segments the URL parser would otherwise collapse', () => {
    for (const url of [
      'app://cobalt/assets/../../../../etc/passwd.txt',
      'app://cobalt/./index.html',
      'app://cobalt/assets/..',
      'app://cobalt/.%2E/x.js',
    ]) {
      expect(resolveAppRequest(url, dist), url).toMatchObject({ kind: 'rejected', status: 403 });
    }
  });

  it('does not mistake dots inside names for dot segments', () => {
    expect(fileOf('app://cobalt/assets/index..js')).toBe(path.join(dist, 'assets', 'index..js'));
    expect(fileOf('app://cobalt/assets/a.b.c.css')).toBe(path.join(dist, 'assets', 'a.b.c.css'));
  });

  it('refuses malformed percent-encoding with 400', () => {
    expect(resolveAppRequest('app://cobalt/%E0%A4%A.js', dist)).toMatchObject({
      kind: 'rejected',
      status: 400,
    });
  });

  it('refuses other hosts and schemes with 403', () => {
    for (const url of [
      'app://evil/index.html',
      'app://cobalt.evil/',
      'https://cobalt/index.html',
    ]) {
      expect(resolveAppRequest(url, dist), url).toMatchObject({ kind: 'rejected', status: 403 });
    }
  });

  it('serves unknown extensions as opaque bytes', () => {
    const resolved = resolveAppRequest('app://cobalt/assets/blob.xyz', dist);
    expect(resolved.kind === 'file' && resolved.contentType).toBe('application/octet-stream');
  });
});
