/** Types for electron-binary.mjs, so TypeScript tests and specs can import it. */
export type ElectronLocation =
  { found: true; executable: string } | { found: false; reason: string };
export function locateElectron(where: {
  electronDir: string | null;
  env: Record<string, string | undefined>;
}): ElectronLocation;
export function electronPackageDir(projectDir: string): string | null;
export function missingElectronMessage(reason: string): string;
