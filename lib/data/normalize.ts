/**
 * Name normalisation shared by the data compiler (duplicate-name check, list linking) and
 * anything at runtime that needs to compare names the same way. Browser-safe, no deps.
 */

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // harakat, Quranic marks, tatweel

/**
 * Folds a surface form for equality checks: Unicode NFKC, case-fold, Latin diacritics
 * removed, Arabic harakat / tatweel removed, alef variants → ا, ى → ي, ة → ه, and
 * whitespace collapsed. Two forms that fold equal would be indistinguishable to a matcher.
 */
export function foldName(name: string): string {
  // Fast path: most list names are plain ASCII, for which the Unicode steps are no-ops.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

// Corporate-form words dropped at the end of a name: list entries print them inconsistently
// ("Co., Ltd.", "Company, Limited", "Inc."), records usually omit them.
const LEGAL_SUFFIXES = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'plc',
  'sa',
  'ag',
  'gmbh',
  'jsc',
  'pjsc',
  'ojsc',
  'cjsc',
  'ooo',
  'oao',
  'zao',
  'llp',
  'lp',
  'bv',
  'nv',
  'pte',
  'pvt',
  'fze',
  'fzco',
  'fzc',
  'fz',
  'sarl',
  'srl',
  'spa',
  'kg',
  'ab',
  'as',
  'oy',
]);

/**
 * Key for matching a curated name against official list names: `foldName`, then `&` → and,
 * punctuation → space, and trailing corporate-form words ("Co., Ltd.") and a leading "the"
 * removed. Deliberately conservative: it never drops descriptive words such as "Group",
 * "Holding" or "Technology", so "Alibaba" does not match "Alibaba Group Holding Limited".
 */
export function listMatchKey(name: string): string {
  const tokens = foldName(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens.join(' ');
}

/** Lower-case ASCII slug for list entry keys: `Huawei Technologies Co., Ltd.` → `huawei-technologies-co-ltd`. */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
