/**
 * IPC channel names, keyed by the bridge method that calls them. Kept apart from the zod contracts
 * so the sandboxed preload can import the names without bundling zod.
 * Adding a channel: add its name here and its schemas in contracts.ts; the compiler then demands
 * the preload method and the main-process handler.
 */
export const CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:pdf',
  writeDailyBackup: 'backups:writeDaily',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
} as const;

export type BridgeKey = keyof typeof CHANNELS;
export type ChannelName = (typeof CHANNELS)[BridgeKey];
