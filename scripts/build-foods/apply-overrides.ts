/** Looks up a reviewed diet override (diet-overrides.ts) and checks it still fits its food. */
import type { DietFlags, DietStatus } from '@shared/schemas/food';
import { DIET_OVERRIDES, type DietOverride } from './diet-overrides';

const STATUS: Readonly<Record<string, DietStatus>> = { y: 'yes', n: 'no', u: 'unknown' };

const byNdb = new Map<string, DietOverride>();
for (const entry of DIET_OVERRIDES) {
  if (byNdb.has(entry.ndb)) throw new Error(`diet-overrides.ts: NDB ${entry.ndb} is listed twice`);
  byNdb.set(entry.ndb, entry);
}

/** The reviewed override entry for a food, or undefined. */
export function dietOverrideEntry(ndb: string): DietOverride | undefined {
  return byNdb.get(ndb);
}

export function dietOverrideFor(ndb: string, description: string): DietFlags | null {
  const entry = byNdb.get(ndb);
  if (!entry) return null;
  // An override reviewed for one description must not silently apply to a different food.
  if (entry.description !== description) {
    throw new Error(
      `diet-overrides.ts: NDB ${ndb} is "${description}" in SR28, not "${entry.description}"`,
    );
  }
  const [vegan, vegetarian, pescatarian] = [...entry.diet].map((c) => STATUS[c] ?? 'unknown');
  return {
    vegan: vegan ?? 'unknown',
    vegetarian: vegetarian ?? 'unknown',
    pescatarian: pescatarian ?? 'unknown',
  };
}
