/**
 * Iodine and selenium targets and upper limits, US/Canada DRI and EFSA, as data in the row format
 * of target-rows.ts. Kept apart from the older tables (targets-dri.ts, targets-efsa.ts) and merged
 * into them there, so each number sits next to its source.
 *
 * Iodine: reference/nutrition.md §1a (RDA), §1b (UL), §2 (EFSA AI and UL).
 * Selenium: the reference has none, so the primary sources found with the `search` tool:
 * - IOM 2000, *DRI for Vitamin C, Vitamin E, Selenium, and Carotenoids*, ch. 7 "Selenium":
 *   RDA 55 µg for 14 y and older, pregnancy 60 (EAR +4 µg for fetal deposition), lactation 70,
 *   p. 306 [P] (http://books.nap.edu/openbook.php?record_id=9810&page=306); UL 400 µg from 14 y,
 *   pregnancy and lactation included (NOAEL 800 µg ÷ UF 2), p. 315 [P]
 *   (…&page=315); children's UL scaled from 7 µg/kg/day, rounded down to 5 µg, p. 316 [P];
 *   children's RDAs 20 / 30 / 40 µg and ULs 90 / 150 / 280 µg (1–3 / 4–8 / 9–13 y) from the DRI
 *   summary table as reproduced by NIH ODS [S].
 * - EFSA NDA Panel 2014, *Scientific Opinion on DRVs for selenium*, EFSA J 2014;12(10):3846: AI
 *   70 µg/day for adults including pregnancy, 85 µg in lactation [S]. The children's AIs
 *   (15 / 20 / 35 / 55 / 70 µg for 1–3 / 4–6 / 7–10 / 11–14 / 15–17 y) were not read: UNVERIFIED.
 * - EFSA NDA Panel 2023, *Scientific opinion on the tolerable upper intake level for selenium*,
 *   EFSA J 2023;21(1):7704: UL 255 µg/day for adults, pregnancy and lactation included (LOAEL
 *   330 µg from SELECT ÷ UF 1.3) [P, abstract]; it replaces the SCF 2000 UL of 300 µg. Children's
 *   ULs are scaled by body weight^0.75; the band values (70 / 95 / 130 / 180 / 230 µg) were not
 *   read in the opinion: UNVERIFIED.
 */
import type { TargetRow, TargetTable } from './target-rows';

const IODINE_DRI_SOURCE =
  'US/Canada RDA: IOM 2001, DRI for vitamin A … iodine … zinc (reference §1a)';
const IODINE_DRI_UL_SOURCE = 'US/Canada UL: IOM 2001 (reference §1b)';
const IODINE_EFSA_SOURCE =
  'EFSA AI: EFSA NDA Panel 2014, DRVs for iodine, EFSA J 2014;12(5):3660 (reference §2)';
const IODINE_EFSA_UL_SOURCE =
  "EFSA/SCF UL: EFSA Summary of ULs v4 (2018), SCF 2002 (reference §2, 'EFSA/SCF ULs')";
const SELENIUM_DRI_SOURCE =
  'US/Canada RDA: IOM 2000, DRI for vitamin C, vitamin E, selenium and carotenoids, ch. 7, p. 306';
const SELENIUM_DRI_UL_SOURCE = 'US/Canada UL: IOM 2000, ch. 7, pp. 315–316';
const SELENIUM_EFSA_SOURCE =
  'EFSA AI: EFSA NDA Panel 2014, DRVs for selenium, EFSA J 2014;12(10):3846';
const SELENIUM_EFSA_UL_SOURCE =
  'EFSA UL: EFSA NDA Panel 2023, UL for selenium, EFSA J 2023;21(1):7704';

const CHILD_UNVERIFIED = 'EFSA child value not read in the opinion (unverified)';
const CHILD_SECONDARY = 'Child value from a reproduction of the EFSA/SCF table (unverified)';

/** Pregnancy and lactation rows come first: the first matching row wins (target-rows.ts). */
const dri = (
  pregnant: number,
  lactating: number,
  bands: readonly (readonly [number, number, number])[],
): TargetRow[] => [
  { minAge: 0, maxAge: Infinity, state: 'pregnant', value: pregnant },
  { minAge: 0, maxAge: Infinity, state: 'lactating', value: lactating },
  ...bands.map(([minAge, maxAge, value]) => ({ minAge, maxAge, value })),
];

export const IODINE_SELENIUM_DRI_RECOMMENDED = {
  iodine: {
    nutrient: 'iodine',
    kind: 'RDA',
    source: IODINE_DRI_SOURCE,
    rows: dri(220, 290, [
      [1, 9, 90],
      [9, 14, 120],
      [14, Infinity, 150],
    ]),
  },
  selenium: {
    nutrient: 'selenium',
    kind: 'RDA',
    source: SELENIUM_DRI_SOURCE,
    rows: dri(60, 70, [
      [1, 4, 20],
      [4, 9, 30],
      [9, 14, 40],
      [14, Infinity, 55],
    ]),
  },
} as const satisfies Record<string, TargetTable>;

/** Upper limits from the whole diet; pregnancy and lactation use the row for the person's age. */
export const IODINE_SELENIUM_DRI_UPPER = {
  iodine: {
    nutrient: 'iodine',
    kind: 'UL',
    scope: 'total',
    source: IODINE_DRI_UL_SOURCE,
    rows: [
      { minAge: 1, maxAge: 4, value: 200 },
      { minAge: 4, maxAge: 9, value: 300 },
      { minAge: 9, maxAge: 14, value: 600 },
      { minAge: 14, maxAge: 19, value: 900 },
      { minAge: 19, maxAge: Infinity, value: 1100 },
    ],
  },
  selenium: {
    nutrient: 'selenium',
    kind: 'UL',
    scope: 'total',
    source: SELENIUM_DRI_UL_SOURCE,
    rows: [
      { minAge: 1, maxAge: 4, value: 90 },
      { minAge: 4, maxAge: 9, value: 150 },
      { minAge: 9, maxAge: 14, value: 280 },
      { minAge: 14, maxAge: Infinity, value: 400 },
    ],
  },
} as const satisfies Record<string, TargetTable>;

export const IODINE_SELENIUM_EFSA_RECOMMENDED = {
  iodine: {
    nutrient: 'iodine',
    kind: 'AI',
    source: IODINE_EFSA_SOURCE,
    rows: [
      { minAge: 0, maxAge: Infinity, state: 'pregnant', value: 200 },
      { minAge: 0, maxAge: Infinity, state: 'lactating', value: 200 },
      // "For infants aged 7–11 months and for children, AIs range between 70 µg/day and
      // 130 µg/day" [P]; the per-band values below are within that range but were not read.
      { minAge: 1, maxAge: 11, value: 90, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 11, maxAge: 15, value: 120, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 15, maxAge: 18, value: 130, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 18, maxAge: Infinity, value: 150 },
    ],
  },
  selenium: {
    nutrient: 'selenium',
    kind: 'AI',
    source: SELENIUM_EFSA_SOURCE,
    rows: [
      { minAge: 0, maxAge: Infinity, state: 'pregnant', value: 70 },
      { minAge: 0, maxAge: Infinity, state: 'lactating', value: 85 },
      { minAge: 1, maxAge: 4, value: 15, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 4, maxAge: 7, value: 20, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 7, maxAge: 11, value: 35, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 11, maxAge: 15, value: 55, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 15, maxAge: 18, value: 70, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 18, maxAge: Infinity, value: 70 },
    ],
  },
} as const satisfies Record<string, TargetTable>;

export const IODINE_SELENIUM_EFSA_UPPER = {
  iodine: {
    nutrient: 'iodine',
    kind: 'UL',
    scope: 'total',
    source: IODINE_EFSA_UL_SOURCE,
    rows: [
      // "600 µg/d for adults; 200–500 µg/d for children" (reference §2); the bands below are
      // the SCF 2002 table as reproduced by a secondary source.
      { minAge: 18, maxAge: Infinity, value: 600 },
      { minAge: 1, maxAge: 4, value: 200, verified: false, note: CHILD_SECONDARY },
      { minAge: 4, maxAge: 7, value: 250, verified: false, note: CHILD_SECONDARY },
      { minAge: 7, maxAge: 11, value: 300, verified: false, note: CHILD_SECONDARY },
      { minAge: 11, maxAge: 15, value: 450, verified: false, note: CHILD_SECONDARY },
      { minAge: 15, maxAge: 18, value: 500, verified: false, note: CHILD_SECONDARY },
    ],
  },
  selenium: {
    nutrient: 'selenium',
    kind: 'UL',
    scope: 'total',
    source: SELENIUM_EFSA_UL_SOURCE,
    rows: [
      // "A UL of 255 μg/day is established for adult men and women (including pregnant and
      // lactating women)" (EFSA 2023 abstract).
      { minAge: 18, maxAge: Infinity, value: 255 },
      { minAge: 1, maxAge: 4, value: 70, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 4, maxAge: 7, value: 95, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 7, maxAge: 11, value: 130, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 11, maxAge: 15, value: 180, verified: false, note: CHILD_UNVERIFIED },
      { minAge: 15, maxAge: 18, value: 230, verified: false, note: CHILD_UNVERIFIED },
    ],
  },
} as const satisfies Record<string, TargetTable>;
