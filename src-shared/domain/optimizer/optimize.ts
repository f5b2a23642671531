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
import { TARGET_NUTRIENT_IDS, type TargetNutrientId } from '../target-types';
import type { PersonProfile } from '../../schemas/profile';
import { existingDoses, gainLines, occasionGroups, type OccasionGroup } from './b12-linear';
import { CandidatePool, eligibleCandidates, type Candidate } from './candidates';
import { decodeSolution } from './decode';
import { explainBlocker, FAMILY_ORDER } from './explain';
import { buildModel, type GapNeed, type ModelSpec, type UpperRow } from './model';
import {
  B12_BREAKPOINTS_UG,
  B12_HIGH_DOSE_UG_PER_DAY,
  MAX_VERIFY_ROUNDS,
  MIN_ADDITION_GRAMS,
  OPTIMIZED_NUTRIENTS,
  RELAXED,
  UPPER_LIMIT_MARGIN,
  energyBudgetProblem,
} from './params';
import { analyzeWithAdditions, fixedFlags, metNutrients } from './verify';
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

/** The gaps the optimizer closes for a person, in OPTIMIZED_NUTRIENTS (priority) order. */
export function gapsToClose(person: PersonWeekAnalysis): NutrientGap[] {
  const gaps = new Map(person.weekGaps.map((g) => [g.nutrient, g]));
  return OPTIMIZED_NUTRIENTS.flatMap((id) => {
    const g = gaps.get(id);
    return g !== undefined && isLow(g) && g.target !== null && g.shortfall > 0 ? [g] : [];
  });
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
  const analysis = before.people.find((p) => p.personId === person.id)!;
  const gaps = gapsToClose(analysis);
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
  const targeted = gaps.map((g) => g.nutrient);
  const empty = {
    personId: person.id,
    name: person.name,
    targeted,
    additions: [],
    closed: [],
    fixedFlags: [],
  };
  if (gaps.length === 0) {
    return {
      ...empty,
      status: 'nothingToDo',
      blockers: [],
      stats: { candidates: 0, columns: 0, rows: 0, solves: 0 },
    };
  }
  let active = [...targeted];
  const blockers: Blocker[] = [];
  if (!solver.attempt(needsFor(active, need)).ok) {
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
  let attempt = solver.attempt(needsFor(active, need), new Set(), true);
  let additions = attempt.ok ? attempt.additions : [];
  let after = analyzeWithAdditions(base, additions, input.slots);
  // The model's B12 is a lower bound, but occasion grouping and energy-share targets can still
  // leave a gap a little short: raise its need by what the engine says is missing and re-solve.
  for (let round = 1; round < MAX_VERIFY_ROUNDS && attempt.ok; round++) {
    const afterPerson = after.people.find((p) => p.personId === person.id)!;
    const met = new Set(metNutrients(afterPerson, active));
    const open = afterPerson.weekGaps.filter(
      (g) => active.includes(g.nutrient) && !met.has(g.nutrient),
    );
    if (open.length === 0) break;
    for (const g of open)
      need.set(g.nutrient, (need.get(g.nutrient) ?? 0) + g.shortfall * 1.1 + 1e-6);
    const retry = solver.attempt(needsFor(active, need), new Set(), true);
    if (!retry.ok) break;
    attempt = retry;
    additions = retry.additions;
    after = analyzeWithAdditions(base, additions, input.slots);
  }
  if (attempt.ok) {
    const pruned = dropRedundant(additions, (list) =>
      metNutrients(
        analyzeWithAdditions(base, list, input.slots).people.find((p) => p.personId === person.id)!,
        active,
      ),
    );
    if (pruned.length < additions.length) {
      additions = pruned;
      after = analyzeWithAdditions(base, additions, input.slots);
    }
  }
  const afterPerson = after.people.find((p) => p.personId === person.id)!;
  return {
    ...empty,
    status: additions.length > 0 ? 'proposal' : 'infeasible',
    additions,
    closed: metNutrients(afterPerson, targeted),
    blockers,
    fixedFlags: fixedFlags(analysis, afterPerson),
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
