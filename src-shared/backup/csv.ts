/**
 * Weekly totals per person as CSV for a dietitian: one row per person and week, units in the
 * headers (a comment line is not standard CSV), RFC 4180 quoting, CRLF line ends. Numbers use a
 * dot and no thousands separators so spreadsheets in any locale can parse them.
 */
import { addDays } from '../base/dates';
import { nutrientLabel } from '../domain/format';
import { NUTRIENTS } from '../base/nutrients';
import { TARGET_NUTRIENT_IDS, type TargetNutrientId } from '../base/target-types';
import type { WeeklyTotalsRow } from '../schemas/weekly-totals';

export interface CsvPerson {
  id: string;
  name: string;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading
 * apostrophe (OWASP "CSV injection"), so a person named "=HYPERLINK(…)" stays a name.
 */
export function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

export function csvLine(fields: readonly string[]): string {
  return fields.join(',');
}

const unitOf = (id: TargetNutrientId) => (id === 'epaDha' ? 'g' : NUTRIENTS[id].unit);
const precisionOf = (id: TargetNutrientId) => (id === 'epaDha' ? 2 : NUTRIENTS[id].precision);

function fixed(value: number | null, digits: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function percentOf(value: number, target: number | null): string {
  return target === null || target <= 0 ? '' : String(Math.round((value / target) * 100));
}

export function weeklyTotalsHeader(): string[] {
  const header = ['Person', 'Week starting', 'Week ending', 'Planned entries', 'Food eaten (g)'];
  for (const id of TARGET_NUTRIENT_IDS) {
    const label = nutrientLabel(id);
    header.push(
      `${label} (${unitOf(id)})`,
      `${label} weekly target (${unitOf(id)})`,
      `${label} % of target`,
      `${label} days target met (of 7)`,
      `${label} known share of food (%)`,
    );
  }
  header.push(
    'B12 ingested (µg)',
    'B12 absorbed (µg)',
    'B12 absorbed weekly target (µg)',
    'B12 absorbed % of target',
    'B12 absorbed days target met (of 7)',
  );
  return header;
}

export function weeklyTotalsCsv(
  rows: readonly WeeklyTotalsRow[],
  people: readonly CsvPerson[],
): string {
  const order = new Map(people.map((p, i) => [p.id, i]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const sorted = [...rows].sort(
    (a, b) =>
      (order.get(a.personId) ?? people.length) - (order.get(b.personId) ?? people.length) ||
      a.personId.localeCompare(b.personId) ||
      a.weekStart.localeCompare(b.weekStart),
  );
  const lines = [csvLine(weeklyTotalsHeader().map(csvField))];
  for (const row of sorted) {
    const fields = [
      csvText(names.get(row.personId) ?? `(removed person ${row.personId})`),
      row.weekStart,
      addDays(row.weekStart, 6),
      String(row.entryCount),
      fixed(row.totalGrams, 0),
    ];
    for (const id of TARGET_NUTRIENT_IDS) {
      // Rows stored before a nutrient was added (iodine, selenium) have no entry: blank cells.
      const n = row.nutrients[id] as WeeklyTotalsRow['nutrients'][typeof id] | undefined;
      if (n === undefined) {
        fields.push('', '', '', '', '');
        continue;
      }
      fields.push(
        fixed(n.value, precisionOf(id)),
        fixed(n.target, precisionOf(id)),
        percentOf(n.value, n.target),
        n.daysMet === null ? '' : String(n.daysMet),
        n.coverage === null ? '' : String(Math.round(n.coverage * 100)),
      );
    }
    fields.push(
      fixed(row.b12.ingestedUg, 1),
      fixed(row.b12.absorbedUg, 2),
      fixed(row.b12.absorbedTargetUg, 2),
      percentOf(row.b12.absorbedUg, row.b12.absorbedTargetUg),
      row.b12.daysMet === null ? '' : String(row.b12.daysMet),
    );
    lines.push(csvLine(fields));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** "cobalt-weekly-totals-2026-01-05.csv" for the day the file is made. */
export function weeklyTotalsFileName(day: string): string {
  return `cobalt-weekly-totals-${day}.csv`;
}
