import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type CobaltBridge } from '@shared/ipc/bridge';
import { CHANNELS, EVENTS } from '@shared/ipc/channels';

/** A subscription to one main → renderer event; the page never sees the IPC event object. */
function subscribe(channel: string) {
  return (listener: (payload: unknown) => void) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
}

/**
 * The whole surface the renderer gets: one method per channel, each pinned to its channel name,
 * and one subscription per main → renderer event.
 * No generic send/invoke and no ipcRenderer object cross the bridge, so page script cannot reach
 * channels we did not list. Arguments are checked in main, not here: the preload runs sandboxed and
 * only imports channel names (no zod), and main must not trust it anyway.
 */
const bridge = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  saveFile: (args) => ipcRenderer.invoke(CHANNELS.saveFile, args),
  openFile: (args) => ipcRenderer.invoke(CHANNELS.openFile, args),
  print: (args) => ipcRenderer.invoke(CHANNELS.print, args),
  printToPdf: (args) => ipcRenderer.invoke(CHANNELS.printToPdf, args),
  writeDailyBackup: (args) => ipcRenderer.invoke(CHANNELS.writeDailyBackup, args),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (args) => ipcRenderer.invoke(CHANNELS.readBackup, args),
  takeOpenedBackup: () => ipcRenderer.invoke(CHANNELS.takeOpenedBackup),
  onMenuCommand: subscribe(EVENTS.onMenuCommand),
  onBackupOpened: subscribe(EVENTS.onBackupOpened),
} satisfies CobaltBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
