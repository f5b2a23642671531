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
  print: 'print:dialog',
  printToPdf: 'print:pdf',
  writeDailyBackup: 'backups:writeDaily',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  takeOpenedBackup: 'backups:takeOpened',
} as const;

export type BridgeKey = keyof typeof CHANNELS;
export type ChannelName = (typeof CHANNELS)[BridgeKey];

/**
 * Messages main sends to the renderer (the only ones): each carries at most a small value that the
 * renderer validates with EVENT_PAYLOADS. The preload exposes one `on…` subscription per event.
 */
export const EVENTS = {
  /** File ▸ Print… / Save as PDF… (and their shortcuts) were chosen in the application menu. */
  onMenuCommand: 'menu:command',
  /** A backup file was opened with Cobalt (double click, command line, second launch). */
  onBackupOpened: 'backups:opened',
} as const;

export type EventKey = keyof typeof EVENTS;
