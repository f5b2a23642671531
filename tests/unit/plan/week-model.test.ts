import { describe, expect, it } from 'vitest';
import { keepIdentity, stillPending, withPending } from '../../../src-renderer/src/session/pending';
import {
  buildWeekModel,
  cellKey,
  initials,
  type WeekModelInput,
} from '../../../src-renderer/src/features/plan/week-model';
import {
  badgeFor,
  badgeText,
  dayB12,
  weekSummaries,
} from '../../../src-renderer/src/features/plan/week-status';
import type { PlanWeekData } from '../../../src-renderer/src/data/plan-week';
import { DEFAULT_SETTINGS } from '../../../src-renderer/src/data/household-repo';
import { analyzePlannedWeek } from '@shared/domain/plan-analysis';
import { plannedItems } from '@shared/domain/plan-rows';
import { DEFAULT_MEAL_SLOTS, type PlanEntryRow, type RecurringRow } from '@shared/schemas/rows';
import { DATES, FOOD_MAP, FOODS, person, WEEK_START } from '../domain/fixtures';

const alex = person({ id: 'alex', name: 'Alex', diet: 'vegan' });
const sam = person({ id: 'sam', name: 'Sam', diet: 'vegan', sex: 'male' });

const row = (id: string, day: number, over: Partial<PlanEntryRow> = {}): PlanEntryRow => ({
  id,
  date: DATES[day]!,
  slotId: 'breakfast',
  order: 0,
  target: { kind: 'food', foodId: FOODS.soymilk.id },
  quantity: 250,
  unit: 'ml',
  grams: 256.8,
  eaters: 'all',
  ...over,
});
const daily: RecurringRow = {
  id: 'b12',
  target: { kind: 'food', foodId: FOODS.b12Tablet25.id },
  quantity: 1,
  unit: 'tablet',
  grams: 1,
  slotId: 'breakfast',
  eaters: ['alex'],
  weekdays: [1, 3, 5],
  startDate: DATES[0]!,
  endDate: null,
};

function input(entries: PlanEntryRow[], recurring: RecurringRow[] = [daily]): WeekModelInput {
  return {
    weekStart: WEEK_START,
    slots: DEFAULT_MEAL_SLOTS,
    people: [alex, sam],
    recipes: new Map(),
    entries,
    recurring,
    items: plannedItems(entries, recurring, DATES[0]!, DATES[6]!),
    problems: [],
    getFood: (id) => FOOD_MAP.get(id),
  };
}

describe('week model', () => {
  it('groups chips by day and meal, repeating ones first, with the amount as typed', () => {
    const { model } = buildWeekModel(
      input([
        row('a', 0),
        row('b', 2, { slotId: 'dinner', eaters: ['sam'], quantity: 1.5, unit: 'cup' }),
      ]),
    );
    const monday = model.cells.get(cellKey(DATES[0]!, 'breakfast'))!;
    expect(monday.map((c) => [c.name, c.amountText, c.repeatText, c.eaterInitials])).toEqual([
      ['B12 25 µg tablet', '1 tablet', 'Mon, Wed, Fri', 'A'],
      ['Soymilk, fortified', '250 ml', null, ''],
    ]);
    const dinner = model.cells.get(cellKey(DATES[2]!, 'dinner'))!;
    expect(dinner[0]).toMatchObject({
      amountText: '1.5 cups',
      eaterNames: 'Sam',
      eaterInitials: 'S',
    });
    expect(model.cells.get(cellKey(DATES[1]!, 'breakfast'))).toBeUndefined();
  });

  it('keeps a row for a meal slot that was removed but still has entries', () => {
    const { model } = buildWeekModel(input([row('a', 0, { slotId: 'elevenses' })], []));
    expect(model.slots.map((s) => s.id)).toEqual([
      ...DEFAULT_MEAL_SLOTS.map((s) => s.id),
      'elevenses',
    ]);
  });

  it('reuses unchanged chips and rebuilds only what changed', () => {
    const a = row('a', 0);
    const first = buildWeekModel(input([a, row('b', 1)]), null, ['ctx']);
    const changedB = row('b', 1, { quantity: 300 });
    const second = buildWeekModel(input([a, changedB]), first.cache, ['ctx']);
    const chipA = (m: typeof first) =>
      m.model.cells.get(cellKey(DATES[0]!, 'breakfast'))!.find((c) => c.id === 'a');
    const chipB = (m: typeof first) => m.model.cells.get(cellKey(DATES[1]!, 'breakfast'))![0]!;
    expect(chipA(second)).toBe(chipA(first));
    expect(chipB(second)).not.toBe(chipB(first));
    expect(chipB(second).amountText).toBe('300 ml');
    expect(second.model.dates).toBe(first.model.dates);
    // A different context (people renamed, recipes changed) rebuilds every chip.
    expect(chipA(buildWeekModel(input([a]), second.cache, ['other']))).not.toBe(chipA(first));
  });

  it('names a missing food instead of hiding the entry', () => {
    const { model } = buildWeekModel(
      input([row('a', 0, { target: { kind: 'food', foodId: 'sr:99999' } })], []),
    );
    expect(model.cells.get(cellKey(DATES[0]!, 'breakfast'))![0]).toMatchObject({
      name: 'Missing food sr:99999',
      subject: null,
    });
  });

  it('gives two letters to people whose names start alike', () => {
    const alice = person({ id: 'alice', name: 'Alice', diet: 'vegan' });
    expect([...initials([alex, alice, sam]).values()]).toEqual(['Al', 'Al', 'S']);
  });
});

describe('B12 badges and week summaries', () => {
  const analyse = (entries: PlanEntryRow[], recurring: RecurringRow[]) =>
    analyzePlannedWeek(WEEK_START, plannedItems(entries, recurring, DATES[0]!, DATES[6]!), {
      foods: FOOD_MAP,
      recipes: new Map(),
      people: [alex, sam],
      slots: DEFAULT_MEAL_SLOTS,
    }).analysis;

  it('a day is met, low or none per person; the badge shows the worst', () => {
    const days = dayB12(analyse([row('milk', 1)], [{ ...daily, weekdays: [1, 2] }]));
    // Monday: Alex takes 25 µg (met), Sam nothing: the day shows "none".
    expect(days[0]!.people.map((p) => p.status)).toEqual(['met', 'none']);
    expect(days[0]!.status).toBe('none');
    // Tuesday: Alex met, Sam only 250 ml soy milk (some B12, under target): "low".
    expect(days[1]!.people.map((p) => p.status)).toEqual(['met', 'low']);
    expect(days[1]!.status).toBe('low');
    expect(days[2]!.status).toBe('none');
    expect(badgeFor(undefined)).toBe('none');
    // The words count the people in the worst state when the household is mixed.
    expect(badgeText(days[0]!)).toBe('1 of 2 without B12');
    expect(badgeText(days[1]!)).toBe('1 of 2 B12 low');
    expect(badgeText(days[2]!)).toBe('No B12');
    expect(badgeText({ status: 'met', people: days[0]!.people.slice(0, 1) })).toBe('B12 met');
  });

  it('chips carry a short name, the dose of a supplement and the fortified mark', () => {
    const { model } = buildWeekModel(input([row('a', 0)]));
    const [tablet, milk] = model.cells.get(cellKey(DATES[0]!, 'breakfast'))!;
    expect(tablet).toMatchObject({ shortName: 'B12 tablet', dose: '25 µg', fortified: false });
    expect(milk).toMatchObject({ shortName: 'Soymilk, fortified', dose: null, fortified: true });
  });

  it('summarises each person’s week: absorbed B12, days met, strategy and key nutrients', () => {
    const [alexWeek, samWeek] = weekSummaries(
      analyse([row('milk', 1)], [{ ...daily, weekdays: [0, 1, 2, 3, 4, 5, 6] }]),
    );
    expect(alexWeek!.b12.daysMet).toBe(7);
    expect(alexWeek!.b12.status).toBe('met');
    expect(alexWeek!.strategy).toBe('a daily B12 supplement');
    expect(samWeek!.strategy).toBeNull();
    expect(samWeek!.b12.status).toBe('low');
    expect(samWeek!.gapCount).toBeGreaterThan(0);
    expect(samWeek!.entryCount).toBe(1);
    const [nobody] = weekSummaries(analyse([], []));
    expect(nobody).toMatchObject({
      entryCount: 0,
      strategy: null,
      b12: { status: 'none', absorbedUg: 0 },
    });
    const calcium = samWeek!.nutrients.find((n) => n.id === 'calcium')!;
    expect(calcium.percent).toBeGreaterThan(0);
    expect(calcium.percent).toBeLessThan(100);
  });
});

describe('pending edits', () => {
  const week: PlanWeekData = {
    weekStart: WEEK_START,
    settings: DEFAULT_SETTINGS,
    people: [],
    recipes: [],
    entries: [row('a', 0), row('b', 1)],
    recurring: [],
  };

  it('applies changes on top of the stored week, dropping rows moved out of it', () => {
    const shown = withPending(week, [
      { label: 'add', putEntries: [row('c', 2)] },
      { label: 'move out', putEntries: [row('a', 0, { date: '2024-03-20' })] },
      { label: 'delete', deleteEntries: ['b'] },
    ]);
    expect(shown.entries.map((e) => e.id)).toEqual(['c']);
    expect(withPending(week, [{ label: 'nothing' }]).entries).toBe(week.entries);
  });

  it('a pending change is shown until a read started after its commit arrives', () => {
    const saving = { change: { label: 'x' }, committedAfter: null };
    const committed = { change: { label: 'y' }, committedAfter: 3 };
    expect(stillPending([saving, committed], 3)).toEqual([saving, committed]);
    expect(stillPending([saving, committed], 4)).toEqual([saving]);
  });

  it('a fresh read keeps the objects of unchanged rows', () => {
    const reread: PlanWeekData = JSON.parse(
      JSON.stringify({ ...week, entries: [...week.entries, row('c', 2)] }),
    );
    const kept = keepIdentity(week, reread);
    expect(kept.entries[0]).toBe(week.entries[0]);
    expect(kept.entries[2]).toBe(reread.entries[2]);
    expect(kept.settings).toBe(week.settings);
    const same = keepIdentity(week, JSON.parse(JSON.stringify(week)));
    expect(same.entries).toBe(week.entries);
  });
});
