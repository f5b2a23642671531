/**
 * SR28 food groups left out of the bundled table, with the reason shown in meta.json and
 * SOURCES.md. Every other group is kept, including Fast Foods, Restaurant Foods, Meals/Entrees
 * and American Indian/Alaska Native Foods, which people do eat and plan with.
 */
export interface DroppedGroupRule {
  code: string;
  reason: string;
}

export const DROPPED_GROUPS: readonly DroppedGroupRule[] = [
  {
    code: '0300',
    reason:
      'Baby Foods (strained and junior purées, infant and toddler formulas) are left out, ' +
      'infant formula included. Cobalt’s targets start at age 1 (reference/nutrition.md §1a ' +
      'begins at 1–3 y), so it has no targets for the infants these products are made for; ' +
      'older children eat ordinary foods, which the table has. The 367 rows would mostly ' +
      'duplicate ordinary foods in search ("Babyfood, carrots, strained").',
  },
];
