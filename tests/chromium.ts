/**
 * Where Playwright finds a Chromium. Playwright cannot download its own browsers on these machines,
 * so tests use Debian's package (/usr/bin/chromium) unless CHROMIUM_PATH names another one.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
