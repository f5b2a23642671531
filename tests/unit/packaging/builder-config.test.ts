import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_EXTENSION, BACKUP_OPEN_EXTENSIONS, backupFileName } from '@shared/backup';
import { afterPack, builderConfig, PRODUCT_NAME } from '../../../scripts/packaging/builder-config';
import rootConfig from '../../../electron-builder.config';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  productName: string;
  main: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

function targets(value: unknown): string[] {
  return (value as string[]).map(String);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(repoRoot, dir, f));
}

/** Packages a file imports as values (type-only imports vanish from the build). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^'.][^']*)'/gms)]
    .map((m) => m[1]!)
    .filter((spec) => !spec.startsWith('node:') && spec !== 'electron')
    .map((spec) =>
      spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!,
    );
}

describe('electron-builder configuration', () => {
  it('is what `npm run dist` loads', () => {
    expect(rootConfig).toBe(builderConfig);
    expect(pkg.scripts['dist']).toContain('electron-builder --config electron-builder.config.ts');
    expect(pkg.scripts['dist']).toMatch(/^electron-vite build && /);
  });

  it('builds an AppImage and a .deb on Linux, a .dmg on macOS, NSIS on Windows', () => {
    expect(targets(builderConfig.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targets(builderConfig.mac.target)).toEqual(['dmg']);
    expect(targets(builderConfig.win.target)).toEqual(['nsis']);
  });

  it("carries the app's name and an icon big enough for every platform", () => {
    expect(builderConfig.productName).toBe(PRODUCT_NAME);
    expect(pkg.productName).toBe(PRODUCT_NAME);
    const png = readFileSync(path.join(repoRoot, builderConfig.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR width and height (macOS wants 1024×1024 to make its .icns, Windows at least 256).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('associates the extension backups are saved with', () => {
    const [association] = builderConfig.fileAssociations;
    expect(builderConfig.fileAssociations).toHaveLength(1);
    expect(association?.ext).toBe(BACKUP_FILE_EXTENSION);
    expect(backupFileName('2026-01-05')).toBe(`cobalt-backup-2026-01-05.${association?.ext}`);
    expect(BACKUP_OPEN_EXTENSIONS).toContain(association?.ext);
    expect(association?.mimeType).toMatch(/^application\/x-/);
  });

  it('packs the built app, food table included, into app.asar and unpacks nothing', () => {
    expect(builderConfig.asar).toBe(true);
    expect('asarUnpack' in builderConfig).toBe(false);
    expect(builderConfig.files).toContain('out/**/*');
    // The table is emitted by the renderer build (boot.svelte.ts imports foods.json?url).
    const boot = readFileSync(path.join(repoRoot, 'src-renderer/src/boot.svelte.ts'), 'utf8');
    expect(boot).toContain("import('../../resources/foods/foods.json?url')");
    expect(builderConfig.files.filter((f) => f.startsWith('!'))).toEqual(['!**/*.map']);
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it('ships as dependencies exactly the packages main and src-shared import at run time', () => {
    const imported = new Set(
      [...sourceFiles('src-main'), ...sourceFiles('src-shared')].flatMap(runtimeImports),
    );
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('flips the fuses itself, after packing and before signing', () => {
    expect(builderConfig.afterPack).toBe(afterPack);
    expect(builderConfig.electronFuses).toBeNull();
  });
});
