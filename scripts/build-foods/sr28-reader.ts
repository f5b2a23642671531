/**
 * Reads the SR28 ASCII release (USDA ARS 2015): `^`-separated fields, text wrapped in `~`,
 * windows-1252 bytes, CRLF lines (see shared/data/sr28/README.md and sr28_doc.pdf pp. 29-37).
 * Only the files and fields the food table needs are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SrFood {
  ndb: string;
  group: string;
  longDesc: string;
  shortDesc: string;
  commonName: string;
  manufacturer: string;
}

export interface SrWeight {
  seq: number;
  amount: number;
  unit: string;
  grams: number;
}

export interface Sr28Data {
  groups: Map<string, string>;
  foods: SrFood[];
  /** ndb → (Nutr_No → Nutr_Val as written in the file, e.g. "0.850"). */
  nutrients: Map<string, Map<string, string>>;
  weights: Map<string, SrWeight[]>;
  /** ndb → LanguaL factor codes. */
  langual: Map<string, string[]>;
  langualNames: Map<string, string>;
}

const decoder = new TextDecoder('windows-1252');

/** Splits a file into rows of fields with the `~` quotes removed. */
export function readSrFile(dir: string, file: string): string[][] {
  const text = decoder.decode(readFileSync(join(dir, file)));
  const rows: string[][] = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    rows.push(line.split('^').map(unquote));
  }
  return rows;
}

function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('~') && field.endsWith('~')
    ? field.slice(1, -1)
    : field;
}

function field(row: readonly string[], index: number): string {
  return row[index] ?? '';
}

/**
 * Reads NUT_DATA (36 MB) keeping only the wanted nutrients. It scans the text once with indexOf
 * instead of splitting every line into 18 fields, which keeps a full read to well under a second.
 */
function readNutrients(dir: string, wanted: ReadonlySet<string>): Map<string, Map<string, string>> {
  const text = readFileSync(join(dir, 'NUT_DATA.txt'), 'latin1');
  const byFood = new Map<string, Map<string, string>>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\r\n', start);
    if (end < 0) end = text.length;
    // Line layout: ~NDB_No~^~Nutr_No~^Nutr_Val^...
    const a = text.indexOf('^', start);
    const b = text.indexOf('^', a + 1);
    const c = text.indexOf('^', b + 1);
    if (a > start && b > a && c > b && c < end) {
      const nutr = unquote(text.slice(a + 1, b));
      if (wanted.has(nutr)) {
        const ndb = unquote(text.slice(start, a));
        let values = byFood.get(ndb);
        if (!values) byFood.set(ndb, (values = new Map()));
        values.set(nutr, text.slice(b + 1, c));
      }
    }
    start = end + 2;
  }
  return byFood;
}

export function readSr28(dir: string, wantedNutrients: ReadonlySet<string>): Sr28Data {
  const groups = new Map(readSrFile(dir, 'FD_GROUP.txt').map((r) => [field(r, 0), field(r, 1)]));
  const foods = readSrFile(dir, 'FOOD_DES.txt').map((r): SrFood => ({
    ndb: field(r, 0),
    group: field(r, 1),
    longDesc: field(r, 2),
    shortDesc: field(r, 3),
    commonName: field(r, 4),
    manufacturer: field(r, 5),
  }));
  const weights = new Map<string, SrWeight[]>();
  for (const r of readSrFile(dir, 'WEIGHT.txt')) {
    const ndb = field(r, 0);
    const list = weights.get(ndb) ?? [];
    list.push({
      seq: Number(field(r, 1)),
      amount: Number(field(r, 2)),
      unit: field(r, 3),
      grams: Number(field(r, 4)),
    });
    weights.set(ndb, list);
  }
  for (const list of weights.values()) list.sort((x, y) => x.seq - y.seq);
  const langual = new Map<string, string[]>();
  for (const r of readSrFile(dir, 'LANGUAL.txt')) {
    const ndb = field(r, 0);
    const list = langual.get(ndb) ?? [];
    list.push(field(r, 1));
    langual.set(ndb, list);
  }
  const langualNames = new Map(
    readSrFile(dir, 'LANGDESC.txt').map((r) => [field(r, 0), field(r, 1)]),
  );
  return {
    groups,
    foods,
    nutrients: readNutrients(dir, wantedNutrients),
    weights,
    langual,
    langualNames,
  };
}
