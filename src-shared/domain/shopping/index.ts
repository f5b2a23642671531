/** The shopping list: demand per food, purchasable units, aisles, date ranges and plain text. */
export {
  buildShoppingList,
  isEmptyList,
  SHOPPING_KEY,
  type BuildShoppingListInput,
  type LineKind,
  type ManualItem,
  type ShoppingLine,
  type ShoppingList,
  type ShoppingSection,
} from './build-list';
export {
  aisleIdForFood,
  aisleNames,
  assignGroup,
  DEFAULT_AISLES,
  effectiveAisles,
  moveAisle,
  OTHER_AISLE_ID,
  OTHER_AISLE_NAME,
} from './aisles';
export { eaterCount, sumDemand, type Demand } from './demand';
export {
  approxGrams,
  massPurchase,
  purchaseFor,
  unitCountPurchase,
  type Purchase,
  type UnitSystem,
} from './purchase';
export {
  listKeyOf,
  MAX_RANGE_DAYS,
  rangeProblems,
  weekRange,
  weekStartOf,
  type DateRange,
  type RangeProblems,
} from './range';
export { shoppingListText } from './list-text';
