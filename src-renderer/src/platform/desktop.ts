import type { CobaltBridge } from '@shared/ipc/bridge';
import { EVENT_PAYLOADS } from '@shared/ipc/contracts';
import type { Platform } from './types';

/** The desktop host: every call is one bridge method, and the envelope passes straight through. */
export function desktopPlatform(bridge: CobaltBridge): Platform {
  return {
    kind: 'desktop',
    appInfo: () => bridge.appInfo(),
    saveFile: (args) => bridge.saveFile(args),
    openFile: (args) => bridge.openFile(args),
    print: (args) => bridge.print({ kind: args?.kind ?? 'screen' }),
    savePdf: (args) => bridge.printToPdf(args),
    automaticBackups: true,
    writeDailyBackup: (args) => bridge.writeDailyBackup(args),
    listBackups: () => bridge.listBackups(),
    readBackup: (args) => bridge.readBackup(args),
    takeOpenedBackup: () => bridge.takeOpenedBackup(),
    onBackupOpened: (listener) => bridge.onBackupOpened(() => listener()),
    // Events arrive unvalidated from the preload; anything off-contract is dropped.
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((payload) => {
        const command = EVENT_PAYLOADS.onMenuCommand.safeParse(payload);
        if (command.success) listener(command.data);
      }),
  };
}
