/**
 * Generates the bundled food table from the SR28 ASCII files: `foods.json` (the table, with its
 * meta), `meta.json` (the meta alone, for a cheap version check), `SOURCES.md`, and the search
 * index over the table (`food-index.bin`, src-shared/search/shipped-index.ts). Deterministic:
 * the same input gives byte-identical files (rows sorted by id, no clock, no randomness).
 */
import { createHash } from 'node:crypto';
import type { Food } from '@shared/schemas/food';
import {
  decodeFoodTable,
  encodeFoodTableBody,
  foodTableBodyJson,
  FOOD_TABLE_FORMAT,
  FOOD_TABLE_FORMAT_VERSION,
  type FoodTableFile,
  type FoodTableMeta,
} from '@shared/schemas/food-table';
import { shippedIndexFile } from '@shared/search/shipped-index';
import { foodTableText } from '@shared/schemas/food-table-text';
import { NUTRIENT_IDS } from '@shared/base/nutrients';
import { readSr28 } from './sr28-reader';
import { nutrientValuesFor, wantedSrNumbers } from './nutrient-values';
import { emptyBuildNotes, EVIDENCE_SR_NUMBERS, srFoodRecord, type BuildNotes } from './sr-food';
import { curatedFoods } from './curated';
import { fortifiedProducts } from './fortified-products';
import { withIodine } from './iodine-values';
import { DROPPED_GROUPS } from './dropped-groups';
import { sourcesMarkdown } from './sources-md';

export const GENERATOR_VERSION = '1.0.0';
export const SR28_CITATION =
  'U.S. Department of Agriculture, Agricultural Research Service, USDA National Nutrient ' +
  'Database for Standard Reference, Release 28 (2015), public domain.';

export interface GeneratedFiles {
  /** Text files, and the search index over the table (food-index.bin, index-file.ts). */
  files: Record<string, string | Uint8Array>;
  meta: FoodTableMeta;
  notes: BuildNotes;
}

/** Throws with the decoder's message (food and field named) when the table does not validate. */
export function assertValidFoodTable(json: unknown): void {
  const result = decodeFoodTable(json);
  if (!result.ok) throw new Error(`Invalid food table: ${result.error}`);
}

export function generateFoodTable(sr28Dir: string): GeneratedFiles {
  const sr = readSr28(sr28Dir, new Set([...wantedSrNumbers(), ...EVIDENCE_SR_NUMBERS]));
  const dropped = new Set(DROPPED_GROUPS.map((g) => g.code));
  const notes: BuildNotes = emptyBuildNotes();
  const srFoods: Food[] = [];
  for (const food of sr.foods) {
    if (dropped.has(food.group)) continue;
    const nutrients = nutrientValuesFor(food.ndb, sr.nutrients.get(food.ndb));
    srFoods.push(withIodine(srFoodRecord(food, sr, nutrients, notes)));
  }
  const curated = [...curatedFoods(), ...fortifiedProducts()];
  // SR28 rows by NDB number, then curated rows in their listed order (strengths ascending).
  srFoods.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const foods = [...srFoods, ...curated];

  const body = encodeFoodTableBody(foods);
  const sha256 = createHash('sha256').update(foodTableBodyJson(body)).digest('hex');
  const meta: FoodTableMeta = {
    format: FOOD_TABLE_FORMAT,
    formatVersion: FOOD_TABLE_FORMAT_VERSION,
    tableVersion: sha256.slice(0, 16),
    sha256,
    foodCount: foods.length,
    sr28FoodCount: srFoods.length,
    curatedFoodCount: curated.length,
    generatorVersion: GENERATOR_VERSION,
    citation: SR28_CITATION,
    droppedGroups: DROPPED_GROUPS.map((g) => ({
      code: g.code,
      name: sr.groups.get(g.code) ?? g.code,
      foodCount: sr.foods.filter((f) => f.group === g.code).length,
      reason: g.reason,
    })),
    nutrientIds: [...NUTRIENT_IDS],
    notes: [
      'Nutrients are per 100 g edible portion; null means SR28 has no value (unknown), not zero.',
      'Supplements and injections use a nominal 1 g per unit (unitGrams), so per-100 g = 100 × per unit.',
      `Vitamin D is SR28 nutrient 328 (µg); for ${notes.vitaminDFromIu.length} foods without it, 324 (IU) / 40.`,
      'Selenium is SR28 nutrient 317 (µg). SR28 has no iodine: published values for the foods that carry most of it, null elsewhere (SOURCES.md).',
      'Diet status and B12 reliability are derived; see SOURCES.md.',
      `B12 added (578) is set to B12 (418) for ${notes.b12OnlyAdded.length} foods whose B12 can ` +
        'only have been added (no animal ingredient); see SOURCES.md.',
    ],
  };
  const tableText = foodTableText(meta, body);
  assertValidFoodTable(JSON.parse(tableText));
  const unresolved = notes.contradictions.filter((c) => c.resolution === null);
  if (unresolved.length > 0) {
    throw new Error(
      `${unresolved.length} diet contradiction(s) unresolved: a reviewed override says "yes" ` +
        "where the food's own data shows an animal ingredient. Fix the override or give it " +
        `acceptsEvidence:\n${unresolved.map((c) => `  NDB ${c.ndb} ${c.description}: ${c.was}; ${c.evidence}`).join('\n')}`,
    );
  }
  return {
    meta,
    notes,
    files: {
      'foods.json': tableText,
      'food-index.bin': shippedIndexFile(JSON.parse(tableText) as FoodTableFile),
      'meta.json': `${JSON.stringify(meta, null, 2)}\n`,
      'SOURCES.md': sourcesMarkdown({ meta, notes, curated, srFoods }),
    },
  };
}
