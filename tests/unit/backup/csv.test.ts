import { describe, expect, it } from 'vitest';
import { TARGET_NUTRIENT_IDS } from '@shared/domain';
import { csvField, csvText, weeklyTotalsCsv, weeklyTotalsHeader } from '@shared/backup/csv';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';

function totals(personId: string, weekStart: string, b12Value: number): WeeklyTotalsRow {
  const nutrients = Object.fromEntries(
    TARGET_NUTRIENT_IDS.map((id) => [
      id,
      { value: 0, coverage: null, target: null, daysMet: null },
    ]),
  ) as WeeklyTotalsRow['nutrients'];
  nutrients.b12 = { value: b12Value, coverage: 0.875, target: 16.8, daysMet: null };
  nutrients.magnesium = { value: 2205.4, coverage: 1, target: 2240, daysMet: 5 };
  nutrients.epaDha = { value: 0.125, coverage: 0.5, target: 1.75, daysMet: 0 };
  return {
    personId,
    weekStart,
    entryCount: 21,
    totalGrams: 9876.5,
    nutrients,
    b12: { ingestedUg: b12Value, absorbedUg: 7.456, absorbedTargetUg: 8.4, daysMet: 6 },
  };
}

/** Minimal RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

describe('weekly totals CSV', () => {
  const people = [
    { id: 'p2', name: 'Ben, "the cook"' },
    { id: 'p1', name: '=HYPERLINK("http://x")' },
  ];
  const rows = [
    totals('p1', '2026-01-12', 20.25),
    totals('p2', '2026-01-05', 4),
    totals('p1', '2026-01-05', 14),
  ];
  const records = parseCsv(weeklyTotalsCsv(rows, people));
  const header = records[0]!;
  const column = (record: string[], name: string) => record[header.indexOf(name)];

  it('has one row per person-week, in household order then by week, with CRLF line ends', () => {
    expect(records).toHaveLength(4);
    expect(weeklyTotalsCsv(rows, people)).toMatch(/^[^\n]*\r\n/);
    expect(records.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Ben, "the cook"', '2026-01-05', '2026-01-11'],
      ['\'=HYPERLINK("http://x")', '2026-01-05', '2026-01-11'],
      ['\'=HYPERLINK("http://x")', '2026-01-12', '2026-01-18'],
    ]);
    expect(records.every((r) => r.length === header.length)).toBe(true);
  });

  it('puts units in the headers and values in canonical units at display precision', () => {
    expect(header).toContain('Vitamin B12 (µg)');
    expect(header).toContain('Magnesium (mg)');
    expect(header).toContain('Omega-3 EPA + DHA (g)');
    const ana = records[3]!;
    expect(column(ana, 'Vitamin B12 (µg)')).toBe('20.3');
    expect(column(ana, 'Vitamin B12 % of target')).toBe('121');
    expect(column(ana, 'Vitamin B12 known share of food (%)')).toBe('88');
    expect(column(ana, 'Magnesium (mg)')).toBe('2205');
    expect(column(ana, 'Magnesium days target met (of 7)')).toBe('5');
    expect(column(ana, 'Omega-3 EPA + DHA (g)')).toBe('0.13');
    expect(column(ana, 'Omega-3 EPA + DHA % of target')).toBe('7');
    expect(column(ana, 'Food eaten (g)')).toBe('9877');
  });

  it('leaves unknowns empty rather than writing 0', () => {
    const ana = records[3]!;
    expect(column(ana, 'Iron % of target')).toBe('');
    expect(column(ana, 'Iron known share of food (%)')).toBe('');
    expect(column(ana, 'Iron days target met (of 7)')).toBe('');
  });

  it('reports absorbed B12 against its own target', () => {
    const ana = records[3]!;
    expect(column(ana, 'B12 absorbed (µg)')).toBe('7.46');
    expect(column(ana, 'B12 absorbed % of target')).toBe('89');
    expect(column(ana, 'B12 absorbed days target met (of 7)')).toBe('6');
  });

  it('is just the header when there are no totals yet', () => {
    expect(weeklyTotalsCsv([], people)).toBe(`${weeklyTotalsHeader().map(csvField).join(',')}\r\n`);
  });

  it('names a person who was removed by id', () => {
    expect(parseCsv(weeklyTotalsCsv([totals('gone', '2026-01-05', 1)], []))[1]![0]).toBe(
      '(removed person gone)',
    );
  });
});

describe('CSV escaping (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+43 555')).toBe("'+43 555");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('-2')).toBe("'-2");
    expect(csvText('Ana')).toBe('Ana');
  });
});
