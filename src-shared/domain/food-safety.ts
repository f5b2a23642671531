/**
 * Safety rules for what Cobalt proposes: foods that suggestions and "close the gaps" never offer,
 * for everyone or for a life stage, each with its reason and source. They are data (SAFETY_RULES):
 * a rule names the people it applies to and the foods it matches (by SR28 food group and
 * description). They only govern what Cobalt *proposes*; a user can still add any food by hand.
 *
 * Life stages follow the sources: pregnancy and lactation from the profile; under 18 for caffeine
 * (AAP 2011; EFSA 2015 gives no safe level for adolescents beyond 3 mg/kg); the groups at higher
 * risk of food poisoning for raw animal foods and sprouts are pregnant people, adults 65 and older
 * and children under 5 (FoodSafety.gov, "People at Risk of Food Poisoning").
 */
import type { Food } from '../schemas/food';

/** What the rules read about a person. */
export interface SafetyPerson {
  readonly ageYears: number;
  readonly pregnancy: 'none' | 'pregnant' | 'lactating';
}

export type LifeStage = 'pregnant' | 'lactating' | 'under18' | 'under5' | 'age65plus';

export type SafetyRuleId =
  | 'energyDrinks'
  | 'alcohol'
  | 'caffeinatedDrinks'
  | 'rawEggs'
  | 'rawFishAndShellfish'
  | 'rawMeat'
  | 'rawSprouts'
  | 'liverAndVitaminAOrgans'
  | 'highMercuryFish'
  | 'offal';

/** Which foods a rule matches: any of `groups` (or every group when absent) and the patterns. */
export interface FoodMatch {
  /** SR28 food groups (FdGrp_Cd); absent: any group. */
  readonly groups?: readonly string[];
  /** The description matches this… */
  readonly description: RegExp;
  /** …and not this. */
  readonly except?: RegExp;
}

export interface SafetyRule {
  readonly id: SafetyRuleId;
  /** Short name for messages: "energy drinks". */
  readonly label: string;
  /** 'everyone', or the life stages it applies to. */
  readonly appliesTo: 'everyone' | readonly LifeStage[];
  readonly match: FoodMatch;
  /** Plain-language reason, shown where a food is left out. */
  readonly reason: string;
  readonly source: string;
  /** Rules a setting may lift (offal is left out by default, not for safety). */
  readonly optional?: boolean;
}

const BEVERAGES = ['1400'];
/** Meat groups: poultry, sausages and luncheon meats, pork, beef, lamb/veal/game, regional. */
const MEATS = ['0500', '0700', '1000', '1300', '1700', '3500'];
const AT_RISK: readonly LifeStage[] = ['pregnant', 'age65plus', 'under5'];
const FOOD_SAFETY_GOV =
  'FoodSafety.gov (US HHS), "People at Risk of Food Poisoning": raw or undercooked eggs, meat, ' +
  'fish and shellfish and raw sprouts are high-risk foods for pregnant people, adults 65 and ' +
  'older and children under 5; FDA/USDA "Food Safety for Pregnant Women" (2020)';

/**
 * The rules. Matching is on the SR28 description (and group), so a curated or custom food is
 * matched by its name the same way.
 */
export const SAFETY_RULES: readonly SafetyRule[] = [
  {
    id: 'energyDrinks',
    label: 'energy drinks',
    appliesTo: 'everyone',
    match: {
      description: /energy drink|energy shot|\bguarana\b|red bull/i,
    },
    reason:
      'Energy drinks bring caffeine and other stimulants, often with sugar; the vitamins added to ' +
      'them are no reason to drink them, and a food or a supplement closes the same gap.',
    source:
      'EFSA NDA Panel, Scientific Opinion on the safety of caffeine, EFSA J 2015;13(5):4102; ' +
      'AAP Committee on Nutrition, "Sports drinks and energy drinks for children and adolescents", ' +
      'Pediatrics 2011;127(6):1182–9 ("no place in the diet of children and adolescents")',
  },
  {
    id: 'alcohol',
    label: 'alcoholic drinks',
    appliesTo: 'everyone',
    match: {
      description:
        /^alcoholic beverage|\bliqueur\b|\b\d+ proof\b|\bwine\b|\bbeer\b|\bsake\b|\bwhiskey\b|\bvodka\b|\brum\b|\bgin\b|\bbrandy\b|\bcider, hard/i,
      except:
        /vinegar|beerwurst|beer salami|root beer|mix\b|non-?alcoholic|without alcohol|no alcohol/i,
    },
    reason:
      'Alcohol is never a way to close a nutrient gap; adults who do not drink should not start, ' +
      'and in pregnancy there is no known safe amount.',
    source:
      'Dietary Guidelines for Americans 2020–2025, ch. 1 (alcoholic beverages); CDC, "Alcohol ' +
      'use during pregnancy" ("no known safe amount of alcohol to drink while pregnant")',
  },
  {
    id: 'caffeinatedDrinks',
    label: 'caffeinated drinks',
    appliesTo: ['pregnant', 'lactating', 'under18'],
    match: {
      groups: BEVERAGES,
      description:
        /\bcoffee\b|\btea\b|(?<!coca-)\bcola\b|pepper-type|\bcaffeine\b|\bmate\b|\bespresso\b|\bcappuccino\b|\blatte\b/i,
      except:
        /decaffeinated|without caffeine|no caffeine|caffeine free|caffeine-free|coffee substitute|\bherb(al)?\b|chamomile|hibiscus|\bdecaf\b/i,
    },
    reason:
      'Caffeine crosses the placenta and passes into breast milk; pregnant and breastfeeding women ' +
      'are advised to keep it under 200 mg a day, and children and teenagers to keep it low. ' +
      'Cobalt does not add caffeine to close a nutrient gap.',
    source:
      'EFSA NDA Panel, EFSA J 2015;13(5):4102 (≤200 mg/day in pregnancy and lactation; 3 mg/kg ' +
      'bw/day for children and adolescents); ACOG Committee Opinion 462, "Moderate caffeine ' +
      'consumption during pregnancy" (2010, reaffirmed), <200 mg/day',
  },
  {
    id: 'rawEggs',
    label: 'raw eggs',
    appliesTo: AT_RISK,
    match: {
      groups: ['0100'],
      description: /^egg\b.*\braw\b/i,
      except: /pasteurized/i,
    },
    reason:
      'Raw or runny eggs can carry Salmonella; eat eggs cooked until yolk and white are firm.',
    source: FOOD_SAFETY_GOV,
  },
  {
    id: 'rawFishAndShellfish',
    label: 'raw fish and shellfish',
    appliesTo: AT_RISK,
    match: {
      groups: ['1500'],
      description: /\braw\b/i,
    },
    reason:
      'Raw fish and shellfish (oysters, clams, mussels, sushi) can carry Listeria, Vibrio and ' +
      'norovirus; eat them cooked.',
    source: FOOD_SAFETY_GOV,
  },
  {
    id: 'rawMeat',
    label: 'raw meat',
    appliesTo: AT_RISK,
    match: {
      groups: ['0500', '1000', '1300', '1700', '3500'],
      description: /\braw\b/i,
      except: /\bcooked\b/i,
    },
    reason:
      'Raw or undercooked meat can carry Toxoplasma, Listeria and E. coli; Cobalt proposes the ' +
      'cooked food.',
    source: FOOD_SAFETY_GOV,
  },
  {
    id: 'rawSprouts',
    label: 'raw sprouts',
    appliesTo: AT_RISK,
    match: {
      description: /\bsprout(ed|s)?\b.*\braw\b|\braw\b.*\bsprout(ed|s)?\b/i,
      except: /brussels sprouts/i,
    },
    reason:
      'Raw sprouts (alfalfa, mung bean, clover, radish) can carry Salmonella and E. coli; eat them cooked.',
    source: FOOD_SAFETY_GOV,
  },
  {
    id: 'liverAndVitaminAOrgans',
    label: 'liver, liver products and cod liver oil',
    appliesTo: ['pregnant'],
    match: {
      description: /\bliver\b|liverwurst|braunschweiger|\bp[aâ]t[eé]\b|foie gras/i,
    },
    reason:
      'Liver and liver products (and cod liver oil) hold so much preformed vitamin A (retinol) that ' +
      'a portion can pass the upper limit, and high intakes can harm an unborn baby; pâté can also ' +
      'carry Listeria.',
    source:
      'NHS, "Foods to avoid in pregnancy" (liver, liver products, cod liver oil); IOM 2001 vitamin ' +
      'A UL 3000 µg/day of preformed vitamin A, set on teratogenicity',
  },
  {
    id: 'highMercuryFish',
    label: 'fish high in mercury',
    appliesTo: ['pregnant', 'lactating', 'under18'],
    match: {
      groups: ['1500'],
      description:
        /\bswordfish\b|\bshark\b|mackerel, king|king mackerel|\btilefish\b|\bmarlin\b|orange roughy|\bbigeye\b/i,
    },
    reason:
      'Swordfish, shark, king mackerel, tilefish, marlin, orange roughy and bigeye tuna hold the ' +
      'most mercury, which can harm a developing brain; other fish are the better choices.',
    source:
      'FDA/EPA, "Advice about eating fish" (2017, updated 2021): "choices to avoid" for people who ' +
      'are or might become pregnant, breastfeeding, and children (Cobalt applies it under 18)',
  },
  {
    id: 'offal',
    label: 'organ meats (offal)',
    appliesTo: 'everyone',
    optional: true,
    match: {
      groups: MEATS,
      description:
        /variety meats|by-products|giblets|\bliver|\bkidneys?\b|\bheart\b|\bbrains?\b|\btestes\b|\bthymus\b|sweetbread|\bpancreas\b|\bspleen\b|\blungs?\b|\btripe\b|\btongue\b|chitterlings|\bfeet\b|\bgizzards?\b|\bmarrow\b|\bblood\b|\bears\b|\bsnout\b|\bchitlins\b|mechanically separated/i,
    },
    reason:
      'Organ meats are not a food most people buy or eat; Cobalt proposes everyday foods. Add them ' +
      'by hand if you eat them.',
    source: "Cobalt's choice (issue 12: proposals a dietitian would make)",
  },
];

export interface SafetyOptions {
  /** Lift the optional offal rule (default false: offal is left out). */
  readonly allowOffal?: boolean;
}

/** The life stages a person is in. */
export function lifeStages(person: SafetyPerson): LifeStage[] {
  const stages: LifeStage[] = [];
  if (person.pregnancy === 'pregnant') stages.push('pregnant');
  if (person.pregnancy === 'lactating') stages.push('lactating');
  if (person.ageYears < 18) stages.push('under18');
  if (person.ageYears < 5) stages.push('under5');
  if (person.ageYears >= 65) stages.push('age65plus');
  return stages;
}

/** The rules that apply to `person` (null: nobody in particular, so only the rules for everyone). */
export function rulesFor(
  person: SafetyPerson | null,
  options: SafetyOptions = {},
): readonly SafetyRule[] {
  const stages = new Set(person === null ? [] : lifeStages(person));
  return SAFETY_RULES.filter(
    (r) =>
      !(r.optional === true && r.id === 'offal' && options.allowOffal === true) &&
      (r.appliesTo === 'everyone' || r.appliesTo.some((s) => stages.has(s))),
  );
}

/** True when `rule` matches `food`. */
export function matchesRule(food: Food, rule: SafetyRule): boolean {
  if (food.kind !== 'food') return false;
  const m = rule.match;
  if (m.groups !== undefined && !m.groups.includes(food.group)) return false;
  const text = food.description;
  return m.description.test(text) && !(m.except?.test(text) ?? false);
}

const MATCHED = new WeakMap<Food, readonly SafetyRuleId[]>();

/** Every rule that matches the food, whoever it is for (cached per food object). */
export function matchingRules(food: Food): readonly SafetyRuleId[] {
  let ids = MATCHED.get(food);
  if (ids === undefined) {
    ids = SAFETY_RULES.filter((r) => matchesRule(food, r)).map((r) => r.id);
    MATCHED.set(food, ids);
  }
  return ids;
}

/**
 * A test for foods Cobalt may propose to `person`: returns the rule that leaves a food out, or null.
 */
export function safetyFilter(
  person: SafetyPerson | null,
  options: SafetyOptions = {},
): (food: Food) => SafetyRule | null {
  const rules = rulesFor(person, options);
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (food) => {
    for (const id of matchingRules(food)) {
      const rule = byId.get(id);
      if (rule !== undefined) return rule;
    }
    return null;
  };
}
