import type { CobaltBridge } from '../../../src-shared/ipc/bridge';
import type { Platform } from './types';

/** The desktop host: every call is one bridge method, and the envelope passes straight through. */
export function desktopPlatform(bridge: CobaltBridge): Platform {
  return {
    kind: 'desktop',
    appInfo: () => bridge.appInfo(),
    saveFile: (args) => bridge.saveFile(args),
    openFile: (args) => bridge.openFile(args),
    print: () => window.print(),
    savePdf: (args) => bridge.printToPdf(args),
    automaticBackups: true,
    writeDailyBackup: (args) => bridge.writeDailyBackup(args),
    listBackups: () => bridge.listBackups(),
    readBackup: (args) => bridge.readBackup(args),
  };
}
