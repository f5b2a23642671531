/**
 * The number a typed amount starts with ("1.5 cups", "½ cup", "1,000 g"): read by the plan's
 * amount parser (domain/amount.ts) and the custom-food form (schemas/custom-food-form.ts).
 */
/** Unicode vulgar fractions ("½ cup"); NFKD spells each as digits around a fraction slash. */
const VULGAR: ReadonlyMap<string, number> = new Map(
  [...'½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞'].map((c) => {
    const [top, bottom] = c.normalize('NFKD').split('\u2044');
    return [c, Number(top) / Number(bottom)];
  }),
);
const VULGAR_CLASS = [...VULGAR.keys()].join('');
const NUMBER = new RegExp(
  `^(?:(\\d+)\\s+(\\d+)\\s*/\\s*(\\d+)|(\\d+)\\s*/\\s*(\\d+)|(\\d*)\\s*([${VULGAR_CLASS}])|(\\d+(?:[.,]\\d+)?|[.,]\\d+))`,
);

/** Reads the leading number: "1.5", "1,5", "1,000", "1/2", "1 1/2", "½", "1½". */
export function parseLeadingNumber(text: string): { value: number; rest: string } | null {
  const m = NUMBER.exec(text);
  if (m === null) return null;
  const rest = text.slice(m[0].length).trim();
  if (m[1] !== undefined) return { value: Number(m[1]) + Number(m[2]) / Number(m[3]), rest };
  if (m[4] !== undefined) return { value: Number(m[4]) / Number(m[5]), rest };
  if (m[7] !== undefined) return { value: Number(m[6] || '0') + VULGAR.get(m[7])!, rest };
  const raw = m[8]!;
  // "1,000" is a thousands separator; "1,5" is a decimal comma.
  const value = /^\d{1,3},\d{3}$/.test(raw)
    ? Number(raw.replace(',', ''))
    : Number(raw.replace(',', '.'));
  return { value, rest };
}
