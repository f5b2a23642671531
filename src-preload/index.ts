import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type CobaltBridge } from '../src-shared/ipc/bridge';
import { CHANNELS } from '../src-shared/ipc/channels';

/**
 * The whole surface the renderer gets: one method per channel, each pinned to its channel name.
 * No generic send/invoke and no ipcRenderer object cross the bridge, so page script cannot reach
 * channels we did not list. Arguments are checked in main, not here: the preload runs sandboxed and
 * only imports channel names (no zod), and main must not trust it anyway.
 */
const bridge = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  saveFile: (args) => ipcRenderer.invoke(CHANNELS.saveFile, args),
  openFile: (args) => ipcRenderer.invoke(CHANNELS.openFile, args),
  printToPdf: (args) => ipcRenderer.invoke(CHANNELS.printToPdf, args),
  writeDailyBackup: (args) => ipcRenderer.invoke(CHANNELS.writeDailyBackup, args),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (args) => ipcRenderer.invoke(CHANNELS.readBackup, args),
} satisfies CobaltBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
