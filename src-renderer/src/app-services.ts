/**
 * What the app runs beside its screens once it is ready: automatic backups, backup files opened
 * with the desktop app, the print menu commands, the request for persistent storage and the
 * removal of retired records. Loaded by
 * App.svelte after start-up, so that the backup machinery, the desktop bridge's contracts and their
 * schemas are not evaluated on the start path (issue 18).
 */
import type { CobaltDb } from './data/db';
import type { Router } from './lib/router.svelte';
import { automaticBackups, openedBackups } from './features/backup/automatic-backups';
import { startMenuCommands } from './features/print/print-commands';
import { platform } from './platform';
import { storagePersistence } from './data/storage-persistence.svelte';
import { dropRetiredRecords } from './data/food-table-repo';

/** Starts them; the returned function stops what has a stop (the menu commands). */
export function startAppServices(db: CobaltDb, router: Router): () => void {
  automaticBackups.start(db);
  // Desktop: backup files opened with Cobalt show up in People & settings' backup panel.
  openedBackups.start(() => router.go('people'));
  // The search index earlier builds kept in the database: unused since it ships with the table.
  void dropRetiredRecords(db).catch(() => undefined);
  // Ask the engine not to evict the database (Electron grants it to our origin only).
  void storagePersistence.request();
  // Desktop: File ▸ Print… / Save as PDF… (and CmdOrCtrl+P) from the application menu.
  return startMenuCommands(platform);
}
