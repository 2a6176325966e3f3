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
 *  A Latin form followed by a hyphenated model code (DeepSeek-R1, -V3) is a product: dropped.
 * The first entity output that counts wins (recorded order: unambiguous before ambiguous).
 */
import { normalize } from '../normalize/normalize';
import type { Scanner, BlockHits } from './scan';
import { F_CJK, F_HAS_UPPER, K_AMBIG, K_CONTEXT, K_EXCLUDE, K_NAME, OUT_SHIFT, type Mention } from './types';

/** Context window on each side of a mention, in UTF-16 code units. */
export const WINDOW = 120;

const SENTENCE_END = /[.!?:;؟؛…\u06d4"«»“”([|•·—–-]/;
const COORDINATION = /^[\s\u00a0]*(?:[,،]|و|أو|او|and|or|&)?[\s\u00a0]*(?:و)?$/i;
const MODEL_CODE = /^-[A-Za-z]{0,2}\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/u;
const ARABIC_LETTER = /[\u0621-\u064a]/;

interface Entry {
  start: number;
  end: number;
  mention: Mention | null; // null while pending
  pending?: {
    entity: number;
    arabic: boolean;
    capitalMid: boolean;
    /** Starts with a capital (anywhere, incl. sentence start) and the form is recorded with capitals. */
    capital: boolean;
    blockCtx: boolean;
  };
}

function isCapitalizedMidSentence(text: string, start: number): boolean {
  const ch = text[start];
  if (ch === undefined || ch.toLowerCase() === ch || ch.toUpperCase() !== ch) return false;
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return false;
  return !SENTENCE_END.test(text[i]!);
}

function hasUpper(s: string): boolean {
  return s.toLowerCase() !== s;
}

function containsTokens(haystack: string, needle: string): boolean {
  if (haystack === needle) return true;
  return ` ${haystack} `.includes(` ${needle} `);
}

export function resolveDocument(
  scanner: Scanner,
  blocks: Map<number, { text: string; hits: BlockHits }>,
  excluded: Set<string>,
): Map<number, Mention[]> {
  const { outFirst, outData, entities } = scanner;
  const result = new Map<number, Entry[]>();
  // entity → normalized forms of its counted (unambiguous or context-confirmed) mentions
  const confirmed = new Map<number, Set<string>>();
  const confirm = (entity: number, form: string) => {
    let s = confirmed.get(entity);
    if (!s) confirmed.set(entity, (s = new Set()));
    s.add(form);
  };

  for (const [key, { text, hits }] of blocks) {
    const out: Entry[] = [];
    result.set(key, out);
    const { cands, ctx } = hits;
    for (let c = 0; c < cands.length; c += 4) {
      const start = cands[c]!;
      const end = cands[c + 1]!;
      const node = cands[c + 2];
      const clitic = cands[c + 3];
      const surface = text.slice(start, end);
      const form = normalize(surface);
      if (excluded.has(form)) continue;
      if (MODEL_CODE.test(text.slice(end, end! + 8))) continue;
      let chosen: Mention | null = null;
      let pend: Entry['pending'] | null = null;
      for (let o = outFirst[node!]; o! < outFirst[node! + 1]!; o!++) {
        const entry = outData[o!];
        const kind = entry! & 3;
        if (kind >= K_CONTEXT) continue;
        const entity = entry! >>> OUT_SHIFT;
        let near = false;
        let inBlock = false;
        let excludedHere = false;
        // ctx is sorted by start: binary-search the first hit that can be in the window.
        let lo = 0;
        let hi = ctx.length / 3;
        const from = start! - WINDOW - 128;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (ctx[mid * 3]! < from) lo = mid + 1;
          else hi = mid;
        }
        for (let h = lo * 3; h < ctx.length && ctx[h]! <= end! + WINDOW; h += 3) {
          const hs = ctx[h];
          const he = ctx[h + 1];
          const hn = ctx[h + 2];
          for (let q = outFirst[hn! + 1]! - 1; q >= outFirst[hn!]!; q--) {
            const e2 = outData[q];
            if ((e2! & 3) < K_CONTEXT) break;
            if (e2! >>> OUT_SHIFT !== entity) continue;
            const inside = hs! < end! && he! > start!;
            const dist = inside ? 0 : hs! >= end! ? hs! - end! : start! - he!;
            if ((e2! & 3) === K_EXCLUDE) {
              if (dist <= WINDOW) excludedHere = true;
            } else if (!inside) {
              inBlock = true;
              if (dist <= WINDOW) near = true;
            }
          }
        }
        if (excludedHere) continue;
        if (entry! & F_HAS_UPPER && !(entry! & F_CJK) && !hasUpper(surface) && !/\s/.test(form)) continue;
        if (kind === K_NAME) {
          chosen = { entityId: entities[entity]!, start, end, form, confirmedBy: 'name' };
          confirm(entity, form);
          break;
        }
        if (kind === K_AMBIG) {
          if (clitic! & 2) continue;
          if (near) {
            chosen = { entityId: entities[entity]!, start, end, form, confirmedBy: 'context' };
            confirm(entity, form);
            break;
          }
          if (!pend) {
            pend = {
              entity,
              arabic: ARABIC_LETTER.test(form),
              capitalMid: (entry! & F_HAS_UPPER) !== 0 && isCapitalizedMidSentence(text, start!),
              capital: (entry! & F_HAS_UPPER) !== 0 && /^\p{Lu}/u.test(surface),
              blockCtx: inBlock,
            };
          }
        }
      }
      if (chosen) out.push({ start, end, mention: chosen });
      else if (pend) out.push({ start, end, mention: null, pending: pend });
    }
  }

  // Two rounds: mentions accepted in round 1 (e.g. by capitalization) can confirm others by discourse.
  for (let round = 0; round < 2; round++)
    for (const [key, list] of result) {
      const text = blocks.get(key)!.text;
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!.pending;
        if (!p) continue;
        const { start, end } = list[i]!;
        const form = normalize(text.slice(start, end));
        const make = (by: Mention['confirmedBy']): Mention => ({
          entityId: entities[p.entity]!,
          start,
          end,
          form,
          confirmedBy: by,
        });
        const forms = confirmed.get(p.entity);
        let by: Mention['confirmedBy'] | null = null;
        if (forms && (!p.arabic || [...forms].some((f) => containsTokens(f, form)))) by = 'discourse';
        if (!by) {
          const prev = list
            .slice(0, i)
            .reverse()
            .find((x) => x.mention);
          const next = list.slice(i + 1).find((x) => x.mention);
          const other = (m: Mention | null | undefined) => m && m.entityId !== entities[p.entity];
          if (
            (other(prev?.mention) && COORDINATION.test(text.slice(prev!.mention!.end, start))) ||
            (other(next?.mention) && COORDINATION.test(text.slice(end, next!.mention!.start)))
          )
            by = 'context';
        }
        // (not for official-list entities: they have no context words, only discourse)
        if (!by && round === 0 && p.capital && !entities[p.entity]!.startsWith('list:')) {
          const otherInBlock = list.some((x) => x.mention && x.mention.entityId !== entities[p.entity]);
          if (otherInBlock || (p.capitalMid && p.blockCtx)) by = 'capitalization';
        }
        if (by) {
          list[i] = { start, end, mention: make(by) };
          confirm(p.entity, form);
        }
      }
    }
  const final = new Map<number, Mention[]>();
  for (const [key, list] of result) {
    final.set(
      key,
      list.map((x) => x.mention).filter((m): m is Mention => m !== null),
    );
  }
  return final;
}

export { K_NAME, K_AMBIG };
