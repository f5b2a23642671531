import { describe, expect, it } from 'vitest';
import { ok, fail } from '@shared/ipc/result';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import { readBackupData } from '../../../src-renderer/src/data/backup-repo';
import type { Platform } from '../../../src-renderer/src/platform/types';
import { AutomaticBackups } from '../../../src-renderer/src/features/backup/auto-backup.svelte';
import { BackupPanelState } from '../../../src-renderer/src/features/backup/backup-panel.svelte';
import { makeFood } from '../../helpers/foods';
import { backupText } from '../../unit/backup/helpers';
import { fill, snapshot } from '../../unit/backup/repo-scenarios';
import { BUNDLED_IDS, sampleData, sampleEntry } from '../../unit/backup/sample-data';
import { useFreshBrowserDbs } from '../../helpers/db-browser';

const freshDb = useFreshBrowserDbs('backup-panel');

function catalogWithBundled(): FoodCatalog {
  const catalog = new FoodCatalog();
  catalog.set([...BUNDLED_IDS].map((id) => makeFood(id, { nutrients: { energy: 50, b12: 1 } })));
  return catalog;
}

/** A host whose dialogs return what the test says and which records what was saved. */
function fakePlatform(opened: string, kind: 'desktop' | 'web' = 'desktop') {
  const saved: { name: string; content: string }[] = [];
  const written: { day: string; content: string }[] = [];
  let failWrites = false;
  const platform = {
    kind,
    automaticBackups: kind === 'desktop',
    appInfo: async () => fail('internal', 'unused'),
    saveFile: async ({ suggestedName, content }: { suggestedName: string; content: string }) => {
      saved.push({ name: suggestedName, content });
      return ok({ saved: true, fileName: suggestedName });
    },
    openFile: async () =>
      ok({
        canceled: false as const,
        fileName: 'backup.json',
        content: opened,
        bytes: opened.length,
      }),
    print: () => {},
    savePdf: async () => ok({ saved: false, fileName: null }),
    writeDailyBackup: async ({ day, content }: { day: string; content: string }) => {
      if (failWrites) return fail('io', 'Could not save the automatic backup (ENOSPC).');
      written.push({ day, content });
      return ok({
        status: 'written' as const,
        fileName: `cobalt-${day}.json`,
        bytes: content.length,
        removed: 0,
      });
    },
    listBackups: async () =>
      ok(
        written.map((w) => ({
          fileName: `cobalt-${w.day}.json`,
          day: w.day,
          bytes: w.content.length,
        })),
      ),
    readBackup: async ({ day }: { day: string }) => {
      const file = written.find((w) => w.day === day);
      return file
        ? ok({
            fileName: `cobalt-${day}.json`,
            day,
            bytes: file.content.length,
            content: file.content,
          })
        : fail('io', `There is no automatic backup for ${day}.`);
    },
  } as unknown as Platform;
  return { platform, saved, written, failWrites: () => (failWrites = true) };
}

describe('the backup panel’s actions', () => {
  it('a damaged file is refused with its specific problems, and nothing is written', async () => {
    const db = freshDb();
    await fill(db, sampleData());
    const before = await snapshot(db);
    const damaged = backupText().replace('"grams":243', '"grams":243,"__proto__":{"x":1}');
    const panel = new BackupPanelState(
      db,
      catalogWithBundled(),
      fakePlatform(damaged).platform,
      '0.1.0',
    );
    await panel.openFile();
    expect(panel.pending).toBeNull();
    expect(panel.notice).toEqual({
      kind: 'error',
      title: expect.stringMatching(
        /^Cannot restore “backup\.json”\. The file contains keys named “__proto__”.*Nothing was changed\.$/,
      ),
      problems: ['data.planEntries[0] has the key “__proto__”.'],
      more: 0,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a good file is previewed, then replaces everything and the weekly totals are recomputed', async () => {
    const db = freshDb();
    await fill(db, { ...sampleData(), planEntries: [sampleEntry('old', '2025-03-03')] });
    const panel = new BackupPanelState(
      db,
      catalogWithBundled(),
      fakePlatform(backupText()).platform,
      '0.1.0',
    );
    await panel.openFile();
    expect(panel.notice).toBeNull();
    expect(panel.pending?.preview).toMatchObject({
      counts: { planEntries: 3, people: 2 },
      planDates: { from: '2026-01-01', to: '2026-01-11' },
      peopleNames: ['Ana', 'Ben, “the cook”'],
    });
    expect(panel.pending?.merge.skipped).toMatchObject({ people: 2, planEntries: 0 });
    await panel.confirm();
    expect(panel.notice).toMatchObject({
      kind: 'ok',
      title: expect.stringMatching(/^Restored 2 people, .* from “backup\.json”\.$/),
    });
    expect((await readBackupData(db)).planEntries.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    // Recomputed from the restored plan: the weeks of 5 and 11 January, for both people.
    const weeks = (await db.weeklyTotals.toArray())
      .map((r) => `${r.personId} ${r.weekStart}`)
      .sort();
    expect(weeks).toEqual(['p-ana 2026-01-05', 'p-ben 2026-01-05']);
  });

  it('a backup opened with the app (double click, second launch) is previewed, not restored', async () => {
    const db = freshDb();
    await fill(db, { ...sampleData(), planEntries: [sampleEntry('old', '2025-03-03')] });
    const panel = new BackupPanelState(
      db,
      catalogWithBundled(),
      fakePlatform('').platform,
      '0.1.0',
    );
    const content = backupText();
    await panel.receiveOpened({
      ok: true,
      file: { fileName: 'family.cobalt', content, bytes: content.length },
    });
    expect(panel.notice).toBeNull();
    expect(panel.pending?.source).toBe('“family.cobalt”');
    expect(panel.pending?.preview).toMatchObject({ counts: { planEntries: 3, people: 2 } });
    // Nothing changes until the user confirms.
    expect((await readBackupData(db)).planEntries.map((e) => e.id)).toEqual(['old']);

    await panel.receiveOpened({ ok: false, message: '“huge.cobalt” is 30.0 MB, over the limit.' });
    expect(panel.notice).toMatchObject({
      kind: 'error',
      title: '“huge.cobalt” is 30.0 MB, over the limit. Nothing was changed.',
    });
    await panel.receiveOpened({ ok: true, file: { fileName: 'x.cobalt', content: '{', bytes: 1 } });
    expect(panel.notice).toMatchObject({
      kind: 'error',
      title: expect.stringMatching(/^Cannot restore “x\.cobalt”\./),
    });
    expect((await readBackupData(db)).planEntries.map((e) => e.id)).toEqual(['old']);
  });

  it('exports a backup that restores, and says what it holds', async () => {
    const db = freshDb();
    await fill(db, sampleData());
    const host = fakePlatform('');
    const panel = new BackupPanelState(db, catalogWithBundled(), host.platform, '0.1.0');
    await panel.exportNow();
    expect(host.saved).toHaveLength(1);
    expect(host.saved[0]!.name).toMatch(/^cobalt-backup-\d{4}-\d{2}-\d{2}\.cobalt$/);
    expect(panel.notice).toMatchObject({
      kind: 'ok',
      detail: expect.stringMatching(/^It holds 2 people, .*3 plan entries/),
    });
  });

  it('exports weekly totals as CSV, or says there are none yet', async () => {
    const db = freshDb();
    const host = fakePlatform('');
    const panel = new BackupPanelState(db, catalogWithBundled(), host.platform, '0.1.0');
    await panel.exportCsv();
    expect(panel.notice).toMatchObject({
      kind: 'error',
      title: expect.stringMatching(/no weekly totals yet/),
    });
    await fill(db, sampleData());
    const { refreshAllWeeks } = await import('../../../src-renderer/src/data/weekly-totals-repo');
    await refreshAllWeeks(db, catalogWithBundled().byId);
    await panel.exportCsv();
    expect(host.saved[0]!.name).toMatch(/^cobalt-weekly-totals-.*\.csv$/);
    const lines = host.saved[0]!.content.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Person,Week starting,Week ending,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Ana,2026-01-05,2026-01-11,/);
    expect(lines[2]).toMatch(/^"Ben, “the cook”",2026-01-05,2026-01-11,/);
  });
});

describe('automatic daily backups', () => {
  it('back up once per day, again when the date changes, and report failures', async () => {
    const db = freshDb();
    await fill(db, sampleData());
    const host = fakePlatform('');
    let now = new Date(2026, 0, 12, 9, 0);
    const auto = new AutomaticBackups(host.platform, '0.1.0', () => now);
    await auto.runIfDue(db);
    await auto.runIfDue(db);
    expect(host.written.map((w) => w.day)).toEqual(['2026-01-12']);
    expect(auto.lastDay).toBe('2026-01-12');
    now = new Date(2026, 0, 13, 0, 5);
    await auto.runIfDue(db);
    expect(host.written.map((w) => w.day)).toEqual(['2026-01-12', '2026-01-13']);

    // What was written is a full backup the panel can restore from the list.
    const panel = new BackupPanelState(db, catalogWithBundled(), host.platform, '0.1.0');
    await panel.loadDailies();
    expect(panel.dailies.map((d) => d.day)).toEqual(['2026-01-12', '2026-01-13']);
    await panel.openDaily('2026-01-13');
    expect(panel.pending?.source).toBe('the automatic backup of 2026-01-13');

    host.failWrites();
    now = new Date(2026, 0, 14, 8, 0);
    await auto.runIfDue(db);
    expect(auto.lastError).toBe('Could not save the automatic backup (ENOSPC).');
    expect(auto.lastDay).toBe('2026-01-13');
  });

  it('write nothing while the database is empty, so good backups are not rotated out', async () => {
    const db = freshDb();
    const host = fakePlatform('');
    const auto = new AutomaticBackups(host.platform, '0.1.0', () => new Date(2026, 0, 12, 9, 0));
    await auto.runIfDue(db);
    expect(host.written).toEqual([]);
    expect(auto.lastError).toBeNull();
  });

  it('do nothing in the browser build', async () => {
    const host = fakePlatform('', 'web');
    const auto = new AutomaticBackups(host.platform, '0.1.0');
    const stop = auto.start(freshDb());
    stop();
    expect(host.written).toEqual([]);
  });
});
