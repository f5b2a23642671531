/** Types for electron-binary.mjs, so TypeScript tests and specs can import it. */
export type ElectronLocation =
  | { found: true; executable: string }
  | { found: false; code: 'no-package' | 'not-downloaded' | 'missing-file'; reason: string };
export function locateElectron(where: {
  electronDir: string | null;
  env: Record<string, string | undefined>;
}): ElectronLocation;
export function electronPackageDir(projectDir: string): string | null;
export function electronVersion(electronDir: string | null): string | null;
export function shouldDownload(
  location: ElectronLocation,
  env: Record<string, string | undefined>,
): boolean;
export function nodeCanDownload(nodeVersion: string): boolean;
export function missingElectronMessage(reason: string, version?: string | null): string;
export function electronViteCli(projectDir: string): string;
