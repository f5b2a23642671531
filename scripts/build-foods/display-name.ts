/**
 * Short display names from SR28 Long_Desc. SR28 writes brand and product names in capitals
 * ("Cereals ready-to-eat, KELLOGG, KELLOGG'S CRACKLIN' OAT BRAN"); the display name title-cases
 * them, drops a manufacturer segment repeated by the next segment, removes USDA programme notes
 * and keeps every descriptive segment, so "Fish, salmon, Atlantic, farmed, raw" stays as is.
 * Deterministic: the same description always gives the same name.
 */
const MAX_NAME_LENGTH = 120;

/** Capitalised tokens that are abbreviations, not brand names: left in capitals. */
const KEEP_UPPERCASE = new Set([
  'USDA',
  'DHA',
  'ARA',
  'EPA',
  'RTE',
  'UHT',
  'NFS',
  'BBQ',
  'KFC',
  'TLC',
  'EAS',
  'PM',
  'II',
  'III',
  'TV',
  'US',
  'USA',
  'A&W',
  'BK',
  'LLC',
  'DQ',
  'XL',
  'GMO',
  'HTST',
  'IHOP',
]);

function titleCaseWord(token: string): string {
  if (KEEP_UPPERCASE.has(token)) return token;
  // "McDONALD'S" → "McDonald's"; "KELLOGG'S" → "Kellogg's"; "NOODLEO's" → "Noodleo's".
  return token.replace(/[A-Z][A-Z'’.&-]*[A-Z]/g, (run) => {
    if (KEEP_UPPERCASE.has(run)) return run;
    // Each hyphenated part keeps its capital: "ALL-BRAN" → "All-Bran", "COCA-COLA" → "Coca-Cola".
    return run
      .split('-')
      .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
      .join('-');
  });
}

function titleCaseBrands(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z'’.&-]*/g, (token) =>
    /[A-Z]{2,}/.test(token) ? titleCaseWord(token) : token,
  );
}

const PROGRAMME_NOTES: readonly RegExp[] = [
  /\s*\((includes|formerly)[^)]*\)/gi,
  /^USDA Commodity( Food)?,?\s*/i,
  /,?\s*USDA Commodity\b/gi,
];

/** A segment written wholly in capitals is a brand or manufacturer ("KELLOGG", "QUAKER"). */
const isBrandSegment = (segment: string): boolean =>
  /[A-Z]{2,}/.test(segment) && !/[a-z]/.test(segment);

function dropRepeatedBrand(segments: string[]): string[] {
  // "KELLOGG, KELLOGG'S CRACKLIN' OAT BRAN" → "KELLOGG'S CRACKLIN' OAT BRAN".
  return segments.filter((segment, i) => {
    const next = segments[i + 1];
    if (!next || !isBrandSegment(segment)) return true;
    const base = segment.toLowerCase().replace(/'s$/, '');
    return !(base.length > 2 && next.toLowerCase().startsWith(base));
  });
}

/**
 * Fits a long name into MAX_NAME_LENGTH by dropping middle segments from the end of the middle,
 * keeping the food (first segment) and its state (last two segments, e.g. "cooked, roasted").
 */
function shorten(segments: readonly string[]): string {
  const joined = segments.join(', ');
  if (joined.length <= MAX_NAME_LENGTH) return joined;
  const tail = segments.slice(-2);
  const head = segments.slice(0, -2);
  while (head.length > 1 && [...head, ...tail].join(', ').length > MAX_NAME_LENGTH) head.pop();
  const short = [...head, ...tail].join(', ');
  return short.length <= MAX_NAME_LENGTH ? short : `${short.slice(0, MAX_NAME_LENGTH - 1)}…`;
}

export function displayName(longDesc: string): string {
  let text = longDesc;
  for (const note of PROGRAMME_NOTES) text = text.replace(note, '');
  const segments = text
    .split(',')
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter((segment) => segment.length > 0);
  const named = dropRepeatedBrand(segments).map((segment) =>
    titleCaseBrands(segment).replace(/\.$/, ''),
  );
  const first = named[0] ?? longDesc;
  named[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return shorten(named);
}
