/**
 * Reviewed diet overrides: foods whose derived status (diet-rules.ts) is wrong or can be made
 * firmer. Each entry was checked against its SR28 description and says why. `diet` letters are
 * vegan, vegetarian, pescatarian: y = yes, n = no, u = unknown. The generator fails if an entry's
 * description no longer matches SR28, so an override cannot drift onto another food.
 */
export interface DietOverride {
  ndb: string;
  /** The SR28 Long_Desc, verbatim. */
  description: string;
  diet: `${'y' | 'n' | 'u'}${'y' | 'n' | 'u'}${'y' | 'n' | 'u'}`;
  reason: string;
  /**
   * Set when the food's own data (cholesterol, lactose, EPA/DHA, LanguaL facets: diet-evidence.ts)
   * suggests an animal ingredient that review found is not there: why the evidence is not decisive
   * for this food. Without it such a contradiction fails the build.
   */
  acceptsEvidence?: string;
}

export const DIET_OVERRIDES: readonly DietOverride[] = [
  {
    ndb: '31019',
    description: 'Seaweed, Canadian Cultivated EMI-TSUNOMATA, dry',
    diet: 'yyy',
    reason: 'A red seaweed (Chondrus, tsunomata), dried: nothing else.',
    acceptsEvidence:
      'Red algae make cholesterol as their main sterol, so its 33 mg/100 g is no sign of an ' +
      'animal ingredient.',
  },
  {
    ndb: '11118',
    description: 'Cabbage, kimchi',
    diet: 'uuy',
    reason: 'Kimchi is usually seasoned with fish sauce or salted shrimp; vegan kimchi exists.',
  },
  {
    ndb: '42178',
    description: 'Mayonnaise, made with tofu',
    diet: 'uyy',
    reason: 'Tofu replaces egg; SR28 does not say whether any egg remains.',
  },
  {
    ndb: '04029',
    description: 'Salad dressing, mayonnaise, imitation, soybean without cholesterol',
    diet: 'uyy',
    reason: 'No egg yolk ("without cholesterol"), but egg white is possible.',
  },
  ...(['thin', 'medium', 'thick'] as const).map((thickness, i): DietOverride => ({
    ndb: `0616${5 + i}`,
    description: `Sauce, homemade, white, ${thickness}`,
    diet: 'nyy',
    reason: 'Homemade white sauce (béchamel) is milk, butter and flour.',
  })),
  {
    ndb: '27000',
    description: 'Soup, egg drop, Chinese restaurant',
    diet: 'nnn',
    reason: 'Chinese-restaurant egg drop soup is egg in chicken broth.',
  },
  {
    ndb: '27001',
    description: 'Soup, hot and sour, Chinese restaurant',
    diet: 'nnn',
    reason:
      'Chinese-restaurant hot and sour soup is made with chicken or pork stock, usually with pork.',
  },
  {
    ndb: '27002',
    description: 'Soup, wonton, Chinese restaurant',
    diet: 'nnn',
    reason: 'Wontons are filled with pork (often with shrimp) and served in chicken broth.',
  },
  {
    ndb: '27049',
    description: 'Sauce, tartar, ready-to-serve',
    diet: 'nyy',
    reason: 'Tartar sauce is mayonnaise (egg) with pickles; it is served with fish but holds none.',
  },
  {
    ndb: '06618',
    description: 'Sauce, peanut, made from coconut, water, sugar, peanuts',
    diet: 'yyy',
    reason: 'The description lists every ingredient: coconut, water, sugar, peanuts.',
  },
  {
    ndb: '27059',
    description: 'Sauce, peanut, made from peanut butter, water, soy sauce',
    diet: 'yyy',
    reason: 'The description lists every ingredient: peanut butter, water, soy sauce.',
  },
  {
    ndb: '16172',
    description: 'Refried beans, canned, fat-free',
    diet: 'yyy',
    reason: 'Fat-free refried beans cannot contain lard, the only animal ingredient of the dish.',
  },
  {
    ndb: '35143',
    description: 'Tortilla, includes plain and from mutton sandwich (Navajo)',
    diet: 'uuu',
    reason: 'The tortilla itself has no mutton, but Navajo tortillas may be made with lard.',
  },
  {
    ndb: '21347',
    description: "McDONALD'S, NEWMAN'S OWN Creamy Caesar Dressing",
    diet: 'nny',
    reason: 'Caesar dressing: anchovy, cheese and egg, no meat.',
  },
  {
    ndb: '14557',
    description: 'Beverages, chocolate-flavor beverage mix for milk, powder, with added nutrients',
    diet: 'uyy',
    reason: 'A powder to stir into milk: "for milk" does not mean it contains milk.',
  },
];
