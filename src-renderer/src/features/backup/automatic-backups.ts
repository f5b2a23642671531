/** The app's one automatic-backup schedule: started by App.svelte, shown by the backup panel. */
import { platform } from '../../platform';
import { AutomaticBackups } from './auto-backup.svelte';

/** package.json version, written into every backup's envelope. */
export const APP_VERSION = __APP_VERSION__;

export const automaticBackups = new AutomaticBackups(platform, APP_VERSION);
