import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  planMerge,
  previewBackup,
  totalRows,
  type StoredKeys,
} from '@shared/backup';
import { sampleData, sampleEntry } from './sample-data';

const noKeys = () =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, new Set<string>()])) as unknown as StoredKeys;

describe('restore preview', () => {
  it('counts rows per table, spans plan and recurring dates and lists people in order', () => {
    const data = sampleData();
    data.people.reverse();
    const preview = previewBackup({
      formatVersion: 2,
      appVersion: '0.1.0',
      createdAt: '2026-01-12T09:30:00.000Z',
      data,
    });
    expect(preview).toEqual({
      counts: {
        people: 2,
        customFoods: 1,
        recipes: 1,
        planEntries: 3,
        recurring: 1,
        settings: 1,
        shoppingChecks: 1,
        shoppingItems: 1,
      },
      planDates: { from: '2026-01-01', to: '2026-01-11' },
      peopleNames: ['Ana', 'Ben, “the cook”'],
      appVersion: '0.1.0',
      createdAt: '2026-01-12T09:30:00.000Z',
      formatVersion: 2,
      upgraded: false,
    });
    expect(totalRows(preview.counts)).toBe(11);
  });

  it('has no date range for a backup without plans', () => {
    const data = { ...sampleData(), planEntries: [], recurring: [] };
    expect(
      previewBackup({ formatVersion: 2, appVersion: 'x', createdAt: 'y', data }).planDates,
    ).toBeNull();
  });
});

describe('merge planning', () => {
  it('adds everything into an empty database', () => {
    const plan = planMerge(sampleData(), noKeys());
    expect(plan.add).toEqual(sampleData());
    expect(totalRows(plan.skipped)).toBe(0);
  });

  it('keeps stored rows whose id clashes and counts them as skipped', () => {
    const stored = noKeys();
    stored.planEntries = new Set(['e1', 'e3', 'unrelated']);
    stored.settings = new Set(['app']);
    stored.shoppingChecks = new Set(['2026-01-05..2026-01-11\u0000food:sr:16139']);
    const data = sampleData();
    data.planEntries.push(sampleEntry('e4', '2026-01-06'));
    const plan = planMerge(data, stored);
    expect(plan.add.planEntries.map((e) => e.id)).toEqual(['e2', 'e4']);
    expect(plan.add.settings).toEqual([]);
    expect(plan.add.shoppingChecks).toEqual([]);
    expect(plan.skipped).toMatchObject({
      planEntries: 2,
      settings: 1,
      shoppingChecks: 1,
      people: 0,
    });
    expect(plan.added).toMatchObject({ planEntries: 2, people: 2, settings: 0 });
  });
});

describe('describing counts', () => {
  it('lists the non-empty tables in plain words', async () => {
    const { describeCounts, describeBytes } = await import('@shared/backup');
    const counts = {
      ...previewBackup({ formatVersion: 2, appVersion: 'x', createdAt: 'y', data: sampleData() })
        .counts,
    };
    expect(describeCounts(counts)).toBe(
      '2 people, 1 custom food, 1 recipe, 3 plan entries, 1 recurring entry, 1 set of settings, 1 shopping check mark and 1 shopping list item',
    );
    const none = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as typeof counts;
    expect(describeCounts(none)).toBe('nothing');
    expect(describeCounts({ ...none, planEntries: 1200 })).toBe('1,200 plan entries');
    expect(describeCounts({ ...none, people: 1, recipes: 2 })).toBe('1 person and 2 recipes');
    expect(describeBytes(1536)).toBe('1.5 KB');
    expect(describeBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
