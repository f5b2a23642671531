import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyFuses,
  FUSES,
  fuseConfig,
  fuseMismatches,
  packagedBinaryPath,
} from '../../../scripts/packaging/fuses';

/** The marker @electron/fuses looks for in an Electron binary, followed by the fuse wire. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = FuseState.ENABLE;
const OFF = FuseState.DISABLE;
/** Electron 45's defaults: RunAsNode, NODE_OPTIONS, --inspect, file:// privileges, wasm traps on. */
const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];

/** A stand-in binary: some bytes, the sentinel, wire version 1, its length, the fuse states. */
function fakeBinary(states: number[]): Buffer {
  return Buffer.concat([
    Buffer.from('\x7fELF stand-in for an Electron executable '),
    Buffer.from(SENTINEL),
    Buffer.from([1, states.length, ...states]),
    Buffer.from(' trailing bytes'),
  ]);
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cobalt-fuses-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the fuse configuration', () => {
  it('turns off every way to run the binary as something else, and on every integrity check', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse @electron/fuses knows, and demands a decision for new ones', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.keys(FUSES).map(Number).sort()).toEqual([...known].sort());
    expect(fuseConfig('linux', 'x64').strictlyRequireAllFuses).toBe(true);
  });

  it('re-signs ad hoc only where Apple silicon needs it', () => {
    expect(fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 'universal').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32', 'arm64').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('packagedBinaryPath', () => {
  const app = { appOutDir: '/o', productFilename: 'Cobalt', executableName: 'cobalt' };
  it('finds the binary where electron-builder puts it on each platform', () => {
    expect(packagedBinaryPath({ ...app, electronPlatformName: 'linux' })).toBe('/o/cobalt');
    expect(packagedBinaryPath({ ...app, electronPlatformName: 'win32' })).toBe('/o/Cobalt.exe');
    expect(packagedBinaryPath({ ...app, electronPlatformName: 'darwin' })).toBe('/o/Cobalt.app');
    expect(() => packagedBinaryPath({ ...app, electronPlatformName: 'aix' })).toThrow(/aix/);
  });
});

describe('applyFuses on a binary with a fuse wire', () => {
  it("flips Electron's defaults to ours and leaves the other bytes alone", async () => {
    const binary = path.join(dir, 'cobalt');
    const before = fakeBinary(ELECTRON_DEFAULTS);
    await writeFile(binary, before);
    expect(fuseMismatches(await getCurrentFuseWire(binary))).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ]);

    await applyFuses(binary, 'linux', 'x64');

    const wire = await getCurrentFuseWire(binary);
    expect(fuseMismatches(wire)).toEqual([]);
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    const after = await readFile(binary);
    expect(after.length).toBe(before.length);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart));
    expect(after.subarray(wireStart + 9)).toEqual(before.subarray(wireStart + 9));
  });

  it('refuses a binary with a fuse nobody has decided on', async () => {
    const binary = path.join(dir, 'cobalt');
    await writeFile(binary, fakeBinary([...ELECTRON_DEFAULTS, ON]));
    await expect(applyFuses(binary, 'linux', 'x64')).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it('refuses a file that is not an Electron binary', async () => {
    const binary = path.join(dir, 'cobalt');
    await writeFile(binary, 'no fuse wire in here');
    await expect(applyFuses(binary, 'linux', 'x64')).rejects.toThrow(/sentinel/);
  });
});
