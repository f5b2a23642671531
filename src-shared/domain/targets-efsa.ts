/**
 * EFSA Dietary Reference Values as data, from reference/nutrition.md §2 (EFSA NDA Panel opinions;
 * upper limits from EFSA's 2018 summary of ULs and EFSA 2023 for vitamin B6).
 *
 * EFSA's age bands differ from the US ones, so rows use EFSA's own bands. Where the reference gives
 * no EFSA value for an age (e.g. zinc for children), the table has no row and the resolver falls
 * back to the US/Canada value with a note. Where the reference gives only a range over an age span,
 * the row interpolates by age and is marked unverified. EFSA adults are 18 y and older.
 */
import type { TargetTable, TargetTables } from './target-rows';
import {
  IODINE_SELENIUM_EFSA_RECOMMENDED,
  IODINE_SELENIUM_EFSA_UPPER,
} from './targets-iodine-selenium';

const RANGE_NOTE =
  'EFSA gives a range over these ages; Cobalt interpolates by age (check the EFSA table)';

const b12: TargetTable = {
  nutrient: 'b12',
  kind: 'AI',
  source: 'EFSA AI: EFSA J 2015;13(7):4150 (reference §2)',
  rows: [
    { minAge: 0, maxAge: Infinity, state: 'pregnant', value: 4.5 },
    { minAge: 0, maxAge: Infinity, state: 'lactating', value: 5.0 },
    // Child AIs between infancy and 15 y are UNVERIFIED in the reference ("commonly 1.5 / 1.5 /
    // 2.5 / 3.5 for 1–3 / 4–6 / 7–10 / 11–14 y").
    { minAge: 1, maxAge: 4, value: 1.5, verified: false, note: 'EFSA child AI unverified' },
    { minAge: 4, maxAge: 7, value: 1.5, verified: false, note: 'EFSA child AI unverified' },
    { minAge: 7, maxAge: 11, value: 2.5, verified: false, note: 'EFSA child AI unverified' },
    { minAge: 11, maxAge: 15, value: 3.5, verified: false, note: 'EFSA child AI unverified' },
    { minAge: 15, maxAge: Infinity, value: 4.0 },
  ],
};

const folateDfe: TargetTable = {
  nutrient: 'folateDfe',
  kind: 'PRI',
  source: 'EFSA PRI (pregnancy: AI), µg DFE: EFSA J 2014;12(11):3893 (reference §2)',
  rows: [
    { minAge: 0, maxAge: Infinity, state: 'pregnant', value: 600, kind: 'AI' },
    { minAge: 0, maxAge: Infinity, state: 'lactating', value: 500 },
    { minAge: 1, maxAge: 4, value: 120 },
    {
      minAge: 4,
      maxAge: 15,
      value: { fromAge: 3, from: 120, toAge: 15, to: 330 },
      verified: false,
      note: RANGE_NOTE,
    },
    { minAge: 15, maxAge: Infinity, value: 330 },
  ],
};

const b6: TargetTable = {
  nutrient: 'b6',
  kind: 'PRI',
  source: 'EFSA PRI: EFSA J 2016;14(6):4485 (reference §2)',
  rows: [
    { minAge: 0, maxAge: Infinity, state: 'pregnant', value: 1.8 },
    { minAge: 0, maxAge: Infinity, state: 'lactating', value: 1.7 },
    {
      minAge: 1,
      maxAge: 15,
      value: { fromAge: 1, from: 0.6, toAge: 14, to: 1.4 },
      verified: false,
      note: RANGE_NOTE,
    },
    // The reference gives children to 14 y and adults; 15–17 y use the adult values.
    {
      minAge: 15,
      maxAge: 18,
      sex: 'female',
      value: 1.6,
      verified: false,
      note: 'Adult value used from 15 y',
    },
    {
      minAge: 15,
      maxAge: 18,
      sex: 'male',
      value: 1.7,
      verified: false,
      note: 'Adult value used from 15 y',
    },
    { minAge: 18, maxAge: Infinity, sex: 'female', value: 1.6 },
    { minAge: 18, maxAge: Infinity, sex: 'male', value: 1.7 },
  ],
};

const magnesium: TargetTable = {
  nutrient: 'magnesium',
  kind: 'AI',
  // Same in pregnancy and lactation as for other women of the age.
  source: 'EFSA AI: EFSA J 2015;13(7):4186 (reference §2)',
  rows: [
    { minAge: 1, maxAge: 3, value: 170 },
    { minAge: 3, maxAge: 10, value: 230 },
    { minAge: 10, maxAge: 18, sex: 'male', value: 300 },
    { minAge: 10, maxAge: 18, sex: 'female', value: 250 },
    { minAge: 18, maxAge: Infinity, sex: 'male', value: 350 },
    { minAge: 18, maxAge: Infinity, sex: 'female', value: 300 },
  ],
};

/** ALA: 0.5 % of energy (value is the energy share), all ages from 1 y. */
const ala: TargetTable = {
  nutrient: 'ala',
  kind: 'AI',
  source: 'EFSA AI, 0.5 % of energy: EFSA J 2010;8(3):1461 (reference §2)',
  rows: [{ minAge: 1, maxAge: Infinity, value: 0.005 }],
};

const iron: TargetTable = {
  nutrient: 'iron',
  kind: 'PRI',
  source: 'EFSA PRI: EFSA J 2015;13(10):4254 (reference §2)',
  rows: [
    // "Pregnancy and lactation same as premenopausal women."
    { minAge: 0, maxAge: Infinity, state: 'pregnant', value: 16 },
    { minAge: 0, maxAge: Infinity, state: 'lactating', value: 16 },
    { minAge: 1, maxAge: 7, value: 7 },
    { minAge: 7, maxAge: 12, value: 11 },
    { minAge: 12, maxAge: 18, sex: 'female', value: 13 },
    { minAge: 12, maxAge: 18, sex: 'male', value: 11 },
    { minAge: 18, maxAge: Infinity, sex: 'male', value: 11 },
    { minAge: 18, maxAge: 51, sex: 'female', value: 16 },
    // EFSA splits women by menopause, which Cobalt does not ask; it uses 51 y, where the US
    // table's iron value for women also drops (reference §1a).
    {
      minAge: 51,
      maxAge: Infinity,
      sex: 'female',
      value: 11,
      note: 'Postmenopausal value from 51 y',
    },
  ],
};

const calcium: TargetTable = {
  nutrient: 'calcium',
  kind: 'PRI',
  source: 'EFSA PRI: EFSA J 2015;13(5):4101 (reference §2)',
  rows: [
    { minAge: 1, maxAge: 4, value: 450 },
    { minAge: 4, maxAge: 11, value: 800 },
    { minAge: 11, maxAge: 18, value: 1150 },
    { minAge: 18, maxAge: 25, value: 1000 },
    { minAge: 25, maxAge: Infinity, value: 950 },
  ],
};

const vitaminD: TargetTable = {
  nutrient: 'vitaminD',
  kind: 'AI',
  source: 'EFSA AI: EFSA J 2016;14(10):4547 (reference §2)',
  rows: [{ minAge: 1, maxAge: Infinity, value: 15 }],
};

/** EFSA recommended intakes by nutrient (zinc, protein and EPA+DHA are resolved in targets.ts). */
export const EFSA_RECOMMENDED: TargetTables = {
  b12,
  folateDfe,
  b6,
  magnesium,
  ala,
  iron,
  calcium,
  vitaminD,
  ...IODINE_SELENIUM_EFSA_RECOMMENDED,
};

/**
 * EFSA zinc PRI for adults by dietary phytate (mg/day): EFSA NDA Panel 2014, zinc opinion
 * (reference §2; ranges [P], individual points [S]).
 */
export const EFSA_ZINC_BY_PHYTATE = {
  source: 'EFSA PRI by dietary phytate: EFSA NDA Panel 2014, zinc (reference §2)',
  phytateMg: [300, 600, 900, 1200],
  male: [9.4, 11.7, 14.0, 16.3],
  female: [7.5, 9.3, 11.0, 12.7],
  // UNVERIFIED in the reference (abstract truncated).
  pregnancyAdd: 1.6,
  lactationAdd: 2.9,
} as const;

/** EFSA protein PRI for adults, g per kg body weight per day (EFSA J 2012;10(2):2557, §2). */
export const EFSA_PROTEIN_PER_KG = 0.83;
/** EFSA extra protein in lactation, first 6 months (g/day; reference §2). */
export const EFSA_PROTEIN_LACTATION_ADD = 19;

const UL_SOURCE = "EFSA Summary of ULs v4 (2018) (reference §2, 'EFSA/SCF ULs')";

/** EFSA upper limits. Iron has none (reference §2); the resolver shows the US UL with a note. */
export const EFSA_UPPER: TargetTables = {
  ...IODINE_SELENIUM_EFSA_UPPER,
  magnesium: {
    nutrient: 'magnesium',
    kind: 'UL',
    scope: 'supplements',
    source: `${UL_SOURCE}: readily dissociable Mg salts and MgO, not Mg naturally in food`,
    rows: [{ minAge: 1, maxAge: Infinity, value: 250 }],
  },
  zinc: {
    nutrient: 'zinc',
    kind: 'UL',
    scope: 'total',
    source: UL_SOURCE,
    rows: [
      { minAge: 18, maxAge: Infinity, value: 25 },
      {
        minAge: 1,
        maxAge: 18,
        value: { fromAge: 1, from: 7, toAge: 17, to: 22 },
        verified: false,
        note: RANGE_NOTE,
      },
    ],
  },
  folicAcid: {
    nutrient: 'folicAcid',
    kind: 'UL',
    scope: 'folicAcid',
    source: `${UL_SOURCE}: synthetic folic acid only`,
    rows: [
      { minAge: 18, maxAge: Infinity, value: 1000 },
      {
        minAge: 1,
        maxAge: 18,
        value: { fromAge: 1, from: 200, toAge: 17, to: 800 },
        verified: false,
        note: RANGE_NOTE,
      },
    ],
  },
  calcium: {
    nutrient: 'calcium',
    kind: 'UL',
    scope: 'total',
    source: UL_SOURCE,
    rows: [{ minAge: 18, maxAge: Infinity, value: 2500 }],
  },
  vitaminD: {
    nutrient: 'vitaminD',
    kind: 'UL',
    scope: 'total',
    source: 'EFSA 2012 vitamin D UL review (reference §2)',
    rows: [
      { minAge: 11, maxAge: Infinity, value: 100 },
      { minAge: 1, maxAge: 11, value: 50 },
    ],
  },
  b6: {
    nutrient: 'b6',
    kind: 'UL',
    scope: 'total',
    source: 'EFSA UL: EFSA J 2023;21(5):8006 (reference §2, §6.5)',
    rows: [
      // "12 mg/d for adults, including pregnancy and lactation."
      { minAge: 18, maxAge: Infinity, value: 12 },
      {
        minAge: 1,
        maxAge: 7,
        value: { fromAge: 1, from: 3.2, toAge: 6, to: 4.5 },
        verified: false,
        note: RANGE_NOTE,
      },
      {
        minAge: 7,
        maxAge: 18,
        value: { fromAge: 7, from: 6.1, toAge: 17, to: 10.7 },
        verified: false,
        note: RANGE_NOTE,
      },
    ],
  },
};
