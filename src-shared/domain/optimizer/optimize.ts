/**
 * "Close the gaps": for each chosen person, the fewest and smallest daily additions of
 * diet-compatible foods (and supplements, if allowed) that bring every low co-nutrient to its
 * weekly target within portion limits, an energy budget and the upper limits — solved as a MIP
 * (model.ts) by the injected solver, then checked with the real engine (verify.ts). Gaps that
 * cannot be closed are left out and explained; the rest are still closed.
 */
import { analyzeWeek, DEFAULT_ANALYSIS_SETTINGS } from '../analyze-week';
import type { AnalyzeWeekInput, PersonWeekAnalysis, WeekAnalysis } from '../analysis-types';
import type { NutrientGap } from '../gaps';
import { lookupRow } from '../target-rows';
import { EFSA_UPPER } from '../targets-efsa';
import type { B12StrategyId } from '../b12-strategy';
import { b12StrategyFixes } from '../b12-strategy-fixes';
import { foodGetter } from '../food-lookup';
import { TARGET_NUTRIENT_IDS, type TargetNutrientId } from '../../base/target-types';
import type { PersonProfile } from '../../schemas/profile';
import { existingDoses, gainLines, occasionGroups, type OccasionGroup } from './b12-linear';
import { CandidatePool, eligibleCandidates, type Candidate } from './candidates';
import { decodeSolution } from './decode';
import { explainBlocker, FAMILY_ORDER } from './explain';
import { buildModel, type GapNeed, type ModelSpec, type UpperRow } from './model';
import {
  B12_BREAKPOINTS_UG,
  B12_HIGH_DOSE_UG_PER_DAY,
  B12_LOW_END_FACTOR,
  MAX_VERIFY_ROUNDS,
  MIN_ADDITION_GRAMS,
  OPTIMIZED_NUTRIENTS,
  RELAXED,
  UPPER_LIMIT_MARGIN,
  energyBudgetProblem,
} from './params';
import { additionEntries, analyzeWithAdditions, fixedFlags } from './verify';
import type {
  Addition,
  Blocker,
  ConstraintFamily,
  LinearSolver,
  OptimizeInput,
  OptimizeResult,
  PersonProposal,
} from './types';

const isLow = (g: NutrientGap) => g.targetStatus === 'low' || g.targetStatus === 'veryLow';

/**
 * Absorbed B12 still missing for the low end of the model's range to reach the target (µg a
 * week): the low estimate divides by the model's uncertainty factor (×/÷1.25 near meal doses,
 * b12-model.ts), so closing this much is a margin that survives it. 0 when the low end is met.
 */
export function b12LowEndShortfall(person: PersonWeekAnalysis): number {
  const gap = person.weekGaps.find((g) => g.nutrient === 'b12');
  if (gap === undefined || gap.target === null || !(gap.target > 0)) return 0;
  const low = person.week.b12.absorbedLowUg;
  const central = person.week.b12.absorbedUg;
  if (low >= gap.target) return 0;
  // Central gain needed so that the low end (≈ central ÷ factor) reaches the target; where the
  // low end lies further below (food-bound B12 counted at its low release), scaled by its ratio.
  const scaled = low > 0 ? ((gap.target - low) * central) / low : gap.target - low;
  return Math.max(0, gap.target * B12_LOW_END_FACTOR - central, scaled);
}

/** The gaps the optimizer closes for a person, in OPTIMIZED_NUTRIENTS (priority) order. */
export function gapsToClose(person: PersonWeekAnalysis, lowEnd = false): NutrientGap[] {
  const gaps = new Map(person.weekGaps.map((g) => [g.nutrient, g]));
  return OPTIMIZED_NUTRIENTS.flatMap((id) => {
    const g = gaps.get(id);
    if (g === undefined || g.target === null) return [];
    if (id === 'b12' && lowEnd) {
      const shortfall = b12LowEndShortfall(person);
      return shortfall > 0 && g.status !== 'noData' ? [{ ...g, shortfall }] : [];
    }
    return isLow(g) && g.shortfall > 0 ? [g] : [];
  });
}

/** Met for the optimizer: the engine's status, and for B12 with the margin, the low end too. */
function isMet(person: PersonWeekAnalysis, nutrient: TargetNutrientId, lowEnd: boolean): boolean {
  const gap = person.weekGaps.find((g) => g.nutrient === nutrient);
  if (gap?.targetStatus !== 'met') return false;
  return !(nutrient === 'b12' && lowEnd) || b12LowEndShortfall(person) <= 1e-9;
}

/** The strategy to satisfy for this person, or null (see OptimizerOptions.b12Strategy). */
function strategyFor(
  person: PersonProfile,
  analysis: PersonWeekAnalysis,
  options: OptimizeInput['options'],
): B12StrategyId | null {
  const mode = options.b12Strategy ?? 'auto';
  if (mode === 'total' || analysis.b12.strategy.followed.length > 0) return null;
  if (mode !== 'auto') return mode;
  const b12 = analysis.weekGaps.find((g) => g.nutrient === 'b12');
  const short = b12 !== undefined && isLow(b12);
  if (person.diet !== 'vegan' && person.diet !== 'vegetarian' && !short) return null;
  return options.allowSupplements ? 'dailySupplement' : 'twiceDailyFortified';
}

/** The strategy's additions (the fix the B12 card offers first), placed where they do the most. */
function strategyAdditions(
  input: OptimizeInput,
  base: AnalyzeWeekInput,
  person: PersonProfile,
  strategy: B12StrategyId,
  dates: readonly string[],
): Addition[] {
  const settings = base.settings ?? DEFAULT_ANALYSIS_SETTINGS;
  const fix = b12StrategyFixes({
    ctx: { base, personId: person.id, slots: input.slots },
    person,
    foods: input.foods,
    thresholds: settings.b12Strategy,
    includeSupplements: input.options.allowSupplements,
    ratioBefore: null,
    only: strategy,
    fortifiedFoods: 1,
    excludedFoodIds: input.options.excludedFoodIds,
  })[0];
  if (fix === undefined) return [];
  const food = foodGetter(input.foods)(fix.foodId);
  const slotIds = fix.slotIds ?? [input.slots[0]?.id ?? 'breakfast'];
  return slotIds.map((slotId) => ({
    personId: person.id,
    foodId: fix.foodId,
    foodName: fix.foodName,
    kind: fix.kind,
    slotId,
    dates,
    grams: fix.grams,
    units: fix.kind === 'supplement' ? Math.round(fix.grams / (food?.unitGrams ?? 1)) : null,
    kcal: fix.kcal,
    nutrients: ['b12'],
  }));
}

/** What each day's highest intake leaves below each upper limit (EFSA's B6 limit too). */
function upperRows(person: PersonProfile, analysis: PersonWeekAnalysis): UpperRow[] {
  const rows: UpperRow[] = [];
  const maxDay = (read: (i: number) => number) =>
    analysis.days.reduce((m, _, i) => Math.max(m, read(i)), 0);
  for (const id of TARGET_NUTRIENT_IDS) {
    const upper = analysis.targets.nutrients[id].upper;
    if (upper === null) continue;
    let limit = upper.value;
    // EFSA's adult B6 limit (12 mg) is far below the US one; the engine flags it either way
    // (diet-rules.ts; EFSA J 2023;21(5):8006, reference §2, §6.5), so the optimizer keeps to it.
    if (id === 'b6' && EFSA_UPPER.b6 !== undefined) {
      const efsa = lookupRow(EFSA_UPPER.b6, person);
      if (efsa !== null) limit = Math.min(limit, efsa.value);
    }
    const used = maxDay((i) => {
      const day = analysis.days[i]!.totals;
      if (upper.scope === 'supplements') return day.supplementalMagnesium.value;
      if (upper.scope === 'folicAcid') return day.nutrients.folicAcid.value;
      return day.nutrients[id].value;
    });
    rows.push({
      nutrient: id,
      scope: upper.scope,
      headroom: Math.max(0, limit * UPPER_LIMIT_MARGIN - used),
    });
  }
  rows.push({
    nutrient: 'b12',
    scope: 'b12Ingested',
    headroom: Math.max(
      0,
      B12_HIGH_DOSE_UG_PER_DAY * UPPER_LIMIT_MARGIN - analysis.week.b12.ingestedUg / 7,
    ),
  });
  return rows;
}

interface Attempt {
  readonly ok: boolean;
  readonly additions: Addition[];
  readonly columns: number;
  readonly rows: number;
  readonly candidates: number;
  /** Energy the additions bring per day, kcal. */
  readonly kcal: number;
}

/** Solves one person's model under chosen relaxations; caches candidates per relaxation. */
class PersonSolver {
  solves = 0;
  readonly #pools = new Map<string, CandidatePool>();
  readonly #groups: { group: OccasionGroup; existing: number[] }[];
  readonly #uppers: UpperRow[];

  constructor(
    readonly input: OptimizeInput,
    readonly person: PersonProfile,
    readonly analysis: PersonWeekAnalysis,
    readonly dates: readonly string[],
    readonly solve: LinearSolver,
    windowHours: number,
  ) {
    this.#groups = occasionGroups(input.slots, windowHours).map((group) => ({
      group,
      existing: existingDoses(group, analysis.b12.occasions, windowHours, dates.length),
    }));
    this.#uppers = upperRows(person, analysis);
  }

  #candidates(
    nutrients: readonly TargetNutrientId[],
    relaxed: ReadonlySet<ConstraintFamily>,
  ): Candidate[] {
    const key = `${relaxed.has('diet')}|${relaxed.has('supplements')}`;
    let pool = this.#pools.get(key);
    if (pool === undefined) {
      const all = eligibleCandidates({
        foods: this.input.foods,
        diet: this.person.diet,
        release: this.analysis.b12.release,
        options: this.input.options,
        relaxed,
        person: this.person,
      });
      pool = new CandidatePool(all, this.input.options.candidatesPerNutrient);
      this.#pools.set(key, pool);
    }
    return pool.forNutrients(nutrients);
  }

  /** The slot for additions whose timing the model does not care about. */
  #defaultSlot = (c: Candidate): string => {
    const own = this.analysis.entries.find((e) => e.foodId === c.food.id);
    if (own !== undefined) return own.slotId;
    const slots = this.input.slots;
    return (c.supplement ? slots[0] : slots.at(-1))?.id ?? 'snacks';
  };

  /**
   * Solves for `needs`. `integer: false` solves the LP relaxation instead: it is feasible exactly
   * when some amounts within the caps close the gaps (set every y to 1), so it answers "can these
   * gaps be closed?" in a fraction of the MIP's time; only the proposal itself needs the MIP.
   */
  attempt(
    needs: readonly GapNeed[],
    relaxed: ReadonlySet<ConstraintFamily> = new Set(),
    integer = false,
    objective: ModelSpec['objective'] = 'additions',
  ): Attempt {
    const nutrients = needs.map((n) => n.nutrient);
    const candidates = this.#candidates(nutrients, relaxed);
    const opts = this.input.options;
    const spec: ModelSpec = {
      candidates,
      needs,
      groups: this.#groups.map(({ group, existing }) => ({
        group,
        lines: gainLines(existing, B12_BREAKPOINTS_UG),
      })),
      maxDosePerOccasion: B12_BREAKPOINTS_UG.at(-1)!,
      days: this.dates.length,
      energyBudgetPerDay: relaxed.has('energy') ? null : opts.energyBudgetKcalPerDay,
      uppers: relaxed.has('upperLimits') ? null : this.#uppers,
      caps: relaxed.has('portions') ? RELAXED : opts,
      integer,
      objective,
    };
    const { model, columns } = buildModel(spec);
    this.solves++;
    const result = this.solve(model);
    const base = { columns: model.numCols, rows: model.numRows, candidates: candidates.length };
    if (result.status !== 'optimal') return { ok: false, additions: [], kcal: 0, ...base };
    const additions = decodeSolution(result.values, {
      personId: this.person.id,
      dates: this.dates,
      candidates,
      columns,
      groups: this.#groups.map((g) => g.group),
      gapNutrients: nutrients,
      defaultSlot: this.#defaultSlot,
    });
    let kcal = 0;
    columns.forEach((ref, col) => {
      if (ref.kind !== 'amount') return;
      const c = candidates[ref.candidate]!;
      kcal += (result.values[col] ?? 0) * c.kcalPerGram * (c.unitGrams ?? 1);
    });
    return { ok: true, additions, kcal, ...base };
  }
}

/**
 * Rounding a food up to the smallest addition worth making (decode.ts) can leave a sliver that is
 * hardly needed — e.g. 1 g of a fortified food at a second meal becomes 5 g. Each such sliver is
 * dropped, or else folded into the same food's largest addition (1, 2 or 4 times its grams, since a
 * fuller meal absorbs B12 less well), whenever the engine still reports every gap closed.
 */
function dropRedundant(
  additions: readonly Addition[],
  closed: (list: readonly Addition[]) => readonly TargetNutrientId[],
): Addition[] {
  let kept = [...additions];
  const target = closed(kept).length;
  const slivers = additions.filter((a) => a.units === null && a.grams <= MIN_ADDITION_GRAMS);
  for (const sliver of slivers) {
    const others = kept.filter((x) => x !== sliver);
    const host = others
      .filter((x) => x.foodId === sliver.foodId)
      .sort((a, b) => b.grams - a.grams)[0];
    const tries = [
      others,
      ...(host === undefined
        ? []
        : [1, 2, 4].map((k) => {
            const grams = host.grams + k * sliver.grams;
            const kcal = host.kcal === null ? null : (host.kcal * grams) / host.grams;
            return others.map((x) => (x === host ? { ...host, grams, kcal } : x));
          })),
    ];
    const fit = tries.find((list) => closed(list).length >= target);
    if (fit !== undefined) kept = fit;
  }
  return kept;
}

function needsFor(
  nutrients: readonly TargetNutrientId[],
  need: ReadonlyMap<TargetNutrientId, number>,
): GapNeed[] {
  return nutrients.map((n) => ({ nutrient: n, need: need.get(n) ?? 0 }));
}

/** Which families, relaxed alone, let `nutrients` be closed, and a plain-language reason. */
function explain(
  solver: PersonSolver,
  nutrient: TargetNutrientId,
  together: readonly TargetNutrientId[],
  need: ReadonlyMap<TargetNutrientId, number>,
): Blocker {
  const options = solver.input.options;
  const tried = FAMILY_ORDER.filter((f) => f !== 'supplements' || !options.allowSupplements);
  const needs = needsFor([nutrient, ...together], need);
  let example: string | null = null;
  const families = tried.filter((family) => {
    const attempt = solver.attempt(needs, new Set([family]));
    if (attempt.ok && family === 'diet') {
      example = attempt.additions.find((a) => a.nutrients.includes(nutrient))?.foodName ?? null;
    }
    return attempt.ok;
  });
  const allRelaxedWorks = families.length === 0 && solver.attempt(needs, new Set(tried)).ok;
  // How much energy it would take, so "raise the energy budget" comes with a number.
  const energyNeeded = families.includes('energy')
    ? solver.attempt(needs, new Set(['energy']), false, 'energy').kcal
    : null;
  const message = explainBlocker({
    nutrient,
    diet: solver.person.diet,
    options,
    families,
    allRelaxedWorks,
    together,
    exampleOutsideDiet: example,
    energyNeededKcal: energyNeeded,
  });
  return { nutrient, families, message };
}

function optimizePerson(
  input: OptimizeInput,
  base: AnalyzeWeekInput,
  before: WeekAnalysis,
  person: PersonProfile,
  solve: LinearSolver,
): PersonProposal {
  const original = before.people.find((p) => p.personId === person.id)!;
  const lowEnd = input.options.b12LowEndMargin ?? true;
  // A B12 strategy first (the fix the B12 card offers first); the MIP closes what is left.
  const strategy = strategyFor(person, original, input.options);
  const fixed =
    strategy === null ? [] : strategyAdditions(input, base, person, strategy, before.dates);
  const solveBase: AnalyzeWeekInput =
    fixed.length === 0
      ? base
      : {
          ...base,
          entries: [
            ...base.entries,
            ...additionEntries(fixed, input.slots).map((e) => ({ ...e, id: `strategy-${e.id}` })),
          ],
        };
  const analysis =
    fixed.length === 0
      ? original
      : analyzeWeek(solveBase).people.find((p) => p.personId === person.id)!;
  const targeted = [
    ...new Set([
      ...gapsToClose(original, lowEnd).map((g) => g.nutrient),
      ...(fixed.length > 0 ? (['b12'] as const) : []),
    ]),
  ];
  const gaps = gapsToClose(analysis, lowEnd);
  const settings = base.settings ?? DEFAULT_ANALYSIS_SETTINGS;
  const solver = new PersonSolver(
    input,
    person,
    analysis,
    before.dates,
    solve,
    settings.absorptionWindowHours,
  );
  const need = new Map(gaps.map((g) => [g.nutrient, g.shortfall]));
  const followedOf = (a: PersonWeekAnalysis) => a.b12.strategy.followed;
  const empty = {
    personId: person.id,
    name: person.name,
    targeted,
    additions: [],
    closed: [],
    fixedFlags: [],
    b12Strategy: null,
    b12StrategiesFollowed: followedOf(original),
  };
  if (gaps.length === 0 && fixed.length === 0) {
    return {
      ...empty,
      status: 'nothingToDo',
      blockers: [],
      stats: { candidates: 0, columns: 0, rows: 0, solves: 0 },
    };
  }
  const met = (a: PersonWeekAnalysis, list: readonly TargetNutrientId[]) =>
    list.filter((n) => isMet(a, n, lowEnd));
  const personOf = (w: WeekAnalysis) => w.people.find((p) => p.personId === person.id)!;
  let active = gaps.map((g) => g.nutrient);
  const blockers: Blocker[] = [];
  if (active.length > 0 && !solver.attempt(needsFor(active, need)).ok) {
    // Gaps that cannot be closed even alone are explained and left out…
    const alone = active.filter((n) => !solver.attempt(needsFor([n], need)).ok);
    for (const n of alone) blockers.push(explain(solver, n, [], need));
    active = active.filter((n) => !alone.includes(n));
    // …then, while the rest conflict, the lowest-priority gap is dropped and explained.
    while (active.length > 0 && !solver.attempt(needsFor(active, need)).ok) {
      const dropped = active.pop()!;
      blockers.push(explain(solver, dropped, active, need));
    }
  }
  const none: Attempt = { ok: true, additions: [], kcal: 0, columns: 0, rows: 0, candidates: 0 };
  let attempt = active.length > 0 ? solver.attempt(needsFor(active, need), new Set(), true) : none;
  let additions = attempt.ok ? attempt.additions : [];
  let after = analyzeWithAdditions(solveBase, additions, input.slots);
  // The model's B12 is a lower bound, but occasion grouping and energy-share targets can still
  // leave a gap a little short (and the low end of B12's range may not reach the target yet):
  // raise its need by what the engine says is missing and re-solve.
  for (let round = 1; round < MAX_VERIFY_ROUNDS && attempt.ok && active.length > 0; round++) {
    const afterPerson = personOf(after);
    const metNow = new Set(met(afterPerson, active));
    const open = active.filter((n) => !metNow.has(n));
    if (open.length === 0) break;
    for (const n of open) {
      const g = afterPerson.weekGaps.find((x) => x.nutrient === n);
      const missing = n === 'b12' && lowEnd ? b12LowEndShortfall(afterPerson) : (g?.shortfall ?? 0);
      need.set(n, (need.get(n) ?? 0) + missing * 1.1 + 1e-6);
    }
    const retry = solver.attempt(needsFor(active, need), new Set(), true);
    if (!retry.ok) break;
    attempt = retry;
    additions = retry.additions;
    after = analyzeWithAdditions(solveBase, additions, input.slots);
  }
  if (attempt.ok && additions.length > 0) {
    const pruned = dropRedundant(additions, (list) =>
      met(personOf(analyzeWithAdditions(solveBase, list, input.slots)), active),
    );
    if (pruned.length < additions.length) {
      additions = pruned;
      after = analyzeWithAdditions(solveBase, additions, input.slots);
    }
  }
  const all = [...fixed, ...additions];
  const afterPerson = personOf(after);
  return {
    ...empty,
    status: all.length > 0 ? 'proposal' : 'infeasible',
    additions: all,
    closed: met(afterPerson, targeted),
    blockers,
    fixedFlags: fixedFlags(original, afterPerson),
    b12Strategy: fixed.length > 0 ? strategy : null,
    b12StrategiesFollowed: followedOf(afterPerson),
    stats: {
      candidates: attempt.candidates,
      columns: attempt.columns,
      rows: attempt.rows,
      solves: solver.solves,
    },
  };
}

/** Closes the gaps of `input.personIds` in the week; each person's additions are their own. */
export function optimizeWeek(input: OptimizeInput, solve: LinearSolver): OptimizeResult {
  const problem = energyBudgetProblem(input.options.energyBudgetKcalPerDay);
  if (problem !== null) throw new RangeError(problem);
  const base: AnalyzeWeekInput = {
    weekStart: input.weekStart,
    entries: input.entries,
    people: input.people,
    foods: input.foods,
    settings: input.settings ?? DEFAULT_ANALYSIS_SETTINGS,
  };
  const before = analyzeWeek(base);
  const people = input.personIds.flatMap((id) => {
    const person = input.people.find((p) => p.id === id);
    return person === undefined ? [] : [optimizePerson(input, base, before, person, solve)];
  });
  return { weekStart: input.weekStart, people };
}
