/**
 * The generator: deterministic output, the SR28 file quirks, and — where shared/data/sr28 exists
 * — regeneration that reproduces the committed files byte for byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFoodTable } from '@shared/schemas/food-table';
import { generateFoodTable } from '../../../scripts/build-foods/generate';
import { foodsDir, hasSr28, sr28Dir } from './committed-table';
import { writeSr28Fixture } from './sr28-fixture';

const FILES = ['foods.json', 'meta.json', 'SOURCES.md', 'food-index.bin'];
const tempDirs: string[] = [];

/** Generates into a fresh temp dir and returns that dir. */
function generateInto(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'foods-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(generateFoodTable(source).files)) {
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('generateFoodTable on a small SR28 fixture', () => {
  const fixture = writeSr28Fixture();
  tempDirs.push(fixture);

  it('is deterministic: two runs give byte-identical files', () => {
    const first = generateInto(fixture);
    const second = generateInto(fixture);
    for (const name of FILES) {
      expect(readFileSync(join(first, name)).equals(readFileSync(join(second, name)))).toBe(true);
    }
  });

  it('reads the SR28 format: preferences, IU fallback, unknowns, portions, dropped groups', () => {
    const result = decodeFoodTable(
      JSON.parse(String(generateFoodTable(fixture).files['foods.json'] ?? '')),
    );
    if (!result.ok) throw new Error(result.error);
    const byId = new Map(result.value.foods.map((f) => [f.id, f]));
    expect(byId.has('sr:03999')).toBe(false); // Baby Foods dropped
    const cheese = byId.get('sr:01999');
    expect(cheese?.nutrients.b12).toBe(1.65);
    expect(cheese?.nutrients.vitaminD).toBe(0.5); // 20 IU / 40
    expect(cheese?.nutrients.protein).toBeNull();
    expect(cheese?.portions.map((p) => p.unit)).toEqual(['oz', 'cup, diced']); // Seq order
    expect(cheese?.diet).toEqual({ vegan: 'no', vegetarian: 'yes', pescatarian: 'yes' });
    expect(byId.get('sr:12999')?.nutrients.ala).toBe(22.813);
    expect(byId.get('sr:15999')?.nutrients.ala).toBe(0.148);
    expect(byId.get('sr:15999')?.diet).toEqual({
      vegan: 'no',
      vegetarian: 'no',
      pescatarian: 'yes',
    });
    expect(result.value.meta.sr28FoodCount).toBe(3);
    expect(result.value.meta.droppedGroups).toEqual([
      expect.objectContaining({ code: '0300', name: 'Baby Foods', foodCount: 1 }),
    ]);
  });
});

describe('generateFoodTable on the real SR28 release', () => {
  it.skipIf(!hasSr28)(
    'reproduces the committed resources/foods files byte for byte (needs ../shared/data/sr28)',
    () => {
      const generated = generateInto(sr28Dir);
      for (const name of FILES) {
        const same = readFileSync(join(generated, name)).equals(readFileSync(join(foodsDir, name)));
        expect(same, `${name} differs from a fresh generation: run npm run build:foods`).toBe(true);
      }
    },
    30_000,
  );
});
