/**
 * Compile-time spelling variants of recorded Arabic-script names (input and output are
 * NORMALIZED forms, see lib/normalize/normalize.ts), as real Arabic text shows them:
 *  - optional spaces between name parts: ميني ماكس → مينيماكس, جي 42 → جي42 (each space between
 *    Arabic tokens / Arabic and digits may be dropped; names of 2–4 tokens);
 *  - the letters that render a Latin g: ج / غ are interchangeable with each other and with ق, ك
 *    inside tokens of 3+ letters (جوجل → غوغل, قوقل; ميجفي → ميغفي);
 *  - long vowels written or dropped: one medial ي / و / ا of a token of 6+ letters may be
 *    dropped (تينسنت → تنسنت); shorter tokens would collide with real words (سجون, هاوي).
 * The Latin side gets hyphen ↔ space (High-Flyer → High Flyer).
 * Letter folds that are always safe (digits, ڤ → ف, ی → ي, alef/hamza forms) are done by the
 * normalization itself, not here. A variant is kept only if it has 4+ letters and does not
 * collide with another pattern (checked by the caller).
 */

const G_LETTERS = ['ج', 'غ', 'ق', 'ك'];
const G_SOURCES = new Set(['ج', 'غ']);
const LONG_VOWELS = new Set(['ي', 'و', 'ا']);
const MAX_VARIANTS = 64;

const isArabic = (ch: string) => ch >= '\u0621' && ch <= '\u064a';
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

function spaceVariants(form: string): string[] {
  const tokens = form.split(' ');
  if (tokens.length < 2 || tokens.length > 4) return [form];
  let out: string[] = [tokens[0]!];
  for (let t = 1; t < tokens.length; t++) {
    const prev = tokens[t - 1];
    const cur = tokens[t];
    const joinable =
      (isArabic(prev![prev!.length - 1]!) || isDigit(prev![prev!.length - 1]!)) &&
      (isArabic(cur![0]!) || isDigit(cur![0]!));
    const next: string[] = [];
    for (const o of out) {
      next.push(o + ' ' + cur);
      if (joinable) next.push(o! + cur!);
    }
    out = next;
  }
  return out;
}

function gVariants(form: string): string[] {
  // Only inside Arabic runs of 3+ letters: a two-letter spelled-out initial (جي) is left alone.
  const inLongRun = new Uint8Array(form.length);
  const re = /[\u0621-\u064a]{3,}/g;
  for (let m = re.exec(form); m; m = re.exec(form)) inLongRun.fill(1, m.index, m.index + m[0].length);
  let out = [''];
  for (let i = 0; i < form.length; i++) {
    const ch = form[i]!;
    if (G_SOURCES.has(ch) && inLongRun[i]) {
      const next: string[] = [];
      for (const o of out) for (const g of G_LETTERS) next.push(o + g);
      out = next.slice(0, MAX_VARIANTS);
    } else out = out.map((o) => o + ch);
  }
  return out;
}

function vowelDropVariants(form: string): string[] {
  // Runs of Arabic letters (tokens split at spaces AND punctuation: تي.إس.إم.سي is four tokens).
  const out = [form];
  // Only tokens of 6+ letters: dropping a vowel from a shorter one tends to make a real word
  // (سوجون → سجون "prisons", هواوي → هاوي "amateur").
  const re = /[\u0621-\u064a]{6,}/g;
  for (let m = re.exec(form); m; m = re.exec(form)) {
    const tok = m[0];
    for (let i = 1; i < tok.length - 1; i++) {
      if (!LONG_VOWELS.has(tok[i]!) || LONG_VOWELS.has(tok[i - 1]!)) continue;
      out.push(form.slice(0, m.index + i) + form.slice(m.index + i + 1));
    }
  }
  return out;
}

function letterCount(form: string): number {
  let n = 0;
  for (const ch of form) if (ch !== ' ') n++;
  return n;
}

/** Variants of one normalized Arabic-script form (the form itself excluded). */
export function arabicVariants(form: string): string[] {
  const result = new Set<string>();
  for (const v1 of vowelDropVariants(form)) {
    for (const v2 of gVariants(v1)) {
      for (const v3 of spaceVariants(v2)) {
        if (result.size >= MAX_VARIANTS) break;
        result.add(v3);
      }
    }
  }
  result.delete(form);
  return [...result].filter((v) => letterCount(v) >= 4);
}

/** Variants of one normalized Latin form (the form itself excluded). */
export function latinVariants(form: string): string[] {
  if (!form.includes('-')) return [];
  return [form.replace(/-/g, ' ')].filter((v) => v !== form);
}
