/**
 * The engine's main entry point: one week of plan entries for a household in, per person totals
 * (entry, meal, day, week), absorbed B12, gaps, the B12 strategy check and flags out.
 *
 * Entries that cannot be analysed (unknown food, date outside the week, bad amount) are left out
 * and listed in `problems`; the rest of the week is still analysed.
 */
import {
  DEFAULT_ABSORPTION_WINDOW_HOURS,
  DEFAULT_FOOD_B12_RELEASE,
  DEFAULT_REDUCED_FOOD_B12_RELEASE,
} from '../base/b12-model';
import { DEFAULT_B12_STRATEGY } from './b12-strategy';
import { analyzePerson, type EntryNutrients } from './analyze-person';
import type { AnalyzeWeekInput, InputProblem, WeekAnalysis } from './analysis-types';
import { dayNumber, isClockTime, minutesOfDay, MINUTES_PER_DAY, weekDates } from '../base/dates';
import { foodGetter } from './food-lookup';
import {
  entryIntake,
  foodVector,
  NUTRIENT_INDEX as I,
  SLOT_EPA_DHA,
  type EntryIntake,
} from './intake';
import type { Food } from '../schemas/food';
import type { AnalysisSettings } from '../schemas/plan';

/** The settings `analysisSettingsSchema.parse({})` yields; used when none are given. */
export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  absorptionWindowHours: DEFAULT_ABSORPTION_WINDOW_HOURS,
  foodB12Release: DEFAULT_FOOD_B12_RELEASE,
  reducedFoodB12Release: DEFAULT_REDUCED_FOOD_B12_RELEASE,
  b12Strategy: { ...DEFAULT_B12_STRATEGY },
};

/** Analyses one week for every person in it. Pure: same input, same output. */
export function analyzeWeek(input: AnalyzeWeekInput): WeekAnalysis {
  const settings = input.settings ?? DEFAULT_ANALYSIS_SETTINGS;
  const dates = weekDates(input.weekStart);
  const { perPerson, nutrientsOf, problems } = collectIntakes(input, dates.length);
  const people = input.people.map((person, i) =>
    analyzePerson(person, perPerson[i] ?? [], nutrientsOf, dates, settings),
  );
  return { weekStart: input.weekStart, dates, people, problems };
}

function safeDayNumber(date: string): number {
  try {
    return dayNumber(date);
  } catch {
    return Number.NaN;
  }
}

function nutrientRecord(intake: EntryIntake): EntryNutrients {
  const { amounts, known } = intake;
  const v = (i: number) => (known[i] === 1 ? amounts[i]! : null);
  // A literal with every key keeps one object shape (fast to build and read, checked by tsc).
  return {
    energy: v(I.energy),
    protein: v(I.protein),
    fat: v(I.fat),
    carbohydrate: v(I.carbohydrate),
    fiber: v(I.fiber),
    b12: v(I.b12),
    b12Added: v(I.b12Added),
    folateDfe: v(I.folateDfe),
    folateFood: v(I.folateFood),
    folicAcid: v(I.folicAcid),
    b6: v(I.b6),
    magnesium: v(I.magnesium),
    ala: v(I.ala),
    epa: v(I.epa),
    dha: v(I.dha),
    iron: v(I.iron),
    zinc: v(I.zinc),
    calcium: v(I.calcium),
    vitaminD: v(I.vitaminD),
    iodine: v(I.iodine),
    selenium: v(I.selenium),
    epaDha: v(SLOT_EPA_DHA),
  };
}

/** Turns each valid entry into an intake (once) and hands it to each of its eaters. */
function collectIntakes(input: AnalyzeWeekInput, dayCount: number) {
  const startDay = dayNumber(input.weekStart);
  const getFood = foodGetter(input.foods);
  const personIndex = new Map(input.people.map((p, i) => [p.id, i]));
  const perPerson: EntryIntake[][] = input.people.map(() => []);
  const nutrientsOf = new Map<EntryIntake, EntryNutrients>();
  const problems: InputProblem[] = [];
  const dayIndexOf = new Map<string, number>();
  const vectors = new Map<Food, Float64Array>();
  for (const entry of input.entries) {
    const problem = (reason: InputProblem['reason'], message: string) =>
      problems.push({ entryId: entry.id, reason, message });
    let dayIndex = dayIndexOf.get(entry.date);
    if (dayIndex === undefined) {
      dayIndex = safeDayNumber(entry.date) - startDay;
      dayIndexOf.set(entry.date, dayIndex);
    }
    // Schema-checked entries always pass these; they keep NaN out when a caller skips the schema.
    if (!(dayIndex >= 0 && dayIndex < dayCount)) {
      problem('outsideWeek', `date ${entry.date} is not in the week starting ${input.weekStart}`);
      continue;
    }
    if (!(entry.grams > 0 && entry.grams <= 5000)) {
      problem(
        'badAmount',
        `grams must be more than 0 and at most 5000 (got ${String(entry.grams)})`,
      );
      continue;
    }
    if (!isClockTime(entry.time)) {
      problem('badTime', `time must be written HH:MM (got ${entry.time})`);
      continue;
    }
    const food = getFood(entry.foodId);
    if (food === undefined) {
      problem('unknownFood', `foodId ${entry.foodId} is not in the food table`);
      continue;
    }
    let vector = vectors.get(food);
    if (vector === undefined) {
      vector = foodVector(food);
      vectors.set(food, vector);
    }
    const minute = dayIndex * MINUTES_PER_DAY + minutesOfDay(entry.time);
    const intake = entryIntake(entry, food, dayIndex, minute, vector);
    nutrientsOf.set(intake, nutrientRecord(intake));
    for (const eater of entry.eaters) {
      const index = personIndex.get(eater);
      if (index === undefined)
        problem('unknownEater', `eaters lists ${eater}, who is not in this plan`);
      else perPerson[index]!.push(intake);
    }
  }
  return { perPerson, nutrientsOf, problems };
}
