import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { MAX_BACKUP_BYTES } from '@shared/backup/format';
import type { Handlers } from '../ipc/register';
import type { OpenedBackups } from '../open-backup';
import { printOutcome } from '../print';
import { BACKUP_DIR_NAME } from '../backups/rotation';
import { createBackupHandlers } from './backups';
import { readTextFileCapped, writeUserFile } from './file-io';

/** Dialogs are sheets of the calling window where it still exists. */
function showSave(event: IpcMainInvokeEvent, options: SaveDialogOptions) {
  const win = BrowserWindow.fromWebContents(event.sender);
  return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
}

function showOpen(event: IpcMainInvokeEvent, options: OpenDialogOptions) {
  const win = BrowserWindow.fromWebContents(event.sender);
  return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
}

function defaultPath(suggestedName: string): string {
  return path.join(app.getPath('documents'), path.basename(suggestedName));
}

/**
 * The channel implementations. Paths come only from dialogs main opens itself; the renderer sees
 * base names, never where a file lives.
 */
export function createHandlers(openedBackups: OpenedBackups): Handlers<IpcMainInvokeEvent> {
  return {
    appInfo: async () => ({
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      platform: process.platform,
    }),

    saveFile: async ({ suggestedName, content, filters }, event) => {
      const choice = await showSave(event, { defaultPath: defaultPath(suggestedName), filters });
      if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
      await writeUserFile(choice.filePath, content);
      return { saved: true, fileName: path.basename(choice.filePath) };
    },

    openFile: async ({ filters, maxBytes }, event) => {
      const choice = await showOpen(event, { properties: ['openFile'], filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { canceled: true };
      return { canceled: false, ...(await readTextFileCapped(filePath, maxBytes)) };
    },

    // The page's print stylesheet (body[data-print] and its @page rule) picks the layout; `kind`
    // only says what the renderer meant to print, for the log.
    print: ({ kind }, event) =>
      new Promise((resolve, reject) => {
        event.sender.print({ printBackground: true }, (success, failureReason) => {
          try {
            resolve(printOutcome(success, failureReason));
          } catch (error) {
            console.warn(`[cobalt] printing the ${kind} failed: ${failureReason}`);
            reject(error);
          }
        });
      }),

    printToPdf: async ({ suggestedName, pageSize, landscape }, event) => {
      const pdf = await event.sender.printToPDF({ pageSize, landscape, printBackground: true });
      const choice = await showSave(event, {
        defaultPath: defaultPath(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
      await writeUserFile(choice.filePath, pdf);
      return { saved: true, fileName: path.basename(choice.filePath) };
    },

    takeOpenedBackup: async () => {
      const filePath = openedBackups.take();
      return filePath === null ? null : readTextFileCapped(filePath, MAX_BACKUP_BYTES);
    },

    ...createBackupHandlers<IpcMainInvokeEvent>({
      dir: () => path.join(app.getPath('userData'), BACKUP_DIR_NAME),
    }),
  };
}
