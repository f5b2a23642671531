/** The food search (issue 3): build once over the food table, then search per keystroke. */
export { createFoodSearch } from './food-search';
export { measureSearchQuality } from './quality';
export type { QualityQuery, QualityReport } from './quality';
export type {
  DietFilter,
  FoodSearch,
  MatchRange,
  SearchableFood,
  SearchFilter,
  SearchHit,
  SearchOptions,
} from './types';
