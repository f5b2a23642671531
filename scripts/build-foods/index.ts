/**
 * `npm run build:foods -- [path to sr28]`: regenerates resources/foods/ from the SR28 ASCII files
 * (default ../shared/data/sr28 relative to the repository root). Exits non-zero, naming the food
 * and field, when the generated table does not validate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFoodTable } from './generate';
import { contradictionReport } from './sources-md';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sr28Dir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data', 'sr28'));
const outDir = join(repoRoot, 'resources', 'foods');

try {
  const started = performance.now();
  const { files, meta, notes } = generateFoodTable(sr28Dir);
  console.log(contradictionReport(notes).join('\n'));
  console.log(
    `B12 that can only have been added (crystalline, fortified): ${notes.b12OnlyAdded.length} foods.`,
  );
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${meta.foodCount} foods (${meta.sr28FoodCount} SR28, ${meta.curatedFoodCount} curated), ` +
      `table version ${meta.tableVersion}, to ${outDir} in ${seconds} s`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
