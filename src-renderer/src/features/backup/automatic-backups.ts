/** The app's one automatic-backup schedule: started by App.svelte, shown by the backup panel. */
import { platform } from '../../platform';
import { AutomaticBackups } from './auto-backup.svelte';
import { OpenedBackupInbox } from './opened-backups';

/** package.json version, written into every backup's envelope. */
export const APP_VERSION = __APP_VERSION__;

export const automaticBackups = new AutomaticBackups(platform, APP_VERSION);

/** Backup files opened with the desktop app: started by App.svelte, consumed by the backup panel. */
export const openedBackups = new OpenedBackupInbox(platform);
