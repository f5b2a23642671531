/** The B12 strategy check's thresholds (domain/b12-strategy.ts), which the analysis settings default to. */
export interface B12StrategyThresholds {
  readonly twiceDailyMinUg: number;
  readonly twiceDailyMinGapHours: number;
  readonly dailyMinUg: number;
  readonly weeklyMinUg: number;
}

/**
 * Defaults: the lower ends of the reference's ranges. (a) "each providing ≥1.5–2 µg", 4 h apart
 * (Norris & Messina 1.5–2.5 µg twice a day; VeganHealth 2 × 2 µg 4–6 h apart); (b) "≥10–25 µg"
 * (The Vegan Society ≥10 µg; Koeder 10–200 µg); (c) "≥2000 µg per week" (The Vegan Society, Koeder,
 * PAN International). All from reference §4.
 */
export const DEFAULT_B12_STRATEGY: B12StrategyThresholds = {
  twiceDailyMinUg: 1.5,
  twiceDailyMinGapHours: 4,
  dailyMinUg: 10,
  weeklyMinUg: 2000,
};
