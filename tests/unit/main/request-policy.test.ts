import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from '../../../src-main/security/request-policy';

describe('isAllowedRequest', () => {
  it.each([
    'app://cobalt/',
    'app://cobalt/assets/highs.wasm',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AAAA',
    'blob:app://cobalt/2b1c3d4e-0000-4000-8000-000000000000',
  ])('lets %s through in production', (url) => expect(isAllowedRequest(url, null)).toBe(true));

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/',
    'ftp://example.com/',
    'not a url',
  ])('cancels %s in production (the app is offline)', (url) =>
    expect(isAllowedRequest(url, null)).toBe(false),
  );

  it('allows the dev server over http and its HMR websocket, nothing else', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedRequest('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequest('https://fonts.example.com/a.woff2', dev)).toBe(false);
  });
});
