/**
 * What the backup panel does, apart from how it looks: export, open a file or an automatic backup,
 * read it through the hardened reader, preview it, restore it, export weekly totals as CSV. Every
 * outcome ends up in `notice` (shown where the user is) and nothing throws out of an action.
 */
import {
  BACKUP_OPEN_EXTENSIONS,
  describeCounts,
  MAX_BACKUP_BYTES,
  planMerge,
  previewBackup,
  readBackup,
  refusalSentence,
  weeklyTotalsCsv,
  weeklyTotalsFileName,
  type BackupPreview,
  type BackupRefusal,
  type MergePlan,
  type ValidBackup,
} from '@shared/backup';
import {
  exportBackup,
  readStoredKeys,
  type RestoreMode,
  type RestoreProgress,
} from '../../data/backup-repo';
import type { FoodCatalog } from '../../data/catalog.svelte';
import type { CobaltDb } from '../../data/db';
import { readPeople } from '../../data/household';
import { today } from '../../lib/dates';
import type { DailyBackupInfo, Platform } from '../../platform';
import type { OpenedBackup } from './opened-backups';
import { bundledFoodCheck, restoreAndRefresh } from './restore';

export type Notice =
  | { kind: 'ok'; title: string; detail: string | null }
  | { kind: 'error'; title: string; problems: string[]; more: number };

export interface PendingRestore {
  /** Where it came from: a file name or "the automatic backup of 2026-01-05". */
  source: string;
  backup: ValidBackup;
  preview: BackupPreview;
  merge: MergePlan;
}

export type Busy = 'export' | 'open' | 'restore' | 'csv' | null;

const JSON_FILTER = [{ name: 'Cobalt backup', extensions: [...BACKUP_OPEN_EXTENSIONS] }];
const CSV_FILTER = [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class BackupPanelState {
  busy = $state<Busy>(null);
  notice = $state<Notice | null>(null);
  pending = $state.raw<PendingRestore | null>(null);
  mode = $state<RestoreMode>('replace');
  dailies = $state.raw<DailyBackupInfo[]>([]);
  dailiesError = $state<string | null>(null);
  /** While a restore runs: rows written of all, then the totals. */
  progress = $state.raw<RestoreProgress | null>(null);

  readonly db: CobaltDb;
  readonly catalog: FoodCatalog;
  readonly platform: Platform;
  readonly appVersion: string;

  constructor(db: CobaltDb, catalog: FoodCatalog, platform: Platform, appVersion: string) {
    this.db = db;
    this.catalog = catalog;
    this.platform = platform;
    this.appVersion = appVersion;
  }

  async #run(busy: Exclude<Busy, null>, action: () => Promise<void>): Promise<void> {
    if (this.busy !== null) return;
    this.busy = busy;
    try {
      await action();
    } catch (error) {
      this.notice = {
        kind: 'error',
        title: `Something went wrong: ${message(error)}`,
        problems: [],
        more: 0,
      };
    } finally {
      this.busy = null;
    }
  }

  exportNow(): Promise<void> {
    return this.#run('export', async () => {
      const now = new Date();
      const exported = await exportBackup(this.db, {
        appVersion: this.appVersion,
        now,
        day: today(now),
      });
      // Prove the file restores before the user relies on it.
      const check = readBackup(exported.text, bundledFoodCheck(this.catalog));
      const saved = await this.platform.saveFile({
        suggestedName: exported.fileName,
        content: exported.text,
        filters: JSON_FILTER,
      });
      if (!saved.ok) {
        this.notice = { kind: 'error', title: saved.error.message, problems: [], more: 0 };
      } else if (saved.value.saved) {
        this.notice = check.ok
          ? {
              kind: 'ok',
              title: `Saved “${saved.value.fileName ?? exported.fileName}”.`,
              detail: `It holds ${describeCounts(exported.counts)}.`,
            }
          : this.#refusalNotice(
              check.refusal,
              'Saved, but this backup would not restore as it is. Please report this:',
            );
      }
    });
  }

  openFile(): Promise<void> {
    return this.#run('open', async () => {
      const opened = await this.platform.openFile({
        filters: JSON_FILTER,
        maxBytes: MAX_BACKUP_BYTES,
      });
      if (!opened.ok) {
        this.notice = {
          kind: 'error',
          title: `${opened.error.message} Nothing was changed.`,
          problems: [],
          more: 0,
        };
        return;
      }
      if (opened.value.canceled) return;
      await this.#load(opened.value.content, `“${opened.value.fileName}”`);
    });
  }

  /** A backup file opened with the app (desktop): previewed like one picked in the dialog. */
  receiveOpened(opened: OpenedBackup): Promise<void> {
    if (!opened.ok) {
      this.notice = {
        kind: 'error',
        title: `${opened.message} Nothing was changed.`,
        problems: [],
        more: 0,
      };
      return Promise.resolve();
    }
    return this.#run('open', () => this.#load(opened.file.content, `“${opened.file.fileName}”`));
  }

  openDaily(day: string): Promise<void> {
    return this.#run('open', async () => {
      const file = await this.platform.readBackup({ day });
      if (!file.ok) {
        this.notice = { kind: 'error', title: file.error.message, problems: [], more: 0 };
        return;
      }
      await this.#load(file.value.content, `the automatic backup of ${day}`);
    });
  }

  async #load(text: string, source: string): Promise<void> {
    this.pending = null;
    const read = readBackup(text, bundledFoodCheck(this.catalog));
    if (!read.ok) {
      this.notice = {
        kind: 'error',
        title: refusalSentence(source, read.refusal),
        problems: read.refusal.problems,
        more: read.refusal.problemCount - read.refusal.problems.length,
      };
      return;
    }
    const merge = planMerge(read.backup.data, await readStoredKeys(this.db));
    this.notice = null;
    this.mode = 'replace';
    this.pending = { source, backup: read.backup, preview: previewBackup(read.backup), merge };
  }

  #refusalNotice(refusal: BackupRefusal, lead: string): Notice {
    return {
      kind: 'error',
      title: `${lead} ${refusal.message}`,
      problems: refusal.problems,
      more: refusal.problemCount - refusal.problems.length,
    };
  }

  cancel(): void {
    this.pending = null;
  }

  confirm(): Promise<void> {
    const pending = this.pending;
    if (!pending) return Promise.resolve();
    return this.#run('restore', async () => {
      this.progress = { done: 0, total: 1, stage: 'rows' };
      const result = await restoreAndRefresh(
        this.db,
        this.catalog,
        pending.backup,
        this.mode,
        (p) => (this.progress = p),
      ).finally(() => (this.progress = null));
      if (!result.ok) {
        this.notice = { kind: 'error', title: result.message, problems: [], more: 0 };
        return;
      }
      this.pending = null;
      const { outcome } = result;
      const skipped = describeCounts(outcome.skipped);
      const detail = [
        outcome.mode === 'merge' && skipped !== 'nothing'
          ? `Kept your own ${skipped} where the backup had the same ids.`
          : null,
        result.catalogError === null
          ? null
          : `Your foods could not be reloaded (${result.catalogError}); restart Cobalt to see the restored custom foods.`,
      ]
        .filter((line) => line !== null)
        .join(' ');
      this.notice = {
        kind: 'ok',
        title:
          outcome.mode === 'replace'
            ? `Restored ${describeCounts(outcome.added)} from ${pending.source}.`
            : `Added ${describeCounts(outcome.added)} from ${pending.source}.`,
        detail: detail || null,
      };
      await this.loadDailies();
    });
  }

  exportCsv(): Promise<void> {
    return this.#run('csv', async () => {
      const [rows, people] = await Promise.all([
        this.db.weeklyTotals.toArray(),
        readPeople(this.db),
      ]);
      if (rows.length === 0) {
        this.notice = {
          kind: 'error',
          title: 'There are no weekly totals yet: plan some meals first.',
          problems: [],
          more: 0,
        };
        return;
      }
      const csv = weeklyTotalsCsv(
        rows,
        people.map((p) => ({ id: p.id, name: p.name })),
      );
      const saved = await this.platform.saveFile({
        suggestedName: weeklyTotalsFileName(today()),
        content: csv,
        filters: CSV_FILTER,
      });
      if (!saved.ok)
        this.notice = { kind: 'error', title: saved.error.message, problems: [], more: 0 };
      else if (saved.value.saved) {
        this.notice = {
          kind: 'ok',
          title: `Saved “${saved.value.fileName ?? 'weekly totals'}”.`,
          detail: `${rows.length.toLocaleString('en')} person-weeks, one row each.`,
        };
      }
    });
  }

  async loadDailies(): Promise<void> {
    if (!this.platform.automaticBackups) return;
    const listed = await this.platform.listBackups();
    if (listed.ok) {
      this.dailies = listed.value;
      this.dailiesError = null;
    } else {
      this.dailiesError = listed.error.message;
    }
  }
}
