/** Small hand-made optimizer problems: one base food eaten daily plus a few candidate foods. */
import highsLoader from 'highs';
import { weekDates } from '@shared/domain';
import {
  DEFAULT_OPTIMIZER_OPTIONS,
  optimizeWeek,
  type LinearSolver,
  type OptimizeInput,
  type OptimizerOptions,
  type PersonProposal,
} from '@shared/domain/optimizer';
import { highsSolver } from '@shared/domain/optimizer/highs-solver';
import type { Food } from '@shared/schemas/food';
import type { PlanEntry } from '@shared/schemas/plan';
import { personProfileSchema, type PersonProfile } from '@shared/schemas/profile';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';

let solver: Promise<LinearSolver> | undefined;

/** HiGHS, loaded once per test file (in Node it finds its wasm beside its own module). */
export function highs(): Promise<LinearSolver> {
  solver ??= highsLoader().then(highsSolver);
  return solver;
}

export const WEEK = '2025-03-03';

/** A 30-year-old woman (DRI): calcium 1000 mg, iron 18 mg (×1.8 if vegetarian), vitamin D 15 µg a day. */
export function adult(diet: PersonProfile['diet'] = 'omnivore'): PersonProfile {
  return personProfileSchema.parse({ id: 'p1', name: 'Pat', ageYears: 30, sex: 'female', diet });
}

export function dailyEntries(foodId: string, grams: number, personId = 'p1'): PlanEntry[] {
  return weekDates(WEEK).map((date) => ({
    id: `base@${date}`,
    date,
    time: '12:30',
    slotId: 'lunch',
    foodId,
    grams,
    eaters: [personId],
    recipeId: null,
    label: null,
  }));
}

export interface Tiny {
  readonly input: OptimizeInput;
  readonly proposal: PersonProposal;
}

export async function solveTiny(
  foods: readonly Food[],
  entries: readonly PlanEntry[],
  person: PersonProfile,
  options: Partial<OptimizerOptions> = {},
): Promise<Tiny> {
  const input: OptimizeInput = {
    weekStart: WEEK,
    entries,
    people: [person],
    personIds: [person.id],
    foods: new Map(foods.map((f) => [f.id, f])),
    slots: DEFAULT_MEAL_SLOTS,
    options: { ...DEFAULT_OPTIMIZER_OPTIONS, ...options },
  };
  const result = optimizeWeek(input, await highs());
  return { input, proposal: result.people[0]! };
}
