/**
 * Compile side: NamesSource → MatcherPayload (a trie over a compressed alphabet, serialized as
 * CSR typed arrays). Runs in Node (scripts/compile-matcher.ts) and in tests; no Node imports.
 */
import type { NamesSource, RecognitionEntity } from '../data/names-source';
import { normalize, getFoldTable } from '../normalize/normalize';
import { getScriptTable, ARABIC, LATIN, CJK } from '../normalize/script';
import { bytesToBase64, encodeU16, encodeU32 } from './base64';
import {
  F_CJK,
  F_HAS_UPPER,
  F_VARIANT,
  FIRST_ALPHA,
  K_AMBIG,
  K_CONTEXT,
  K_EXCLUDE,
  K_NAME,
  OUT_SHIFT,
  type MatcherPayload,
} from './types';
import { arabicVariants, latinVariants } from './variants';
import { classRunsOf, encodeDfa, Scanner } from './scan';

export interface BuildOptions {
  /** Generate spelling variants of Arabic names (default true). */
  variants?: boolean;
  /** Extra entity sources (e.g. the listed-entity names) merged after `source`. */
  extra?: NamesSource;
  /** Drop patterns shorter than this many letters from `extra` (default 4). */
  extraMinLetters?: number;
  /** If given, receives every name pattern (normalized; names, ambiguous forms and variants). */
  namePatternsOut?: string[];
  /**
   * If given, receives the generated variants left out because a context or exclude word of some
   * entity is the same string (data checks: a context word written «جي42» silently removed the
   * generated «جي42» of G42's «جي 42» once).
   */
  variantsShadowedByContextOut?: { variant: string; entity: string }[];
}

// Leading words of official-list names that are legal forms or articles, not the name itself
// ("Limited Liability Company X", "Joint Stock Company X", "The X", "and X" from split aliases).
// Stripped from listed names only (normalized forms), so "X" is what is matched.
const LIST_PREFIXES = [
  'the',
  'and',
  'limited liability company',
  'limited liability partnership',
  'limited company',
  'limited',
  'open joint stock company',
  'closed joint stock company',
  'public joint stock company',
  'joint stock company',
  'joint-stock company',
  'open joint-stock company',
  'closed joint-stock company',
  'public joint-stock company',
  'joint stock commercial bank',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'llc',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'tov',
  'too',
  'obshchestvo s ogranichennoi otvetstvennostyu',
  'aktsionernoe obshchestvo',
  'otkrytoe aktsionernoe obshchestvo',
  'publichnoe aktsionernoe obshchestvo',
  'zakrytoe aktsionernoe obshchestvo',
  'общество с ограниченной ответственностью',
  'акционерное общество',
  'открытое акционерное общество',
  'публичное акционерное общество',
  'закрытое акционерное общество',
  'ооо',
  'ао',
  'оао',
  'пао',
  'зао',
].sort((a, b) => b.length - a.length);

export function stripListPrefixes(form: string): string {
  for (let changed = true; changed;) {
    changed = false;
    for (const p of LIST_PREFIXES) {
      if (form.startsWith(p + ' ') || form.startsWith(p + ' "') || form.startsWith(p + ', ')) {
        form = form.slice(p.length).replace(/^[\s,"]+/, '');
        changed = true;
      }
    }
  }
  return form;
}

/**
 * "The Blackstone Group" is matched as "Blackstone Group": a pattern that begins with "the" makes
 * every "the" in English text a place where the matcher must stop and walk (about one word in
 * twenty), and the underline without the article still names the company. A one-word remainder
 * keeps its article ("The Information" is not "Information").
 */
export function withoutLeadingArticle(form: string): string {
  return form.startsWith('the ') && form.indexOf(' ', 4) > 4 ? form.slice(4) : form;
}

function isArabicForm(form: string): boolean {
  const s = getScriptTable();
  for (let i = 0; i < form.length; i++) if (s[form.charCodeAt(i)] === ARABIC) return true;
  return false;
}
function isCjkForm(form: string): boolean {
  const s = getScriptTable();
  for (let i = 0; i < form.length; i++) if (s[form.charCodeAt(i)] !== CJK) return false;
  return form.length > 0;
}
function letters(form: string): number {
  const s = getScriptTable();
  let n = 0;
  for (let i = 0; i < form.length; i++) if (s[form.charCodeAt(i)] !== 0) n++;
  return n;
}

interface PatternEntry {
  out: Set<number>;
}

export function buildMatcher(source: NamesSource, options: BuildOptions = {}): MatcherPayload {
  const withVariants = options.variants ?? true;
  const entities: string[] = [];
  const patterns = new Map<string, PatternEntry>();
  const recorded = new Set<string>(); // normalized recorded name forms (any entity)
  let nNames = 0;
  let nVariants = 0;
  let nContext = 0;

  const add = (form: string, entry: number) => {
    if (!form) return;
    let p = patterns.get(form);
    if (!p) patterns.set(form, (p = { out: new Set() }));
    p.out.add(entry);
  };

  const all: { e: RecognitionEntity; extra: boolean }[] = source.entities.map((e) => ({ e, extra: false }));
  if (options.extra) for (const e of options.extra.entities) all.push({ e, extra: true });
  const minExtra = options.extraMinLetters ?? 4;

  // Pass 1: recorded forms.
  const variantQueue: { form: string; entry: number }[] = [];
  for (const { e, extra } of all) {
    const idx = entities.length;
    entities.push(e.id);
    const forms: { raw: string; kind: number }[] = [];
    for (const raw of [...e.names.en, ...e.names.ar, ...e.names.zh]) forms.push({ raw, kind: K_NAME });
    for (const raw of e.ambiguous) forms.push({ raw, kind: K_AMBIG });
    for (const { raw, kind } of forms) {
      const form = extra ? stripListPrefixes(normalize(raw)) : withoutLeadingArticle(normalize(raw));
      if (!form) continue;
      if (extra && letters(form) < minExtra) continue;
      // A one-word official-list alias ("START", "October") is ambiguous: it needs a longer name of
      // the same entity on the page.
      let flags = extra && !form.includes(' ') ? K_AMBIG : kind;
      if (/\p{Lu}/u.test(raw) && !isArabicForm(form)) flags |= F_HAS_UPPER;
      if (isCjkForm(form)) flags |= F_CJK;
      add(form, (idx << OUT_SHIFT) | flags);
      recorded.add(form);
      nNames++;
      if (withVariants && !extra) {
        const vs = isArabicForm(form) ? arabicVariants(form) : latinVariants(form);
        for (const v of vs) variantQueue.push({ form: v, entry: (idx << OUT_SHIFT) | flags | F_VARIANT });
      }
    }
    // Context words are evidence for ambiguous forms only (resolve.ts): an entity without one
    // would only add patterns (and walks on every common word among them) that nothing reads.
    if (e.ambiguous.length > 0)
      for (const w of [...e.contextWords.en, ...e.contextWords.ar]) {
        add(normalize(w), (idx << OUT_SHIFT) | K_CONTEXT);
        nContext++;
      }
    for (const w of [...e.excludeContext.en, ...e.excludeContext.ar]) {
      add(normalize(w), (idx << OUT_SHIFT) | K_EXCLUDE);
      nContext++;
    }
  }
  // Pass 2: variants that do not collide with a recorded form or a context word.
  for (const { form, entry } of variantQueue) {
    if (recorded.has(form)) continue;
    const existing = patterns.get(form);
    if (existing) {
      let foreign = false;
      let context = false;
      for (const o of existing.out) {
        if (o >>> OUT_SHIFT !== entry >>> OUT_SHIFT || (o & 3) >= K_CONTEXT) foreign = true;
        if ((o & 3) >= K_CONTEXT) context = true;
      }
      if (foreign) {
        if (context)
          options.variantsShadowedByContextOut?.push({
            variant: form,
            entity: entities[entry >>> OUT_SHIFT]!,
          });
        continue;
      }
    }
    add(form, entry);
    nVariants++;
  }

  if (options.namePatternsOut) {
    for (const [form, p] of patterns)
      if ([...p.out].some((o) => (o & 3) < K_CONTEXT)) options.namePatternsOut.push(form);
  }
  // Alphabet: every folded character used by a pattern except space.
  const fold = getFoldTable();
  const charSet = new Set<number>();
  for (const form of patterns.keys()) for (let i = 0; i < form.length; i++) charSet.add(form.charCodeAt(i));
  charSet.delete(0x20);
  const alphabetCodes = [...charSet].sort((a, b) => a - b);
  for (const c of alphabetCodes)
    if (fold[c] !== c) throw new Error(`alphabet char U+${c.toString(16)} is not a fixed point of the fold`);
  const classOf = new Map<number, number>();
  alphabetCodes.forEach((c, i) => classOf.set(c, FIRST_ALPHA + i));
  classOf.set(0x20, 1);

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const outs: number[][] = [[]];
  const sortedForms = [...patterns.keys()].sort();
  for (const form of sortedForms) {
    let v = 0;
    for (let i = 0; i < form.length; i++) {
      const k = classOf.get(form.charCodeAt(i))!;
      let nx = children[v]!.get(k);
      if (nx === undefined) {
        nx = children.length;
        children.push(new Map());
        outs.push([]);
        children[v]!.set(k, nx);
      }
      v = nx;
    }
    // Name/ambiguous entries first, then context/exclude entries (the scanner relies on this).
    const rank = (x: number) => ((x & 3) >= K_CONTEXT ? 1 : 0);
    outs[v]!.push(...[...patterns.get(form)!.out].sort((a, b) => rank(a) - rank(b) || a - b));
  }
  // Renumber breadth-first so that shallow nodes (hot) are close together.
  const order: number[] = [0];
  const newId = new Int32Array(children.length).fill(-1);
  newId[0] = 0;
  for (let h = 0; h < order.length; h++) {
    const v = order[h];
    for (const k of [...children[v!]!.keys()].sort((a, b) => a - b)) {
      const c = children[v!]!.get(k)!;
      newId[c] = order.length;
      order.push(c);
    }
  }
  const N = order.length;
  const K = FIRST_ALPHA + alphabetCodes.length;
  let maxFan = 0;
  for (const v of order) maxFan = Math.max(maxFan, children[v]!.size);
  // Children of a node are consecutive in breadth-first order, so the target of edge e is e + 1
  // and only child counts and labels need to be stored.
  const childCount = maxFan > 255 ? new Uint16Array(N) : new Uint8Array(N);
  const labels: number[] = [];
  const outNodes: number[] = [];
  const outCount: number[] = [];
  const outData: number[] = [];
  for (let i = 0; i < N; i++) {
    const v = order[i];
    const keys = [...children[v!]!.keys()].sort((a, b) => a - b);
    childCount[i] = keys.length;
    for (const k of keys) {
      if (newId[children[v!]!.get(k)!] !== labels.length + 1)
        throw new Error('trie is not in breadth-first order');
      labels.push(k);
    }
    if (outs[v!]!.length) {
      outNodes.push(i);
      outCount.push(outs[v!]!.length);
      outData.push(...outs[v!]!);
    }
  }
  const edgeLabel = K > 256 ? Uint16Array.from(labels) : Uint8Array.from(labels);
  const enc = (a: Uint8Array | Uint16Array | Uint32Array) =>
    bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

  return {
    alphabet: String.fromCharCode(...alphabetCodes),
    entities,
    nodeCount: N,
    childCount: enc(childCount),
    childCountBytes: childCount.BYTES_PER_ELEMENT as 1 | 2,
    edgeLabel: enc(edgeLabel),
    labelBytes: edgeLabel.BYTES_PER_ELEMENT as 1 | 2,
    outNodes: enc(Uint32Array.from(outNodes)),
    outCount: enc(Uint8Array.from(outCount)),
    outData: enc(Uint32Array.from(outData)),
    stats: { names: nNames, variants: nVariants, contextWords: nContext, patterns: patterns.size },
  };
}

export { LATIN };

/**
 * Adds the token automaton (scan.ts) to a built payload, computed once here instead of in every
 * tab: the scanner derives it from the trie when a payload has none.
 */
export function withPrefilter(payload: MatcherPayload): MatcherPayload {
  const scanner = new Scanner(payload);
  return {
    ...payload,
    tokenDfa: encodeDfa({ ...scanner.tokenDfa, derived: scanner.derivedTables() }),
    classRuns: encodeU16(classRunsOf(scanner.cls)),
    outputTables: {
      bits: encodeU32(scanner.outs.bits),
      rankBefore: encodeU32(scanner.outs.rankBefore),
      start: encodeU32(scanner.outs.start),
    },
    outNodes: '',
    outCount: '',
  };
}
