/**
 * The text of the shipped food table, foods.json: ordinary JSON (any JSON reader takes it, and
 * seeding parses it whole), laid out one row per line so that a regenerated table diffs row by
 * row, and so that a start can take the rows without parsing them: `splitFoodTableText` parses
 * only the head (meta, groups, B12 reasons, columns) and cuts the rest into row lines, each parsed
 * when its food is first read (food-map.ts). Parsing the whole 2.2 MB file was 25-35 ms of the
 * warm start's main thread, right before the first render (bench/README.md, fourth pass).
 *
 * Every character outside ASCII is written as a `\u` escape: the same JSON, but the browser
 * decodes ASCII bytes and parses a one-byte string faster.
 *
 * Type-only imports: the app evaluates this before anything else (shipped-table.ts).
 */
import type { FoodRowTuple, FoodTableBody, FoodTableMeta } from './food-table';

/** JSON text with every character outside ASCII written as a `\u` escape. */
export function asciiJson(text: string): string {
  return text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The line before the rows; the rows end with the line `]}`. */
const ROWS_OPEN = '"foods":[';
const ROWS_CLOSE = ']}';

/** foods.json's text for a table: its head, then one row per line. */
export function foodTableText(meta: FoodTableMeta, body: FoodTableBody): string {
  const lines = [
    `{"meta":${JSON.stringify(meta)},`,
    `"groups":${JSON.stringify(body.groups)},`,
    `"b12Reasons":${JSON.stringify(body.b12Reasons)},`,
    `"columns":${JSON.stringify(body.columns)},`,
    ROWS_OPEN,
    body.foods.map((row) => JSON.stringify(row)).join(',\n'),
    ROWS_CLOSE,
  ];
  return asciiJson(`${lines.join('\n')}\n`);
}

/** A table's rows by position, each parsed when first read. */
export interface TableRows {
  readonly length: number;
  /** The row at a position; undefined past the end, or for a line that is not a row. */
  at(position: number): FoodRowTuple | undefined;
  /** The row's id, read without parsing the row. */
  idAt(position: number): string | undefined;
}

/** Rows already parsed. */
export function rowArray(rows: readonly FoodRowTuple[]): TableRows {
  return { length: rows.length, at: (i) => rows[i], idAt: (i) => rows[i]?.[0] };
}

/** The same rows in another order: position i is `rows`' position `order[i]`. */
export function reorderedRows(rows: TableRows, order: readonly number[]): TableRows {
  return {
    length: order.length,
    at: (i) => (i < order.length ? rows.at(order[i]!) : undefined),
    idAt: (i) => (i < order.length ? rows.idAt(order[i]!) : undefined),
  };
}

/** Row lines, parsed on first read and kept (their ids too, read without parsing the row). */
function lineRows(lines: readonly string[]): TableRows {
  const parsed: (FoodRowTuple | null | undefined)[] = new Array(lines.length);
  const at = (i: number): FoodRowTuple | undefined => {
    let row = parsed[i];
    if (row === undefined && i >= 0 && i < lines.length) {
      try {
        const value: unknown = JSON.parse(lines[i]!);
        row = Array.isArray(value) ? (value as FoodRowTuple) : null;
      } catch {
        row = null;
      }
      parsed[i] = row;
    }
    return row ?? undefined;
  };
  const ids: (string | undefined)[] = new Array(lines.length);
  const readId = (i: number): string | undefined => {
    const line = lines[i];
    if (line === undefined) return undefined;
    // `["sr:01001",…`: ids are plain ASCII; one with an escape in it is read by parsing the row.
    const end = line.indexOf('"', 2);
    const id = line.startsWith('["') && end > 2 ? line.slice(2, end) : null;
    if (id !== null && !id.includes('\\')) return id;
    const row = at(i);
    return typeof row?.[0] === 'string' ? row[0] : undefined;
  };
  const idAt = (i: number): string | undefined => (ids[i] ??= readId(i));
  return { length: lines.length, at, idAt };
}

/** The table's head as parsed, and its rows in file order. */
export interface SplitFoodTable {
  /** `meta`, `groups`, `b12Reasons` and `columns`, unchecked; `foods` is empty. */
  readonly head: Record<string, unknown>;
  readonly rows: TableRows;
}

/**
 * foods.json's text split as `foodTableText` lays it out; text laid out otherwise is parsed whole.
 * Null when it is not JSON, or not an object with a list of foods.
 */
export function splitFoodTableText(text: string): SplitFoodTable | null {
  try {
    const open = text.indexOf(`\n${ROWS_OPEN}\n`);
    const close = text.lastIndexOf(`\n${ROWS_CLOSE}`);
    if (open >= 0 && close > open && text.slice(close + 1).trim() === ROWS_CLOSE) {
      const head: unknown = JSON.parse(`${text.slice(0, open + 1)}"foods":[]}`);
      const body = text.slice(open + ROWS_OPEN.length + 2, close);
      const lines = body === '' ? [] : body.split(',\n');
      if (typeof head === 'object' && head !== null) {
        return { head: head as Record<string, unknown>, rows: lineRows(lines) };
      }
    }
    const whole: unknown = JSON.parse(text);
    if (typeof whole !== 'object' || whole === null) return null;
    const { foods, ...head } = whole as Record<string, unknown>;
    if (!Array.isArray(foods)) return null;
    return { head: { ...head, foods: [] }, rows: rowArray(foods as FoodRowTuple[]) };
  } catch {
    return null;
  }
}
