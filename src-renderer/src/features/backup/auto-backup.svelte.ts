/**
 * Automatic daily backups (desktop): on start-up, and whenever the local date has changed while
 * Cobalt stays open, export everything and hand it to main, which keeps the first backup of each
 * day and the newest 14 days. Nothing is written while the database is empty. The web build has
 * no folder for this and does nothing.
 */
import { totalRows } from '@shared/backup';
import { exportBackup } from '../../data/backup-repo';
import type { CobaltDb } from '../../data/db';
import { today } from '../../lib/dates';
import type { Platform } from '../../platform';

/** How often to look whether the date changed (cheap: a string comparison). */
const CHECK_EVERY_MS = 10 * 60 * 1000;
/** The start-up backup waits this long so it never competes with the first screen. */
const FIRST_RUN_DELAY_MS = 5_000;

export class AutomaticBackups {
  /** The day of the last backup handed to main this session (written or already there). */
  lastDay = $state<string | null>(null);
  /** Why the last attempt failed, for the settings panel; null after a success. */
  lastError = $state<string | null>(null);
  #running = false;
  #timer: ReturnType<typeof setInterval> | null = null;
  #first: ReturnType<typeof setTimeout> | null = null;
  readonly platform: Platform;
  readonly appVersion: string;
  readonly now: () => Date;

  constructor(platform: Platform, appVersion: string, now: () => Date = () => new Date()) {
    this.platform = platform;
    this.appVersion = appVersion;
    this.now = now;
  }

  /** Starts the daily schedule; returns a stop function. Does nothing where unsupported. */
  start(db: CobaltDb): () => void {
    if (!this.platform.automaticBackups || this.#timer !== null) return () => {};
    this.#first = setTimeout(() => void this.runIfDue(db), FIRST_RUN_DELAY_MS);
    this.#timer = setInterval(() => void this.runIfDue(db), CHECK_EVERY_MS);
    return () => {
      if (this.#first !== null) clearTimeout(this.#first);
      if (this.#timer !== null) clearInterval(this.#timer);
      this.#first = null;
      this.#timer = null;
    };
  }

  /** Backs up once for today unless that already happened this session. */
  async runIfDue(db: CobaltDb): Promise<void> {
    const now = this.now();
    const day = today(now);
    if (this.#running || day === this.lastDay) return;
    this.#running = true;
    try {
      const { text, counts } = await exportBackup(db, { appVersion: this.appVersion, now, day });
      // An empty database (first run, or data lost) must not rotate good backups out of the folder.
      if (totalRows(counts) === 0) {
        this.lastDay = day;
        return;
      }
      const result = await this.platform.writeDailyBackup({ day, content: text });
      if (result.ok) {
        this.lastDay = day;
        this.lastError = null;
      } else {
        this.lastError = result.error.message;
      }
    } catch (error) {
      this.lastError = `The automatic backup failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.#running = false;
    }
  }
}
