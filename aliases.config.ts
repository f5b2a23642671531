/**
 * Import aliases shared by every build and test config (electron.vite.config.ts,
 * vite.web.config.ts, vitest.config.ts); tsconfig.base.json's `paths` says the same to
 * TypeScript, tsx and Playwright. `@shared/…` is src-shared, the code of every process.
 */
import { fileURLToPath } from 'node:url';

export const aliases = {
  '@shared': fileURLToPath(new URL('./src-shared', import.meta.url)),
};
