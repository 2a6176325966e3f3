/**
 * Evidence resolution over a document (all blocks of a page).
 *
 * For each leftmost-longest candidate, each entity output of its form is judged in order:
 *  1. an `exclude_context` word/phrase of the entity within WINDOW code units of the mention (same
 *     block; a phrase that contains the mention counts, e.g. «مبادلة العملات») rules it out;
 *  2. a Latin single-token form recorded with capitals but written all lower-case is ruled out
 *     ("intel", "apple", "moonshot");
 *  3. a recorded (or generated variant) unambiguous form counts ('name');
 *  4. an ambiguous form never counts with an attached article ال (الأمازون, البابا, الخزنة);
 *     otherwise it counts with
 *     - a context word of the entity within WINDOW code units ('context'), or
 *     - ('discourse') a counted mention of the same entity anywhere in the document — for a Latin
 *       form any unambiguous or context-confirmed mention (one sense per discourse); for an
 *       Arabic-script form (Arabic has no capitals, so these forms are common words: اتصالات,
 *       خزنة, مبادلة) only a counted mention whose form contains the same word(s), e.g. خزنة
 *       confirmed by «خزنة داتا سنترز», not by a mention of the entity under another name; or
 *     - ('context') coordination with a counted mention of another entity in the same block
 *       («مبادلة وجي 42», "Amazon or Nvidia": only spaces, comma, و/أو, and/or/& between), or
 *     - ('capitalization', Latin only, not for `list:` entities) capitalized AND a counted mention of another entity in the
 *       same block, or capitalized mid-sentence AND a context word of the entity in the block.
 *     Mentions accepted this way can in turn confirm others by discourse (a second round).
 *  A Latin form followed by a hyphenated model code (DeepSeek-R1, -V3), or any form followed by the
 *  word Chat (its chatbot: Humain Chat, «هيوماين تشات»), is a product: dropped.
 * The first entity output that counts wins (recorded order: unambiguous before ambiguous).
 *
 * Two phases, so a document holds no block text: blockFacts judges a block's candidates when the
 * block is set (rules 1–4 as far as the block itself decides them, and whether only coordination
 * separates neighbouring candidates); resolveFacts applies the evidence that spans blocks
 * (discourse, neighbours that became mentions, capitalization with another mention in the block).
 */
import type { Scanner, ScanView } from './scan';
import { endOutput, firstOutput } from './node-outputs';
import {
  CONTEXT_REACH,
  F_CJK,
  F_HAS_UPPER,
  K_AMBIG,
  K_CONTEXT,
  K_EXCLUDE,
  K_NAME,
  OUT_SHIFT,
  WINDOW,
  type Mention,
} from './types';

const SENTENCE_END = /[.!?:;؟؛…\u06d4"«»“”([|•·—–-]/;
const COORDINATION = /^[\s\u00a0]*(?:[,،]|و|أو|او|and|or|&)?[\s\u00a0]*(?:و)?$/i;
// Sticky: tested at a candidate's end (lastIndex), without a copy of the text after it.
const MODEL_CODE = /-[A-Za-z]{0,2}\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/uy;
/** The word Chat after a company's name: its chatbot, a product (Humain Chat, «هيوماين تشات»). */
const CHATBOT = /[\s\u00a0]+(?:Chat|تشات|شات)(?![\p{L}\p{N}])/uy;

/** Does the text after a candidate ending at `end` make it part of a product's name? */
function isProductName(text: string, end: number): boolean {
  MODEL_CODE.lastIndex = end;
  CHATBOT.lastIndex = end;
  return (text.charCodeAt(end) === 0x2d /* - */ && MODEL_CODE.test(text)) || CHATBOT.test(text);
}
const ARABIC_LETTER = /[\u0621-\u064a]/;

/**
 * What a block's candidates are, judged once when the block is set (blockFacts): everything that
 * needs the block's text or its context hits, so the document keeps neither. Per entry (a
 * candidate that counts or may count): FACT_FIELDS integers in `data` — start, end, entity (the
 * entity chosen, or for a pending entry the first ambiguous one still possible), flags — and its
 * normalized form in `forms` (Scanner.formOf: one string per trie node, as the same names recur).
 */
export interface BlockFacts {
  /** A plain array of small integers: smaller than a typed array for the few entries of a block. */
  data: readonly number[];
  forms: readonly string[];
}

const FACT_FIELDS = 4;
// Entry flags.
const BY_NAME = 1;
const BY_CONTEXT = 2;
const PENDING = 4;
const ARABIC_FORM = 8;
const CAPITAL_MID = 16;
const CAPITAL = 32;
const CONTEXT_IN_BLOCK = 64;
/** Only coordination («و», ",", "and", "or", "&", spaces) between the previous entry and this one. */
const COORDINATED_WITH_PREVIOUS = 128;

const NO_FACTS: BlockFacts = { data: [], forms: [] };

function isCapitalizedMidSentence(text: string, start: number): boolean {
  const ch = text[start];
  if (ch === undefined || ch.toLowerCase() === ch || ch.toUpperCase() !== ch) return false;
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return false;
  return !SENTENCE_END.test(text[i]!);
}

/** Has text[start, end) a letter with a lower-case form (an upper-case letter)? No copies: runs per candidate. */
function hasUpperIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 0x41 && c <= 0x5a : c >= 0xc0 && isUpperAt(text, i)) return true;
  }
  return false;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch.toLowerCase() !== ch;
}

function containsTokens(haystack: string, needle: string): boolean {
  if (haystack === needle) return true;
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Judges the candidates of one block (rules 1–4 above, minus what depends on other blocks or on
 * the final choice of neighbours).
 */
export function blockFacts(
  scanner: Scanner,
  text: string,
  /** The block's scan (its context hits: see BlockHits). */
  hits: ScanView,
  excluded: Set<string>,
): BlockFacts {
  const { outs, outData } = scanner;
  const { cands, candLen } = hits;
  if (candLen === 0) return NO_FACTS;
  const { ctx, ctxLen } = hits;
  const data: number[] = [];
  const forms: string[] = [];
  let prevEnd = -1;
  for (let c = 0; c < candLen; c += 4) {
    const start = cands[c]!;
    const end = cands[c + 1]!;
    const node = cands[c + 2]!;
    const clitic = cands[c + 3]!;
    const form = scanner.formOf(node);
    if (excluded.size > 0 && excluded.has(form)) continue;
    if (isProductName(text, end)) continue;
    let chosen = -1;
    let chosenFlags = 0;
    let pending = -1;
    let pendingFlags = 0;
    const outEnd = endOutput(outs, node);
    for (let o = firstOutput(outs, node); o < outEnd; o++) {
      const entry = outData[o]!;
      const kind = entry & 3;
      if (kind >= K_CONTEXT) continue;
      const entity = entry >>> OUT_SHIFT;
      let near = false;
      let inBlock = false;
      let excludedHere = false;
      // ctx is sorted by start: binary-search the first hit that can be in the window.
      let lo = 0;
      let hi = ctxLen / 3;
      const from = start - CONTEXT_REACH;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ctx[mid * 3]! < from) lo = mid + 1;
        else hi = mid;
      }
      for (let h = lo * 3; h < ctxLen && ctx[h]! <= end + WINDOW; h += 3) {
        const hs = ctx[h]!;
        const he = ctx[h + 1]!;
        const hn = ctx[h + 2]!;
        const hitFirst = firstOutput(outs, hn);
        for (let q = endOutput(outs, hn) - 1; q >= hitFirst; q--) {
          const e2 = outData[q]!;
          if ((e2 & 3) < K_CONTEXT) break;
          if (e2 >>> OUT_SHIFT !== entity) continue;
          const inside = hs < end && he > start;
          const dist = inside ? 0 : hs >= end ? hs - end : start - he;
          if ((e2 & 3) === K_EXCLUDE) {
            if (dist <= WINDOW) excludedHere = true;
          } else if (!inside) {
            inBlock = true;
            if (dist <= WINDOW) near = true;
          }
        }
      }
      if (excludedHere) continue;
      if (entry & F_HAS_UPPER && !(entry & F_CJK) && !hasUpperIn(text, start, end) && !form.includes(' '))
        continue;
      if (kind === K_NAME) {
        chosen = entity;
        chosenFlags = BY_NAME;
        break;
      }
      if (kind === K_AMBIG) {
        if (clitic & 2) continue;
        if (near) {
          chosen = entity;
          chosenFlags = BY_CONTEXT;
          break;
        }
        if (pending < 0) {
          pending = entity;
          const upper = (entry & F_HAS_UPPER) !== 0;
          pendingFlags =
            PENDING |
            (ARABIC_LETTER.test(form) ? ARABIC_FORM : 0) |
            (upper && isCapitalizedMidSentence(text, start) ? CAPITAL_MID : 0) |
            (upper && isUpperAt(text, start) ? CAPITAL : 0) |
            (inBlock ? CONTEXT_IN_BLOCK : 0);
        }
      }
    }
    if (chosen < 0 && pending < 0) continue;
    // The text between two neighbouring entries holds the candidates dropped in between, so "only
    // coordination between them" is decided here once, on the text.
    const coordinated = prevEnd >= 0 && COORDINATION.test(text.slice(prevEnd, start));
    data.push(
      start,
      end,
      chosen >= 0 ? chosen : pending,
      (chosen >= 0 ? chosenFlags : pendingFlags) | (coordinated ? COORDINATED_WITH_PREVIOUS : 0),
    );
    forms.push(form);
    prevEnd = end;
  }
  // Exact-length copies: an array grown by push keeps room for 17 entries.
  return data.length ? { data: data.slice(), forms: forms.slice() } : NO_FACTS;
}

/** Entry j of the block at `base` counts, as a mention of an entity other than `entity`. */
function isOther(st: Uint8Array, base: number, data: readonly number[], j: number, entity: number): boolean {
  return st[base + j] !== 0 && data[j * FACT_FIELDS + 2] !== entity;
}

/** How a pending entry was confirmed (0: not yet). */
const CONFIRMED_BY: Mention['confirmedBy'][] = ['name', 'name', 'context', 'discourse', 'capitalization'];
const S_NAME = 1;
const S_CONTEXT = 2;
const S_DISCOURSE = 3;
const S_CAPITALIZATION = 4;

/** Resolves the judged blocks of a document: discourse and neighbour evidence across blocks. */
export function resolveFacts(scanner: Scanner, blocks: Map<number, BlockFacts>): Map<number, Mention[]> {
  const { entities } = scanner;
  // entity → normalized forms of its counted (unambiguous or context-confirmed) mentions
  const confirmed = new Map<number, Set<string>>();
  const confirm = (entity: number, form: string) => {
    let s = confirmed.get(entity);
    if (!s) confirmed.set(entity, (s = new Set()));
    s.add(form);
  };
  // Per entry of every block (blocks in the map's order, entries in block order): S_* once it
  // counts, 0 while pending. One array for the document: a typed array per block costs more to
  // allocate than the few entries it holds.
  let total = 0;
  for (const { data } of blocks.values()) total += data.length / FACT_FIELDS;
  const st = new Uint8Array(total);
  let base = 0;
  for (const { data, forms } of blocks.values()) {
    const n = data.length / FACT_FIELDS;
    for (let i = 0; i < n; i++) {
      const flags = data[i * FACT_FIELDS + 3]!;
      if (flags & (BY_NAME | BY_CONTEXT)) {
        st[base + i] = flags & BY_NAME ? S_NAME : S_CONTEXT;
        confirm(data[i * FACT_FIELDS + 2]!, forms[i]!);
      }
    }
    base += n;
  }

  // Two rounds: mentions accepted in round 1 (e.g. by capitalization) can confirm others by discourse.
  for (let round = 0; round < 2; round++) {
    base = 0;
    for (const { data, forms } of blocks.values()) {
      const n = data.length / FACT_FIELDS;
      for (let i = 0; i < n; i++) {
        const flags = data[i * FACT_FIELDS + 3]!;
        if (!(flags & PENDING) || st[base + i] !== 0) continue;
        const entity = data[i * FACT_FIELDS + 2]!;
        const form = forms[i]!;
        const known = confirmed.get(entity);
        let by = 0;
        if (known && (!(flags & ARABIC_FORM) || [...known].some((f) => containsTokens(f, form))))
          by = S_DISCOURSE;
        if (!by) {
          // Coordination with a neighbouring mention of another entity («مبادلة وجي 42»).
          if (
            (i > 0 && isOther(st, base, data, i - 1, entity) && flags & COORDINATED_WITH_PREVIOUS) ||
            (i + 1 < n &&
              isOther(st, base, data, i + 1, entity) &&
              data[(i + 1) * FACT_FIELDS + 3]! & COORDINATED_WITH_PREVIOUS)
          )
            by = S_CONTEXT;
        }
        // (not for official-list entities: they have no context words, only discourse)
        if (!by && round === 0 && flags & CAPITAL && !entities[entity]!.startsWith('list:')) {
          let otherInBlock = false;
          for (let j = 0; j < n && !otherInBlock; j++) otherInBlock = isOther(st, base, data, j, entity);
          if (otherInBlock || (flags & CAPITAL_MID && flags & CONTEXT_IN_BLOCK)) by = S_CAPITALIZATION;
        }
        if (by) {
          st[base + i] = by;
          confirm(entity, form);
        }
      }
      base += n;
    }
  }

  const final = new Map<number, Mention[]>();
  base = 0;
  for (const [key, { data, forms }] of blocks) {
    const n = data.length / FACT_FIELDS;
    const out: Mention[] = [];
    for (let i = 0; i < n; i++) {
      const state = st[base + i]!;
      if (state === 0) continue;
      out.push({
        entityId: entities[data[i * FACT_FIELDS + 2]!]!,
        start: data[i * FACT_FIELDS]!,
        end: data[i * FACT_FIELDS + 1]!,
        form: forms[i]!,
        confirmedBy: CONFIRMED_BY[state]!,
      });
    }
    final.set(key, out);
    base += n;
  }
  return final;
}

export { K_NAME, K_AMBIG };
