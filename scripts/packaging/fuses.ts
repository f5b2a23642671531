/**
 * Electron fuses for shipped builds, flipped at packaging time (electron-builder's afterPack hook,
 * before code signing) with @electron/fuses. Fuses are bits compiled into the Electron binary: the
 * packaged app cannot turn them back on at run time, whatever its environment or arguments.
 * Reference: https://www.electronjs.org/docs/latest/tutorial/fuses
 */
import path from 'node:path';
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses';

/**
 * Every fuse of wire V1, each set on purpose (`strictlyRequireAllFuses`: an Electron upgrade that
 * adds a fuse fails packaging until someone decides its value here).
 */
export const FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js that runs any script. */
  [FuseV1Options.RunAsNode]: false,
  /** Chromium's cookie store is encrypted with an OS-protected key (Keychain, DPAPI, libsecret). */
  [FuseV1Options.EnableCookieEncryption]: true,
  /** NODE_OPTIONS (e.g. --require evil.js) is ignored by the main process. */
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  /** --inspect / --inspect-brk cannot attach a debugger to the main process. */
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  /**
   * app.asar is checked against the hash electron-builder embeds (Info.plist on macOS, a resource
   * of the .exe on Windows); a tampered archive stops the app. Electron implements the check on
   * macOS and Windows only.
   */
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  /** Only resources/app.asar is loaded, never an app/ folder or a loose default_app. */
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  /** No custom browser-process V8 snapshot: we ship none. */
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  /** The app is served from app://cobalt, so file:// keeps no extra privileges. */
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  /** Electron's default: WebAssembly (the HiGHS solver) keeps its guard-page trap handlers. */
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies Record<FuseV1Options, boolean>;

/** The configuration handed to flipFuses for one platform/arch. */
export function fuseConfig(platform: string, arch: string): FuseV1Config {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping bits breaks the ad-hoc signature Apple silicon requires; re-sign ad hoc (a real
    // Developer ID signature, when configured, is applied after this hook anyway).
    resetAdHocDarwinSignature: platform === 'darwin' && (arch === 'arm64' || arch === 'universal'),
    ...FUSES,
  };
}

/** What afterPack needs to find the packaged Electron binary (a subset of AfterPackContext). */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's productFilename (macOS/Windows) and executableName (Linux). */
  productFilename: string;
  executableName: string;
}

/** Where the packaged binary is: Cobalt.app on macOS, Cobalt.exe on Windows, cobalt on Linux. */
export function packagedBinaryPath(app: PackedApp): string {
  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(app.appOutDir, `${app.productFilename}.app`);
    case 'win32':
      return path.join(app.appOutDir, `${app.productFilename}.exe`);
    case 'linux':
      return path.join(app.appOutDir, app.executableName);
    default:
      throw new Error(`No packaged-binary layout known for platform "${app.electronPlatformName}"`);
  }
}

/** Fuses whose state in the binary is not what FUSES asks for, by name. */
export function fuseMismatches(wire: Record<string, unknown>): string[] {
  return Object.entries(FUSES)
    .filter(([index, wanted]) => wire[index] !== (wanted ? FuseState.ENABLE : FuseState.DISABLE))
    .map(([index]) => FuseV1Options[Number(index)] ?? `fuse ${index}`);
}

/** Flip the fuses of one binary, then read them back: packaging fails unless every one took. */
export async function applyFuses(binary: string, platform: string, arch: string): Promise<void> {
  await flipFuses(binary, fuseConfig(platform, arch));
  const mismatches = fuseMismatches(await getCurrentFuseWire(binary));
  if (mismatches.length > 0)
    throw new Error(`Fuses not set in ${binary}: ${mismatches.join(', ')}`);
}
