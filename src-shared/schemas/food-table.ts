/**
 * The bundled food table file (`resources/foods/foods.json`): its meta record, its compact on-disk
 * encoding and the decoder that turns it back into validated `Food` rows.
 *
 * The table ships inside the app and is parsed at first run, so rows are positional arrays
 * (`FoodRowTuple`) and nutrients are arrays in `NUTRIENT_IDS` order; repeated strings (group names,
 * B12 reasons) are stored once. Every decoded row is checked with `foodSchema`, and a failure names
 * the food and the field so a damaged table can be traced to its row.
 *
 * Pure code: the generator (scripts/build-foods) uses `encodeFoodTable`, the app `decodeFoodTable`.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { NUTRIENT_IDS, type NutrientValues } from '../base/nutrients';
import { foodSchema, type DietFlags, type DietStatus, type Food, type Portion } from './food';

export const FOOD_TABLE_FORMAT = 'cobalt-food-table';
export const FOOD_TABLE_FORMAT_VERSION = 1;

export const droppedGroupSchema = lazySchema(() =>
  z.strictObject({
    code: z.string().min(1),
    name: z.string().min(1),
    foodCount: z.number().int().nonnegative(),
    reason: z.string().min(1),
  }),
);
export type DroppedGroup = z.infer<typeof droppedGroupSchema>;

export const foodTableMetaSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(FOOD_TABLE_FORMAT),
    formatVersion: z.literal(FOOD_TABLE_FORMAT_VERSION),
    /** Content hash: first 16 hex digits of `sha256` (changes whenever any row changes). */
    tableVersion: z.string().regex(/^[0-9a-f]{16}$/),
    /** SHA-256 of the compact JSON of the table body (everything in foods.json except `meta`). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    foodCount: z.number().int().nonnegative(),
    sr28FoodCount: z.number().int().nonnegative(),
    curatedFoodCount: z.number().int().nonnegative(),
    generatorVersion: z.string().min(1),
    citation: z.string().min(1),
    droppedGroups: z.array(droppedGroupSchema),
    /** The nutrient order of every row's nutrient array. */
    nutrientIds: z.array(z.string()),
    notes: z.array(z.string()),
  }),
);
export type FoodTableMeta = z.infer<typeof foodTableMetaSchema>;

/** Diet flags as three letters (vegan, vegetarian, pescatarian): y = yes, n = no, u = unknown. */
const DIET_LETTERS: Readonly<Record<DietStatus, string>> = { yes: 'y', no: 'n', unknown: 'u' };
const DIET_FROM_LETTER: Readonly<Record<string, DietStatus>> = { y: 'yes', n: 'no', u: 'unknown' };

/** Column order of one encoded row; the decoder's error messages use these names. */
export const FOOD_ROW_COLUMNS = [
  'id',
  'kind',
  'ndb',
  'description',
  'name', // null when equal to description
  'group',
  'nutrients', // NUTRIENT_IDS order
  'portions', // [amount, unit, grams] triples
  'diet', // "yyy"-style letters
  'b12', // null = credited, else index into b12Reasons
  'fortified', // 0 | 1
  'unitGrams',
  'note',
  'citation',
] as const;

export type FoodRowTuple = [
  id: string,
  kind: string,
  ndb: string | null,
  description: string,
  name: string | null,
  group: string,
  nutrients: (number | null)[],
  portions: [number, string, number][],
  diet: string,
  b12: number | null,
  fortified: 0 | 1,
  unitGrams: number | null,
  note: string | null,
  citation: string | null,
];

/** The table without its meta; `meta.sha256` is computed over `JSON.stringify` of this. */
/** The bundled foods' order everywhere in the app: by id, as the stored rows' primary key. */
export const compareRowIds = (a: FoodRowTuple, b: FoodRowTuple): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

export interface FoodTableBody {
  groups: Record<string, string>;
  b12Reasons: string[];
  columns: readonly string[];
  foods: FoodRowTuple[];
}

export interface FoodTableFile extends FoodTableBody {
  meta: FoodTableMeta;
}

export interface DecodedFoodTable {
  meta: FoodTableMeta;
  foods: Food[];
}

export type DecodeResult = { ok: true; value: DecodedFoodTable } | { ok: false; error: string };

/** Builds the compact body from full food records (used by the generator). */
export function encodeFoodTableBody(foods: readonly Food[]): FoodTableBody {
  const groups: Record<string, string> = {};
  const b12Reasons: string[] = [];
  const rows = foods.map((food): FoodRowTuple => {
    groups[food.group] = food.groupName;
    let reasonIndex: number | null = null;
    if (!food.b12.credited) {
      const reason = food.b12.reason ?? '';
      reasonIndex = b12Reasons.indexOf(reason);
      if (reasonIndex < 0) reasonIndex = b12Reasons.push(reason) - 1;
    }
    return [
      food.id,
      food.kind,
      food.ndb,
      food.description,
      food.name === food.description ? null : food.name,
      food.group,
      NUTRIENT_IDS.map((id) => food.nutrients[id]),
      food.portions.map((p): [number, string, number] => [p.amount, p.unit, p.grams]),
      (['vegan', 'vegetarian', 'pescatarian'] as const)
        .map((d) => DIET_LETTERS[food.diet[d]])
        .join(''),
      reasonIndex,
      food.fortified ? 1 : 0,
      food.unitGrams,
      food.note,
      food.citation,
    ];
  });
  const sortedGroups: Record<string, string> = {};
  for (const code of Object.keys(groups).sort()) sortedGroups[code] = groups[code] ?? '';
  return { groups: sortedGroups, b12Reasons, columns: FOOD_ROW_COLUMNS, foods: rows };
}

/** The exact text `meta.sha256` is computed over: the body's compact JSON, keys in this order. */
export function foodTableBodyJson(body: FoodTableBody): string {
  const { groups, b12Reasons, columns, foods } = body;
  return JSON.stringify({ groups, b12Reasons, columns, foods });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decodeDiet(value: unknown): DietFlags | string {
  if (typeof value !== 'string' || value.length !== 3) return 'diet';
  // Three direct lookups: spreading and mapping the string cost more than the rest of the row.
  const vegan = DIET_FROM_LETTER[value.charAt(0)];
  const vegetarian = DIET_FROM_LETTER[value.charAt(1)];
  const pescatarian = DIET_FROM_LETTER[value.charAt(2)];
  if (!vegan || !vegetarian || !pescatarian) return 'diet';
  return { vegan, vegetarian, pescatarian };
}

/** Every nutrient unknown: copied per row, so all rows share one object shape (fast to build). */
const NO_NUTRIENTS: Readonly<Record<string, null>> = Object.fromEntries(
  NUTRIENT_IDS.map((id) => [id, null]),
);

function decodeNutrients(value: unknown): NutrientValues | string {
  if (!Array.isArray(value) || value.length !== NUTRIENT_IDS.length) return 'nutrients';
  // Values are copied unchecked; foodSchema then names the nutrient that is wrong. A spread of a
  // template plus a loop is 4–6× faster than Object.fromEntries over 8,400 rows (bench/README.md).
  const nutrients: Record<string, unknown> = { ...NO_NUTRIENTS };
  for (let i = 0; i < NUTRIENT_IDS.length; i += 1) nutrients[NUTRIENT_IDS[i]!] = value[i];
  return nutrients as NutrientValues;
}

function decodePortions(value: unknown): Portion[] | string {
  if (!Array.isArray(value)) return 'portions';
  const portions: Portion[] = [];
  for (const [i, triple] of value.entries()) {
    if (!Array.isArray(triple) || triple.length !== 3) return `portions.${i}`;
    portions.push({ amount: triple[0], unit: triple[1], grams: triple[2] } as Portion);
  }
  return portions;
}

/** Human wording for the field rules foodSchema checks, keyed by the field's top-level name. */
const FIELD_RULES: Readonly<Record<string, string>> = {
  id: 'must be "sr:", "cur:" or "custom:" followed by letters, digits, ".", "_" or "-"',
  kind: 'must be food, supplement or injection',
  ndb: 'must be a 5-digit NDB number or null',
  description: 'must be text of 1 to 400 characters',
  name: 'must be text of 1 to 120 characters',
  group: 'must be a food group code of 1 to 16 characters',
  groupName: 'must be text of 1 to 80 characters',
  nutrients: 'must be a non-negative number or null',
  portions: 'must be a list of [amount > 0, unit text, grams > 0]',
  diet: 'must be three letters (vegan, vegetarian, pescatarian), each y, n or u',
  b12: 'must be null (credited) or the index of a reason in b12Reasons',
  fortified: 'must be 0 or 1',
  unitGrams: 'must be a positive number or null',
  note: 'must be text of at most 600 characters or null',
  citation: 'must be text of at most 600 characters or null',
};

function fieldError(path: string): string {
  const top = path.split('.')[0] ?? path;
  if (top === 'nutrients' && path === 'nutrients') {
    return `nutrients must be an array of ${NUTRIENT_IDS.length} values (non-negative numbers or null)`;
  }
  return `${path} ${FIELD_RULES[top] ?? 'is invalid'}`;
}

function describeRow(row: unknown, index: number): string {
  const id = Array.isArray(row) && typeof row[0] === 'string' ? row[0] : `#${index}`;
  const name = Array.isArray(row) && typeof row[3] === 'string' ? ` "${row[3]}"` : '';
  return `Food ${id}${name}`;
}

type RowResult = { ok: true; food: Food } | { ok: false; error: string };

/**
 * How much a decode checks. `validate` runs `foodSchema` on every row (the generator, and a shipped
 * file whose body does not match `meta.sha256`). `structure` checks only the encoding (row shape,
 * nutrient count, diet letters, indexes): for a body whose SHA-256 matches the one the generator
 * recorded after validating it (first run), and for the app's own snapshot of a table it stored
 * (warm start); ~10× faster.
 */
export type DecodeCheck = 'validate' | 'structure';

function decodeRow(
  row: unknown,
  index: number,
  groups: Record<string, string>,
  b12Reasons: readonly string[],
  check: DecodeCheck,
): RowResult {
  const fail = (path: string): RowResult => ({
    ok: false,
    error: `${describeRow(row, index)}: ${fieldError(path)}`,
  });
  if (!Array.isArray(row)) return { ok: false, error: `Food #${index}: row must be an array` };
  if (row.length !== FOOD_ROW_COLUMNS.length) {
    const missing = FOOD_ROW_COLUMNS[row.length];
    return {
      ok: false,
      error:
        `${describeRow(row, index)}: row has ${row.length} fields, expected ` +
        `${FOOD_ROW_COLUMNS.length}` +
        (missing && row.length < FOOD_ROW_COLUMNS.length ? ` (missing ${missing})` : ''),
    };
  }
  const [id, kind, ndb, description, name, group, nutrientsRaw, portionsRaw, dietRaw, b12Raw] =
    row as unknown[];
  const [fortifiedRaw, unitGrams, note, citation] = row.slice(10) as unknown[];

  const nutrients = decodeNutrients(nutrientsRaw);
  if (typeof nutrients === 'string') return fail(nutrients);
  const portions = decodePortions(portionsRaw);
  if (typeof portions === 'string') return fail(portions);
  const diet = decodeDiet(dietRaw);
  if (typeof diet === 'string') return fail(diet);
  let b12: Food['b12'];
  if (b12Raw === null) b12 = { credited: true, reason: null };
  else if (typeof b12Raw === 'number' && b12Reasons[b12Raw] !== undefined) {
    b12 = { credited: false, reason: b12Reasons[b12Raw] };
  } else return fail('b12');
  if (fortifiedRaw !== 0 && fortifiedRaw !== 1) return fail('fortified');
  if (typeof group !== 'string' || !Object.hasOwn(groups, group)) return fail('group');
  const source = typeof id === 'string' && id.startsWith('sr:') ? 'sr28' : 'curated';

  const candidate = {
    id,
    source,
    kind,
    ndb,
    description,
    name: name === null ? description : name,
    group,
    groupName: groups[group],
    nutrients,
    portions,
    diet,
    b12,
    fortified: fortifiedRaw === 1,
    unitGrams,
    note,
    citation,
  };
  if (check === 'structure') {
    if (typeof id !== 'string' || typeof description !== 'string') return fail('row');
    return { ok: true, food: candidate as Food };
  }
  const parsed = foodSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    // A nameless description makes the prefix unreadable; fall back to the row number then.
    return fail(path || 'row');
  }
  if (parsed.data.source === 'sr28' && parsed.data.id !== `sr:${parsed.data.ndb}`)
    return fail('ndb');
  return { ok: true, food: parsed.data };
}

/**
 * Decodes and validates the whole table (`check` 'structure': the meta record and the encoding
 * only, for a table whose body matches the checksum of the generator that validated it). Returns the first problem found, naming the food (id and
 * description) and the field, e.g. `Food sr:01001 "Butter, salted": nutrients.b12 must be a
 * non-negative number or null`.
 */
export function decodeFoodTable(json: unknown, check: DecodeCheck = 'validate'): DecodeResult {
  if (!isRecord(json)) return { ok: false, error: 'Food table must be a JSON object' };
  const meta = foodTableMetaSchema.safeParse(json.meta);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    return { ok: false, error: `Food table meta.${path} is invalid: ${issue?.message ?? ''}` };
  }
  if (meta.data.nutrientIds.join() !== NUTRIENT_IDS.join()) {
    return { ok: false, error: 'Food table meta.nutrientIds does not match this app’s nutrients' };
  }
  if (!Array.isArray(json.foods)) return { ok: false, error: 'Food table foods must be a list' };
  if (json.foods.length !== meta.data.foodCount) {
    return {
      ok: false,
      error: `Food table has ${json.foods.length} foods but meta.foodCount is ${meta.data.foodCount}`,
    };
  }
  const body = decodeFoodTableBody(json, check);
  return body.ok ? { ok: true, value: { meta: meta.data, foods: body.foods } } : body;
}

export type BodyDecodeResult = { ok: true; foods: Food[] } | { ok: false; error: string };

/**
 * Decodes one row of a body the app wrote itself and verified (food-snapshot.ts): the encoding is
 * checked, the values are not. Returns null for a row that is not a well-formed row.
 */
export function decodeTrustedRow(
  row: FoodRowTuple,
  groups: Record<string, string>,
  b12Reasons: readonly string[],
): Food | null {
  const result = decodeRow(row, 0, groups, b12Reasons, 'structure');
  return result.ok ? result.food : null;
}

/**
 * Decodes a table body (`groups`, `b12Reasons`, `foods`; what `foodTableBodyJson` writes) into
 * foods, checking as much as `check` says. Used for the shipped file and for the app's snapshot.
 */
export function decodeFoodTableBody(json: unknown, check: DecodeCheck): BodyDecodeResult {
  if (!isRecord(json)) return { ok: false, error: 'Food table must be a JSON object' };
  const groups = json.groups;
  if (!isRecord(groups) || !Object.values(groups).every((v) => typeof v === 'string')) {
    return { ok: false, error: 'Food table groups must map codes to names' };
  }
  const b12Reasons = json.b12Reasons;
  if (!Array.isArray(b12Reasons) || !b12Reasons.every((r) => typeof r === 'string')) {
    return { ok: false, error: 'Food table b12Reasons must be a list of text' };
  }
  if (!Array.isArray(json.foods)) return { ok: false, error: 'Food table foods must be a list' };

  const foods: Food[] = [];
  const seen = new Set<string>();
  for (const [index, row] of json.foods.entries()) {
    const result = decodeRow(
      row,
      index,
      groups as Record<string, string>,
      b12Reasons as string[],
      check,
    );
    if (!result.ok) return result;
    if (seen.has(result.food.id)) {
      return { ok: false, error: `${describeRow(row, index)}: id is used by an earlier food` };
    }
    seen.add(result.food.id);
    foods.push(result.food);
  }
  return { ok: true, foods };
}

/** Diet flags by their letters, shared between searchable rows (search only reads them). */
const DIETS = new Map<unknown, DietFlags | string>();
function sharedDiet(letters: unknown): DietFlags | string {
  let diet = DIETS.get(letters);
  if (diet === undefined) {
    diet = decodeDiet(letters);
    if (typeof letters === 'string') DIETS.set(letters, diet);
  }
  return diet;
}

/** The fields of a food that search reads (search/types.ts `SearchableFood`). */
export type SearchableFoodFields = Pick<
  Food,
  'id' | 'description' | 'name' | 'group' | 'groupName' | 'kind' | 'diet' | 'fortified' | 'source'
>;

/**
 * The searchable fields of a trusted row, as `decodeTrustedRow` would give them, without
 * decoding its nutrients and portions (a tenth of the work): what a cached search index is
 * matched against at start-up. Null for a row `decodeTrustedRow` would leave out for these fields.
 */
export function searchableOfTrustedRow(
  row: FoodRowTuple,
  groups: Record<string, string>,
): SearchableFoodFields | null {
  if (!Array.isArray(row) || row.length !== FOOD_ROW_COLUMNS.length) return null;
  const [id, kind, , description, name, group] = row;
  const diet = sharedDiet(row[8]);
  if (typeof diet === 'string' || typeof id !== 'string' || typeof description !== 'string') {
    return null;
  }
  if (typeof group !== 'string' || !Object.hasOwn(groups, group)) return null;
  return {
    id,
    description,
    name: name === null ? description : name,
    group,
    groupName: groups[group]!,
    kind: kind as Food['kind'],
    diet,
    fortified: row[10] === 1,
    source: id.startsWith('sr:') ? 'sr28' : 'curated',
  };
}
