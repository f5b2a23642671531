/**
 * The B12 absorption model for one eating occasion, its parameters and its uncertainty.
 *
 * absorbed(D) = Amax·D/(K + D) + 0.01·D: a saturable intrinsic-factor uptake plus ~1 % passive
 * diffusion. This is the reference's own fit (reference/nutrition.md §3c, "my own fit, not an
 * official formula"; the app must say so) to the IOM-cited Adams 1971 data: 50 % of 1 µg, 20 % of
 * 5 µg (5.7 % at 25 µg against IOM's "just over 5 %"), ≈1 % of large doses (IOM 1998 pp. 308–309,
 * Berlin 1968). It is concave and starts at 0, so splitting a dose never absorbs less.
 */

/** Saturable maximum, µg per occasion (reference §3c). */
export const B12_AMAX_UG = 1.24;
/** Dose at half the saturable maximum, µg (reference §3c). */
export const B12_K_UG = 1.53;
/** Passive diffusion: "up to approximately 1 percent" (IOM 1998 p. 309; reference §3a). */
export const B12_PASSIVE_FRACTION = 0.01;

/**
 * Intakes closer together than this share one intrinsic-factor budget: "the second of two doses
 * given 4 to 6 hours apart is absorbed as well as the first" (IOM 1998, Heyssel 1966; reference
 * §3a, §3c rule 1: 4 h default, configurable up to 6 h).
 */
export const DEFAULT_ABSORPTION_WINDOW_HOURS = 4;
export const MIN_ABSORPTION_WINDOW_HOURS = 4;
export const MAX_ABSORPTION_WINDOW_HOURS = 6;

/**
 * Share of food-bound B12 that is released from food and behaves like crystalline B12 for a person
 * with normal gastric function. 1 because the model already matches food data at meal doses:
 * 0.78 µg of 2.4 µg against Doets 2013's food equation 0.75 µg (reference §3c cross-check), and 50 %
 * of 1 µg, IOM's planning figure for dietary B12 (reference §3a). Applying IOM's 50 % on top of the
 * model (the other reading of §3c rule 2) is the lower bound of the uncertainty range instead.
 */
export const DEFAULT_FOOD_B12_RELEASE = 1;

/**
 * Share of food-bound B12 counted for people over 50 or taking metformin or acid suppressants.
 * Cobalt's planning assumption, not a measured figure: IOM 1998 says 10–30 % of older people
 * malabsorb food-bound B12 and advises them to meet the RDA mainly from fortified foods or
 * supplements (reference §1a note a, §3c rule 3, §6.9); one cannot tell who is among them, so Cobalt
 * counts half, and the uncertainty range runs from none to all of it. Crystalline B12 is unaffected.
 */
export const DEFAULT_REDUCED_FOOD_B12_RELEASE = 0.5;

/**
 * Share of an injected B12 dose counted as absorbed. The reference gives NO figure for injections:
 * this is an adjustable, UNVERIFIED placeholder so that a week with an injection is not reported as
 * empty. Injection schedules and doses belong with a clinician.
 */
export const DEFAULT_INJECTION_RETAINED_FRACTION = 0.1;

/** µg absorbed from one occasion with `doseUg` µg of crystalline (or released) B12. */
export function absorbedFromDose(doseUg: number): number {
  if (!(doseUg > 0) || !Number.isFinite(doseUg)) return 0;
  return (B12_AMAX_UG * doseUg) / (B12_K_UG + doseUg) + B12_PASSIVE_FRACTION * doseUg;
}

/**
 * The single-occasion dose (µg) that absorbs `absorbedUg` µg: the positive root of
 * p·D² + (Amax + p·K − a)·D − a·K = 0. Used to size suggestions.
 */
export function doseForAbsorbed(absorbedUg: number): number {
  if (!(absorbedUg > 0) || !Number.isFinite(absorbedUg)) return 0;
  const p = B12_PASSIVE_FRACTION;
  const b = B12_AMAX_UG + p * B12_K_UG - absorbedUg;
  return (-b + Math.sqrt(b * b + 4 * p * absorbedUg * B12_K_UG)) / (2 * p);
}

/**
 * Doets 2013 food equation, ln(A) = 0.7694·ln(D) − 0.9614 (reference §3b). Fitted on food doses up
 * to about 38 µg; used only for the upper bound of food-bound absorption, never for supplements.
 */
export function doetsFoodAbsorbed(foodUg: number): number {
  if (!(foodUg > 0) || !Number.isFinite(foodUg)) return 0;
  return Math.min(foodUg, Math.exp(0.7694 * Math.log(foodUg) - 0.9614));
}

const LOW_DOSE_UG = 5;
const HIGH_DOSE_UG = 500;
/** Near the fitted points: ODS reports 56 % of 1 µg against the model's 50 % (reference §3a). */
const LOW_DOSE_FACTOR = 1.25;
/** At 500 µg the model gives 6.2 µg, ODS about 10 µg: "treat ±2×" (reference §3c). */
const HIGH_DOSE_FACTOR = 2;

/**
 * Multiplicative uncertainty of the model at a dose: ×/÷1.25 up to 5 µg, ×/÷2 from 500 µg,
 * log-linear in between (Cobalt's reading of the reference's cross-checks).
 */
export function uncertaintyFactor(doseUg: number): number {
  if (!(doseUg > LOW_DOSE_UG)) return LOW_DOSE_FACTOR;
  if (doseUg >= HIGH_DOSE_UG) return HIGH_DOSE_FACTOR;
  const t = Math.log(doseUg / LOW_DOSE_UG) / Math.log(HIGH_DOSE_UG / LOW_DOSE_UG);
  return LOW_DOSE_FACTOR + (HIGH_DOSE_FACTOR - LOW_DOSE_FACTOR) * t;
}

export interface ModelNote {
  readonly topic: string;
  readonly text: string;
  readonly source: string;
}

/** What the model is, how sure it is and why: for the B12 report and the "about" panel. */
export const B12_MODEL_NOTES: readonly ModelNote[] = [
  {
    topic: 'model',
    text:
      'Absorbed B12 per eating occasion = 1.24·D/(1.53 + D) + 1 % of D. This is a fit made for ' +
      "Cobalt's reference, not an official formula: it gives 50 % of 1 µg, 20 % of 5 µg, 5.7 % of " +
      '25 µg and about 1 % of large doses.',
    source: 'reference §3c; Adams 1971 and Berlin 1968 as cited by IOM 1998 pp. 308–309',
  },
  {
    topic: 'occasions',
    text:
      'Intakes less than the absorption window apart (4 h by default, up to 6 h) share one ' +
      'intrinsic-factor budget: an occasion starts at its first intake.',
    source: 'reference §3a, §3c rule 1; IOM 1998; Heyssel 1966',
  },
  {
    topic: 'lowDoses',
    text: 'Near meal-sized doses the estimate is within about ±25 % (ODS: 56 % of 1 µg).',
    source: 'reference §3a (ODS fact sheet), §3c',
  },
  {
    topic: 'highDoses',
    text: 'For large supplement doses the estimate may be off by a factor of 2 (ODS: ~10 µg of 500 µg; model 6.2 µg).',
    source: 'reference §3c cross-checks',
  },
  {
    topic: 'foodBound',
    text:
      'B12 in food is counted like crystalline B12 at meal doses (the model matches Doets 2013 at ' +
      '2.4 µg). The low end of the range assumes only half is absorbed (IOM 50 %); the high end ' +
      'follows Doets 2013, which predicts more absorption from large food doses such as liver.',
    source: 'reference §3a (IOM planning assumption), §3b (Doets 2013), §3c rule 2',
  },
  {
    topic: 'bioavailability',
    text:
      'Some foods release their B12 less well: B12 in eggs is absorbed under 9 % and in fish about ' +
      '42 %, against about 50 % assumed for food, so Cobalt counts 18 % of egg B12 and 84 % of fish ' +
      'B12 before the model. Meat (chicken 61–66 %, sheep 56–89 %) is counted in full.',
    source: 'Watanabe 2007, Exp Biol Med 232:1266 (reference §3a); IOM 1998 p. 309',
  },
  {
    topic: 'reducedAbsorption',
    text:
      'Over 50, or on metformin or acid suppressants: half of food-bound B12 is counted (range: ' +
      'none to all). Crystalline B12 from fortified foods and supplements is absorbed normally.',
    source:
      "reference §1a note a, §3c rule 3, §6.9 (IOM 1998: 10–30 % malabsorb); Cobalt's assumption",
  },
  {
    topic: 'injections',
    text:
      'Injections bypass the gut. The share of an injected dose counted is an adjustable ' +
      'assumption that the reference does not give (UNVERIFIED). Ask your clinician.',
    source: "Cobalt's assumption; not in the reference",
  },
  {
    topic: 'target',
    text:
      'Absorbed B12 is compared with an absorbed target: 1 µg/day for the US RDA of 2.4 µg (IOM ' +
      "Box 9-2), 1.5 µg/day for the EFSA AI of 4 µg (the reference's derivation, not an official " +
      'number); other life stages scale in proportion.',
    source: 'reference §3c rule 4; IOM 1998 Box 9-2 p. 328',
  },
];
