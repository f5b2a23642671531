/**
 * electron-builder configuration (`npm run dist`): an AppImage and a .deb on Linux, a .dmg on
 * macOS, an NSIS installer on Windows. Everything the app runs (out/main, out/preload,
 * out/renderer with the food table electron-vite emits into out/renderer/assets) goes into
 * resources/app.asar; nothing is unpacked next to it. Fuses are flipped in afterPack (fuses.ts).
 * A plain object plus one hook, so tests/unit/packaging can check it without packaging anything.
 */
import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';
// A relative import: electron-builder loads this file with its own TypeScript loader, which
// knows no tsconfig paths.
import { BACKUP_FILE_EXTENSION, BACKUP_MIME_TYPE } from '../../src-shared/backup/format';
import { applyFuses, packagedBinaryPath } from './fuses';

export const APP_ID = 'app.cobalt.planner';
export const PRODUCT_NAME = 'Cobalt';

export async function afterPack(context: AfterPackContext): Promise<void> {
  const binary = packagedBinaryPath({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    productFilename: context.packager.appInfo.productFilename,
    executableName:
      'executableName' in context.packager
        ? String(context.packager.executableName)
        : context.packager.appInfo.productFilename,
  });
  await applyFuses(binary, context.electronPlatformName, Arch[context.arch]);
}

export const builderConfig = {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  executableName: 'cobalt',
  copyright: 'Cobalt contributors. Food data: USDA SR28, public domain.',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  // node_modules in the asar are package.json's `dependencies` and theirs: only what out/main
  // imports at run time (zod). The renderer's libraries are bundled into out/renderer by Vite, so
  // they are devDependencies and do not ship twice.
  asar: true,
  // The app has no native modules: nothing to rebuild for Electron's ABI.
  npmRebuild: false,
  icon: 'resources/icon.png',
  fileAssociations: [
    {
      ext: BACKUP_FILE_EXTENSION,
      name: 'Cobalt backup',
      description: 'Cobalt backup (people, plans, recipes and settings)',
      mimeType: BACKUP_MIME_TYPE,
      role: 'Editor',
      rank: 'Owner',
    },
  ],
  // Fuses are ours (afterPack, checked after flipping); electron-builder must not flip them too.
  electronFuses: null,
  afterPack,
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Offline meal and nutrient planner for vitamin B12',
  },
  deb: { packageCategory: 'misc' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.healthcare-fitness',
    hardenedRuntime: true,
  },
  dmg: {
    title: '${productName} ${version}',
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: PRODUCT_NAME,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
} satisfies Configuration;
