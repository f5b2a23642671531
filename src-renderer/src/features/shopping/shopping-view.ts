/** Small display helpers for the shopping screen and its print layout. */
import type { PersonProfile } from '@shared/schemas/profile';

/** "Ann", "Ann and Bo", "Ann, Bo and Cy"; "" for nobody. */
export function householdNames(people: readonly PersonProfile[]): string {
  const names = people.map((p) => p.name);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Needed: 452 g" for a line's tooltip. */
export function neededText(grams: number | null): string {
  if (grams === null) return '';
  return grams >= 1000
    ? `Needed: ${(grams / 1000).toFixed(2)} kg`
    : `Needed: ${Math.round(grams)} g`;
}
