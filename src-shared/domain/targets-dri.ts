/**
 * US/Canada Dietary Reference Intakes as data, copied from reference/nutrition.md §1a (RDA/AI) and
 * §1b (UL), which reproduce the IOM/NASEM DRI summary tables (calcium and vitamin D: 2011
 * revision). The two tables below keep the reference's layout so they can be checked line by line.
 */
import type { TargetRow, TargetTable, TargetTables } from './target-rows';
import type { PregnancyState, Sex } from '../base/target-types';
import {
  IODINE_SELENIUM_DRI_RECOMMENDED,
  IODINE_SELENIUM_DRI_UPPER,
} from './targets-iodine-selenium';

interface Group {
  readonly minAge: number;
  readonly maxAge: number;
  readonly sex?: Sex;
  readonly state?: Exclude<PregnancyState, 'none'>;
}

// Life-stage groups of §1a. Pregnancy/lactation rows are "≤18 y / 19–30 y / 31–50 y"; a pregnancy
// after 50 uses the 31–50 row (the reference lists none older).
const GROUPS = {
  'preg≤18': { minAge: 0, maxAge: 19, state: 'pregnant' },
  'preg19-30': { minAge: 19, maxAge: 31, state: 'pregnant' },
  'preg31-50': { minAge: 31, maxAge: Infinity, state: 'pregnant' },
  'lact≤18': { minAge: 0, maxAge: 19, state: 'lactating' },
  'lact19-30': { minAge: 19, maxAge: 31, state: 'lactating' },
  'lact31-50': { minAge: 31, maxAge: Infinity, state: 'lactating' },
  '1-3': { minAge: 1, maxAge: 4 },
  '4-8': { minAge: 4, maxAge: 9 },
  'M9-13': { minAge: 9, maxAge: 14, sex: 'male' },
  'F9-13': { minAge: 9, maxAge: 14, sex: 'female' },
  'M14-18': { minAge: 14, maxAge: 19, sex: 'male' },
  'F14-18': { minAge: 14, maxAge: 19, sex: 'female' },
  'M19-30': { minAge: 19, maxAge: 31, sex: 'male' },
  'M31-50': { minAge: 31, maxAge: 51, sex: 'male' },
  'F19-30': { minAge: 19, maxAge: 31, sex: 'female' },
  'F31-50': { minAge: 31, maxAge: 51, sex: 'female' },
  'M51-70': { minAge: 51, maxAge: 71, sex: 'male' },
  'F51-70': { minAge: 51, maxAge: 71, sex: 'female' },
  'M>70': { minAge: 71, maxAge: Infinity, sex: 'male' },
  'F>70': { minAge: 71, maxAge: Infinity, sex: 'female' },
} as const satisfies Record<string, Group>;

type GroupKey = keyof typeof GROUPS;

// prettier-ignore
const RDA_COLUMNS = ['b12', 'folateDfe', 'b6', 'magnesium', 'ala', 'iron', 'zinc', 'calcium', 'vitaminD', 'protein'] as const;

// reference §1a. Units: B12 µg, folate µg DFE, B6 mg, Mg mg, ALA g (AI), iron mg, zinc mg,
// calcium mg, vitamin D µg, protein g/day.
// prettier-ignore
const RDA_TABLE: readonly (readonly [GroupKey, ...number[]])[] = [
  //             B12  Folate  B6   Mg   ALA  Iron Zinc  Ca   VitD Protein
  ['preg≤18',   2.6,  600,  1.9, 400, 1.4, 27, 12, 1300, 15, 71],
  ['preg19-30', 2.6,  600,  1.9, 350, 1.4, 27, 11, 1000, 15, 71],
  ['preg31-50', 2.6,  600,  1.9, 360, 1.4, 27, 11, 1000, 15, 71],
  ['lact≤18',   2.8,  500,  2.0, 360, 1.3, 10, 13, 1300, 15, 71],
  ['lact19-30', 2.8,  500,  2.0, 310, 1.3,  9, 12, 1000, 15, 71],
  ['lact31-50', 2.8,  500,  2.0, 320, 1.3,  9, 12, 1000, 15, 71],
  ['1-3',       0.9,  150,  0.5,  80, 0.7,  7,  3,  700, 15, 13],
  ['4-8',       1.2,  200,  0.6, 130, 0.9, 10,  5, 1000, 15, 19],
  ['M9-13',     1.8,  300,  1.0, 240, 1.2,  8,  8, 1300, 15, 34],
  ['F9-13',     1.8,  300,  1.0, 240, 1.0,  8,  8, 1300, 15, 34],
  ['M14-18',    2.4,  400,  1.3, 410, 1.6, 11, 11, 1300, 15, 52],
  ['F14-18',    2.4,  400,  1.2, 360, 1.1, 15,  9, 1300, 15, 46],
  ['M19-30',    2.4,  400,  1.3, 400, 1.6,  8, 11, 1000, 15, 56],
  ['M31-50',    2.4,  400,  1.3, 420, 1.6,  8, 11, 1000, 15, 56],
  ['F19-30',    2.4,  400,  1.3, 310, 1.1, 18,  8, 1000, 15, 46],
  ['F31-50',    2.4,  400,  1.3, 320, 1.1, 18,  8, 1000, 15, 46],
  ['M51-70',    2.4,  400,  1.7, 420, 1.6,  8, 11, 1000, 15, 56],
  ['F51-70',    2.4,  400,  1.5, 320, 1.1,  8,  8, 1200, 15, 46],
  ['M>70',      2.4,  400,  1.7, 420, 1.6,  8, 11, 1200, 20, 56],
  ['F>70',      2.4,  400,  1.5, 320, 1.1,  8,  8, 1200, 20, 46],
];

const RDA_SOURCES: Readonly<Record<(typeof RDA_COLUMNS)[number], string>> = {
  b12: 'US/Canada RDA: IOM 1998, DRI for B vitamins, ch. 9 (reference §1a)',
  folateDfe: 'US/Canada RDA in µg DFE: IOM 1998 (reference §1a)',
  b6: 'US/Canada RDA: IOM 1998 (reference §1a)',
  magnesium: 'US/Canada RDA: IOM 1997 (reference §1a)',
  ala: 'US/Canada AI: IOM 2002/2005 macronutrients (reference §1a)',
  iron: 'US/Canada RDA: IOM 2001 (reference §1a)',
  zinc: 'US/Canada RDA: IOM 2001 (reference §1a)',
  calcium: 'US/Canada RDA: IOM 2011 (reference §1a)',
  vitaminD: 'US/Canada RDA: IOM 2011 (reference §1a)',
  protein: 'US/Canada RDA in g/day: IOM 2002/2005 (reference §1a)',
};

// UL age bands of §1b; pregnancy and lactation use the row for the person's age.
const UL_BANDS = [
  [1, 4],
  [4, 9],
  [9, 14],
  [14, 19],
  [19, 51],
  [51, Infinity],
] as const;

// prettier-ignore
const UL_COLUMNS = ['folicAcid', 'b6', 'magnesium', 'iron', 'zinc', 'calcium', 'vitaminD'] as const;

// reference §1b. Folate: µg synthetic folic acid; magnesium: mg from supplements only.
// prettier-ignore
const UL_TABLE: readonly (readonly number[])[] = [
  // FolicAcid  B6   Mg(suppl) Iron Zinc  Ca    VitD
  [  300,        30,   65,     40,   7,  2500,  63],  // 1–3 y
  [  400,        40,  110,     40,  12,  2500,  75],  // 4–8 y
  [  600,        60,  350,     40,  23,  3000, 100],  // 9–13 y
  [  800,        80,  350,     45,  34,  3000, 100],  // 14–18 y
  [ 1000,       100,  350,     45,  40,  2500, 100],  // 19–50 y
  [ 1000,       100,  350,     45,  40,  2000, 100],  // 51+ y
];

const UL_SOURCES: Readonly<Record<(typeof UL_COLUMNS)[number], string>> = {
  folicAcid:
    'US/Canada UL for folic acid from supplements and fortified food only: IOM 1998 p. 273 ' +
    '(reference §1b note c, §6.3)',
  b6: 'US/Canada UL: IOM 1998 (reference §1b)',
  magnesium:
    'US/Canada UL for magnesium from supplements only: IOM 1997 p. 242 (reference §1b note d, §6.4)',
  iron: 'US/Canada UL: IOM 2001 (reference §1b)',
  zinc: 'US/Canada UL: IOM 2001 (reference §1b)',
  calcium: 'US/Canada UL: IOM 2011 (reference §1b)',
  vitaminD: 'US/Canada UL: IOM 2011 (reference §1b)',
};

const UL_SCOPES = { folicAcid: 'folicAcid', magnesium: 'supplements' } as const;

function rdaTable(column: (typeof RDA_COLUMNS)[number]): TargetTable {
  const index = RDA_COLUMNS.indexOf(column);
  const rows: TargetRow[] = RDA_TABLE.map(([group, ...values]) => ({
    ...GROUPS[group],
    value: values[index] ?? Number.NaN,
  }));
  return {
    nutrient: column,
    kind: column === 'ala' ? 'AI' : 'RDA',
    source: RDA_SOURCES[column],
    rows,
  };
}

function ulTable(column: (typeof UL_COLUMNS)[number]): TargetTable {
  const index = UL_COLUMNS.indexOf(column);
  const rows: TargetRow[] = UL_BANDS.map(([minAge, maxAge], band) => ({
    minAge,
    maxAge,
    value: UL_TABLE[band]?.[index] ?? Number.NaN,
  }));
  const scope = column === 'folicAcid' || column === 'magnesium' ? UL_SCOPES[column] : 'total';
  return { nutrient: column, kind: 'UL', scope, source: UL_SOURCES[column], rows };
}

/** US/Canada recommended intakes (RDA, or AI for ALA) by nutrient; iodine and selenium apart. */
export const DRI_RECOMMENDED: TargetTables = {
  ...Object.fromEntries(RDA_COLUMNS.map((column) => [column, rdaTable(column)])),
  ...IODINE_SELENIUM_DRI_RECOMMENDED,
};

/** US/Canada upper limits by nutrient. B12, protein and ALA have none (reference §1b). */
export const DRI_UPPER: TargetTables = {
  ...Object.fromEntries(UL_COLUMNS.map((column) => [column, ulTable(column)])),
  ...IODINE_SELENIUM_DRI_UPPER,
};

/**
 * Age bands for a life-stage label. Exported for tests and for the UI's group names.
 */
export const DRI_LIFE_STAGE_GROUPS: Readonly<Record<GroupKey, Group>> = GROUPS;
