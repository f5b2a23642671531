import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.ts';

/**
 * Port of the static server the e2e project starts (`npm run web -- --no-build`). Outside CI the
 * server is reused between runs, so each checkout gets its own default port (derived from its
 * folder): two checkouts on one machine then never test each other's build.
 */
const PORT = Number(process.env['COBALT_E2E_PORT'] ?? 4317 + folderOffset(process.cwd()));

function folderOffset(folder: string): number {
  let hash = 0;
  for (const char of folder) hash = (hash * 31 + char.charCodeAt(0)) % 1000;
  return hash;
}

export default defineConfig({
  reporter: process.env['CI']
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
    : 'list',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${PORT}`,
        viewport: { width: 1280, height: 800 },
        // Dates follow the computer's locale (src-renderer/src/lib/dates.ts); tests pin one and
        // tests/e2e/locale.spec.ts checks another.
        locale: 'en-GB',
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/e2e-electron',
    },
  ],
  webServer: {
    command: `node --import tsx scripts/web.ts --no-build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    stdout: 'pipe',
  },
});
