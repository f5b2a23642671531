/**
 * Plan edits as `PlanChange`s: the one code path behind every way of editing the plan (quick add,
 * mouse, keyboard, drag and drop, undo). Pure: rows in, a change out; ids come from `newId`.
 */
import { addDays, daysBetween } from '@shared/base/dates';
import type { Eaters, EntryTarget, PlanEntryRow, RecurringRow } from '@shared/schemas/rows';
import type { PlanChange } from './plan-repo';

export type NewId = () => string;
export const randomId: NewId = () => crypto.randomUUID();

/** An amount as parsed from what the user typed (domain/amount.ts). */
export interface EnteredAmount {
  readonly quantity: number;
  readonly unit: string;
  readonly grams: number;
}

/** Where a planned item comes from: a plan entry, or one day's occurrence of a recurring entry. */
export type ItemSource =
  | { readonly kind: 'entry'; readonly row: PlanEntryRow }
  | { readonly kind: 'recurring'; readonly row: RecurringRow; readonly date: string };

export const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

export interface NewItem {
  readonly date: string;
  readonly slotId: string;
  readonly target: EntryTarget;
  readonly amount: EnteredAmount;
  readonly eaters: Eaters;
  /** Weekdays to repeat on (0 = Sunday), or null for a one-off entry. */
  readonly repeat: readonly number[] | null;
  /** Display name, for the change's label. */
  readonly name: string;
}

/** The order after the last entry of a cell (day and slot). */
export function nextOrder(entries: readonly PlanEntryRow[], date: string, slotId: string): number {
  let max = -1;
  for (const e of entries)
    if (e.date === date && e.slotId === slotId && e.order > max) max = e.order;
  return max + 1;
}

export function addChange(item: NewItem, order: number, newId: NewId = randomId): PlanChange {
  const fields = { target: item.target, ...item.amount, slotId: item.slotId, eaters: item.eaters };
  if (item.repeat === null) {
    return {
      label: `Add ${item.name}`,
      putEntries: [{ id: newId(), date: item.date, order, ...fields }],
    };
  }
  return {
    label: `Repeat ${item.name}`,
    putRecurring: [
      {
        id: newId(),
        ...fields,
        weekdays: [...new Set(item.repeat)].sort((a, b) => a - b),
        startDate: item.date,
        endDate: null,
      },
    ],
  };
}

export function amountChange(source: ItemSource, amount: EnteredAmount, name: string): PlanChange {
  const label = `Change ${name} to ${amount.quantity} ${amount.unit}`;
  return source.kind === 'entry'
    ? { label, putEntries: [{ ...source.row, ...amount }] }
    : { label, putRecurring: [{ ...source.row, ...amount }] };
}

export function eatersChange(source: ItemSource, eaters: Eaters, name: string): PlanChange {
  const label = `Change who eats ${name}`;
  return source.kind === 'entry'
    ? { label, putEntries: [{ ...source.row, eaters }] }
    : { label, putRecurring: [{ ...source.row, eaters }] };
}

/**
 * Deletes an entry. For a repeating entry there is no per-day exception, so deleting one day's
 * occurrence ends the series from that day on (the days before stay planned as they were).
 */
export function deleteChange(source: ItemSource, name: string): PlanChange {
  if (source.kind === 'entry') return { label: `Delete ${name}`, deleteEntries: [source.row.id] };
  if (source.date <= source.row.startDate) {
    return { label: `Delete repeating ${name}`, deleteRecurring: [source.row.id] };
  }
  return {
    label: `Stop repeating ${name} from ${source.date}`,
    putRecurring: [{ ...source.row, endDate: addDays(source.date, -1) }],
  };
}

export function moveChange(
  row: PlanEntryRow,
  date: string,
  slotId: string,
  order: number,
  name: string,
): PlanChange {
  return { label: `Move ${name}`, putEntries: [{ ...row, date, slotId, order }] };
}

/** A one-off copy of an entry or of one occurrence of a repeating entry. */
export function copyChange(
  source: ItemSource,
  date: string,
  slotId: string,
  order: number,
  name: string,
  newId: NewId = randomId,
): PlanChange {
  const { target, quantity, unit, grams, eaters } = source.row;
  return {
    label: `Copy ${name}`,
    putEntries: [{ id: newId(), date, slotId, order, target, quantity, unit, grams, eaters }],
  };
}

/** Copies the plan entries of `entries` shifted by `days`, after what the target days hold. */
function shifted(
  entries: readonly PlanEntryRow[],
  days: number,
  existing: readonly PlanEntryRow[],
  newId: NewId,
): PlanEntryRow[] {
  const offset = existing.reduce((max, e) => Math.max(max, e.order), -1) + 1;
  return entries.map((e) => ({
    ...e,
    id: newId(),
    date: addDays(e.date, days),
    order: offset + e.order,
  }));
}

/** Copies one day's plan entries (repeating entries already repeat) to another day. */
export function copyDayChange(
  dayEntries: readonly PlanEntryRow[],
  fromDate: string,
  toDate: string,
  existingOnTarget: readonly PlanEntryRow[],
  newId: NewId = randomId,
): PlanChange {
  const entries = dayEntries.filter((e) => e.date === fromDate);
  return {
    label: `Copy ${fromDate} to ${toDate}`,
    putEntries: shifted(entries, daysBetween(fromDate, toDate), existingOnTarget, newId),
  };
}

/** Copies a week's plan entries to each of the next `weeks` weeks. */
export function copyWeekChange(
  weekEntries: readonly PlanEntryRow[],
  weekStart: string,
  weeks: number,
  existingAfter: readonly PlanEntryRow[],
  newId: NewId = randomId,
): PlanChange {
  const end = addDays(weekStart, 6);
  const entries = weekEntries.filter((e) => e.date >= weekStart && e.date <= end);
  const putEntries: PlanEntryRow[] = [];
  for (let k = 1; k <= weeks; k++)
    putEntries.push(...shifted(entries, 7 * k, existingAfter, newId));
  return {
    label: weeks === 1 ? 'Copy the week forward' : `Copy the week to the next ${weeks} weeks`,
    putEntries,
  };
}

/** Makes an entry repeat on `weekdays` from its day on, or changes a repeating entry's days. */
export function repeatChange(
  source: ItemSource,
  weekdays: readonly number[],
  name: string,
  newId: NewId = randomId,
): PlanChange {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (source.kind === 'recurring') {
    return {
      label: `Repeat ${name} on other days`,
      putRecurring: [{ ...source.row, weekdays: days }],
    };
  }
  const { target, quantity, unit, grams, eaters, slotId, date } = source.row;
  return {
    label: `Repeat ${name}`,
    deleteEntries: [source.row.id],
    putRecurring: [
      {
        id: newId(),
        target,
        quantity,
        unit,
        grams,
        eaters,
        slotId,
        weekdays: days,
        startDate: date,
        endDate: null,
      },
    ],
  };
}

/** "every day", "weekdays", "Mon, Wed, Fri". */
export function describeWeekdays(days: readonly number[]): string {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const set = new Set(days);
  if (set.size === 7) return 'every day';
  if (set.size === 5 && [1, 2, 3, 4, 5].every((d) => set.has(d))) return 'weekdays';
  return [...set]
    .sort((a, b) => a - b)
    .map((d) => names[d])
    .join(', ');
}
