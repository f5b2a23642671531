/**
 * Builds the MIP for one person's week from the gaps to close and the candidate foods.
 *
 * Variables, per candidate food c (amounts are per day, added on each of the week's days):
 *   x_c    grams (foods) or whole units (supplements); a food that supplies a B12 gap gets one x
 *          per occasion group instead, because where B12 is eaten changes how much is absorbed;
 *   y_c    1 when c is used at all (binary);
 *   z_g    absorbed B12 gained over the week at occasion group g.
 * Minimise   Σ USE·(1 + KIND·k_c)·y_c + Σ (GRAM·grams + KCAL·kcal + UNIT·units)
 *            — fewest, then smallest additions; k_c is the food's kind penalty (suggestion-traits.ts),
 *            so everyday cooked foods are chosen before rarities, raw or branded products
 * subject to
 *   gap rows     Σ 7·a_nc·x_c ≥ need_n            (each row scaled by its need)
 *   B12 rows     z_g ≤ chord_k(Σ_c b_c·x_cg) ∀k, Σ_g z_g ≥ need_b12   (b12-linear.ts)
 *   portions     Σ_g x_cg ≤ cap_c · y_c
 *   energy       Σ kcal_c·x_c ≤ budget per day
 *   upper limits Σ a_nc·x_c ≤ headroom_n per day (each day's highest intake leaves the least)
 */
import type { TargetNutrientId, UpperScope } from '../../base/target-types';
import { gapAmountPerGram, perGram, type Candidate } from './candidates';
import type { GainLine, OccasionGroup } from './b12-linear';
import { WEIGHT_GRAM, WEIGHT_KCAL, WEIGHT_KIND, WEIGHT_UNIT, WEIGHT_USE } from './params';
import type { LinearModel } from './types';

export interface GapNeed {
  readonly nutrient: TargetNutrientId;
  /** Amount to add over the week (B12: absorbed µg). */
  readonly need: number;
}

export interface UpperRow {
  readonly nutrient: TargetNutrientId;
  /** 'b12Ingested': the high-dose ceiling on B12 swallowed per day. */
  readonly scope: UpperScope | 'b12Ingested';
  /** What may still be added per day. */
  readonly headroom: number;
}

export interface Caps {
  readonly maxPortionsPerDay: number;
  readonly maxGramsPerDay: number;
  readonly maxUnitsPerDay: number;
  /** Scale of the food's realistic daily amount (serving-bounds.ts); default 1. */
  readonly servingScale?: number;
}

export interface ModelSpec {
  readonly candidates: readonly Candidate[];
  readonly needs: readonly GapNeed[];
  readonly groups: readonly {
    readonly group: OccasionGroup;
    readonly lines: readonly GainLine[];
  }[];
  readonly maxDosePerOccasion: number;
  readonly days: number;
  /** Null when the family is relaxed. */
  readonly energyBudgetPerDay: number | null;
  readonly uppers: readonly UpperRow[] | null;
  readonly caps: Caps;
  /** False for the LP relaxation, used to test feasibility quickly (see optimize.ts). */
  readonly integer: boolean;
  /** 'energy': minimise the energy added instead (to say how much budget a gap would need). */
  readonly objective: 'additions' | 'energy';
}

export type ColumnRef =
  | { readonly kind: 'amount'; readonly candidate: number; readonly group: number | null }
  | { readonly kind: 'use'; readonly candidate: number }
  | { readonly kind: 'gain'; readonly group: number };

type Entries = [number, number][];

class ModelBuilder {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly integer: (0 | 1 | 2)[] = [];
  readonly colNames: string[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  readonly rowNames: string[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];

  col(name: string, cost: number, lo: number, hi: number, type: 0 | 1 | 2): number {
    this.cost.push(cost);
    this.lower.push(lo);
    this.upper.push(hi);
    this.integer.push(type);
    this.colNames.push(name);
    return this.cost.length - 1;
  }

  row(name: string, lo: number, hi: number, entries: Entries): void {
    const merged = new Map<number, number>();
    for (const [col, value] of entries) merged.set(col, (merged.get(col) ?? 0) + value);
    for (const [col, value] of [...merged].sort((a, b) => a[0] - b[0])) {
      if (value === 0) continue;
      this.indices.push(col);
      this.values.push(value);
    }
    this.starts.push(this.indices.length);
    this.rowLower.push(lo);
    this.rowUpper.push(hi);
    this.rowNames.push(name);
  }

  build(): LinearModel {
    const numRows = this.rowNames.length;
    const numCols = this.colNames.length;
    return {
      numCols,
      numRows,
      colCost: this.cost,
      colLower: this.lower,
      colUpper: this.upper,
      rowLower: this.rowLower,
      rowUpper: this.rowUpper,
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: this.starts,
        indices: this.indices,
        values: this.values,
      },
      integrality: this.integer,
      colNames: this.colNames,
      rowNames: this.rowNames,
    };
  }
}

/** Most units or grams of a candidate per day. */
export function capFor(c: Candidate, caps: Caps): number {
  if (c.supplement) return caps.maxUnitsPerDay;
  const realistic =
    c.dailyCapGrams === null ? Infinity : c.dailyCapGrams * (caps.servingScale ?? 1);
  return Math.min(caps.maxPortionsPerDay * c.portionGrams, caps.maxGramsPerDay, realistic);
}

/** Grams one model unit of the candidate stands for (supplements are counted in units). */
export function gramsPerModelUnit(c: Candidate): number {
  return c.supplement ? (c.unitGrams ?? 1) : 1;
}

function upperCoefficient(c: Candidate, row: UpperRow): number {
  if (row.scope === 'b12Ingested') return c.b12IngestedPerGram;
  if (row.scope === 'folicAcid') return perGram(c.food, 'folicAcid');
  if (row.scope === 'supplements') return c.supplement ? perGram(c.food, row.nutrient) : 0;
  return perGram(c.food, row.nutrient);
}

/** The piecewise-linear gain at `dose` (the minimum of the chords). */
function chordValue(lines: readonly GainLine[], dose: number): number {
  return lines.reduce(
    (m, l) => Math.min(m, l.intercept + l.slope * dose),
    Number.POSITIVE_INFINITY,
  );
}

export function buildModel(spec: ModelSpec): { model: LinearModel; columns: ColumnRef[] } {
  const b = new ModelBuilder();
  const columns: ColumnRef[] = [];
  const b12Need = spec.needs.find((n) => n.nutrient === 'b12');
  const otherNeeds = spec.needs.filter((n) => n.nutrient !== 'b12' && n.need > 0);
  const inf = Number.POSITIVE_INFINITY;
  // amount columns of each candidate: [column, group | null]
  const amountCols: [number, number | null][][] = [];
  const useCols: number[] = [];
  spec.candidates.forEach((c, ci) => {
    const cap = capFor(c, spec.caps);
    const unitCost =
      spec.objective === 'energy'
        ? c.kcalPerGram * gramsPerModelUnit(c)
        : c.supplement
          ? WEIGHT_UNIT
          : WEIGHT_GRAM + WEIGHT_KCAL * c.kcalPerGram;
    const perGroup = b12Need !== undefined && c.b12EffectivePerGram > 0 && spec.groups.length > 0;
    const groups: (number | null)[] = perGroup ? spec.groups.map((_, gi) => gi) : [null];
    const cols = groups.map((gi) => {
      const name = `x${ci}${gi === null ? '' : `g${gi}`}`;
      // Supplements in whole units; food grams stay continuous (decode.ts rounds them up to at
      // least a few grams: semi-continuous columns doubled the solve time for the same proposal).
      const col = b.col(name, unitCost, 0, cap, spec.integer && c.supplement ? 1 : 0);
      columns.push({ kind: 'amount', candidate: ci, group: gi });
      return [col, gi] as [number, number | null];
    });
    amountCols.push(cols);
    const use = b.col(
      `y${ci}`,
      spec.objective === 'energy' ? 0 : WEIGHT_USE * (1 + WEIGHT_KIND * c.kindPenalty),
      0,
      1,
      spec.integer ? 1 : 0,
    );
    useCols.push(use);
    columns.push({ kind: 'use', candidate: ci });
    b.row(`cap${ci}`, -inf, 0, [...cols.map(([col]) => [col, 1] as [number, number]), [use, -cap]]);
  });
  const each = (coef: (c: Candidate) => number): Entries =>
    spec.candidates.flatMap((c, ci) => {
      const a = coef(c) * gramsPerModelUnit(c);
      return a === 0 ? [] : amountCols[ci]!.map(([col]) => [col, a] as [number, number]);
    });

  // Cover rows: a food can close at most min(1, its full-cap share) of a need, so the foods used
  // must add up to 1. Implied by the rows above for integer y, but they tighten the LP relaxation
  // (y = x/cap) that branch-and-bound prunes with, which makes the MIP solve many times faster.
  const cover = (nutrient: TargetNutrientId, share: (c: Candidate, ci: number) => number) => {
    const entries: Entries = [];
    spec.candidates.forEach((c, ci) => {
      const s = Math.min(1, share(c, ci));
      if (s > 0) entries.push([useCols[ci]!, s]);
    });
    b.row(`cover_${nutrient}`, 1, inf, entries);
  };
  for (const { nutrient, need } of otherNeeds) {
    b.row(
      `need_${nutrient}`,
      1,
      inf,
      each((c) => (spec.days * gapAmountPerGram(c, nutrient)) / need),
    );
    if (spec.integer) {
      cover(
        nutrient,
        (c) =>
          (spec.days *
            gapAmountPerGram(c, nutrient) *
            gramsPerModelUnit(c) *
            capFor(c, spec.caps)) /
          need,
      );
    }
  }
  if (b12Need !== undefined && b12Need.need > 0) {
    const gains = spec.groups.map((_, gi) => {
      const col = b.col(`z${gi}`, 0, 0, inf, 0);
      columns.push({ kind: 'gain', group: gi });
      return col;
    });
    spec.groups.forEach(({ lines }, gi) => {
      const dose: Entries = spec.candidates.flatMap((c, ci) =>
        amountCols[ci]!.filter(([, g]) => g === gi).map(
          ([col]) => [col, c.b12EffectivePerGram * gramsPerModelUnit(c)] as [number, number],
        ),
      );
      lines.forEach((line, k) => {
        b.row(`b12g${gi}k${k}`, -inf, line.intercept, [
          [gains[gi]!, 1],
          ...dose.map(([col, v]) => [col, -line.slope * v] as [number, number]),
        ]);
      });
      b.row(`b12dose${gi}`, -inf, spec.maxDosePerOccasion, dose);
    });
    b.row(
      'need_b12',
      1,
      inf,
      gains.map((col) => [col, 1 / b12Need.need] as [number, number]),
    );
    if (spec.integer) {
      // Upper bound of what one food can add: its full cap at every occasion group at once.
      cover('b12', (c) => {
        const dose = c.b12EffectivePerGram * gramsPerModelUnit(c) * capFor(c, spec.caps);
        const gain = spec.groups.reduce((sum, { lines }) => sum + chordValue(lines, dose), 0);
        return gain / b12Need.need;
      });
    }
  }
  if (spec.energyBudgetPerDay !== null) {
    b.row(
      'energy',
      -inf,
      spec.energyBudgetPerDay,
      each((c) => c.kcalPerGram),
    );
  }
  for (const row of spec.uppers ?? []) {
    const entries = each((c) => upperCoefficient(c, row));
    if (entries.length > 0)
      b.row(`upper_${row.nutrient}_${row.scope}`, -inf, row.headroom, entries);
  }
  return { model: b.build(), columns };
}
