import { describe, expect, it } from 'vitest';
import { devServerOrigin, isAppUrl, isTrustedUrl } from '../../../src-main/security/trusted-url';

describe('isAppUrl', () => {
  it.each(['app://cobalt/', 'app://cobalt/index.html', 'app://cobalt/plan?day=1#top'])(
    'accepts our own page %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://cobalt.evil/',
    'app://evil/',
    'app://evil.cobalt/',
    'app://cobalt@evil/',
    'app://user:pw@cobalt/',
    'app://user@cobalt/',
    'app://:pw@cobalt/',
    'app://cobalt:8080/',
    'https://cobalt/',
    'http://cobalt/',
    'file:///cobalt/index.html',
    'app:cobalt',
    'app:///cobalt/',
    'cobalt',
    '',
    'not a url',
    'javascript:alert(1)',
  ])('refuses %j', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('devServerOrigin', () => {
  it('accepts plain http on loopback and returns its origin', () => {
    expect(devServerOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
  });

  it.each([
    undefined,
    'https://localhost:5173',
    'http://example.com:5173',
    'garbage',
    'ws://localhost',
  ])('refuses %j', (url) => expect(devServerOrigin(url)).toBeNull());
});

describe('isTrustedUrl', () => {
  it('trusts only the app scheme in production', () => {
    expect(isTrustedUrl('app://cobalt/')).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
  });

  it('adds exactly the dev server origin in development', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedUrl('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173@evil.example/', dev)).toBe(false);
    expect(isTrustedUrl('app://cobalt/', dev)).toBe(true);
  });
});
