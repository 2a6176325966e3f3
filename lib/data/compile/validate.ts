/**
 * Validates raw company records: the zod schema per record, then the rules that need the
 * whole corpus (id = file name, references, source keys, URLs, name collisions).
 * Returns every problem at once so one build run lists all of them.
 */
import type { z } from 'zod';
import { FACT_FIELDS, looksLikeId, recordSchema, type CompanyRecord } from '../record-schema';
import { foldName } from '../normalize';
import { formatPath, type DataIssue } from './issues';
import type { RawRecord } from './read-records';

export interface ValidationResult {
  /** Records that passed the schema (even if cross-record checks failed), sorted by id. */
  records: CompanyRecord[];
  /** Problems that fail the build. */
  errors: DataIssue[];
  /** Problems worth fixing that do not fail the build (fragile URLs, missing dates, …). */
  warnings: DataIssue[];
}

/** Hosts known to serve syndicated copies that are likely to disappear (data/KNOWN-ISSUES.md). */
export const FRAGILE_HOST_PATTERNS: RegExp[] = [
  /(^|\.)goldberglawma\.com$/,
  /(^|\.)enodoworks\.com$/,
  /^testing\.dev\./,
  /\.compute(-\d)?\.amazonaws\.com$/,
  /^ec2-/,
  /^reddit\.[a-z]+\.[a-z]+$/, // reddit mirrors such as reddit.ableppo.net
  /^\d+\.\d+\.\d+\.\d+$/,
];

const ARABIC = /[\u0600-\u06ff]/;
const CJK = /[\u3400-\u9fff]/;

function zodMessage(issue: z.core.$ZodIssue): { path: (string | number)[]; message: string } {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    return { path, message: issue.keys.map((k) => `unknown field "${k}"`).join('; ') };
  }
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    if (input === undefined) return { path, message: 'missing' };
    const got = input === null ? 'null' : Array.isArray(input) ? 'list' : typeof input;
    return { path, message: `expected ${issue.expected}, got ${got}` };
  }
  return { path, message: issue.message };
}

/** Returns a problem message if `url` is not a well-formed absolute http(s) URL. */
export function checkUrl(url: string): string | null {
  if (/\s/.test(url)) return `URL contains whitespace: "${url}"`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a well-formed URL: "${url}"`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `URL must be http(s): "${url}"`;
  if (!parsed.hostname.includes('.')) return `URL has no valid host: "${url}"`;
  return null;
}

/** Validates every raw record and the cross-record rules. */
export function validateRecords(raw: RawRecord[]): ValidationResult {
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const parsed: { file: string; record: CompanyRecord }[] = [];

  for (const { file, stem, data } of raw) {
    const result = recordSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { path, message } = zodMessage(issue);
        errors.push({ file, path: formatPath(path), message });
      }
      continue;
    }
    const record = result.data;
    if (record.id !== stem) {
      errors.push({
        file,
        path: 'id',
        message: `"${record.id}" does not match the file name (expected "${stem}")`,
      });
    }
    parsed.push({ file, record });
  }

  // Every file counts as an existing id, even one that failed the schema: breaking one record
  // must not make every reference to it an error too.
  const ids = new Set([...raw.map((r) => r.stem), ...parsed.map((p) => p.record.id)]);
  // Free-text references must not silently duplicate a curated entity: map names to ids.
  const idByName = new Map<string, string>();
  for (const { record } of parsed) {
    for (const n of [record.name, ...record.names.en, ...record.legal_names])
      idByName.set(foldName(n), record.id);
  }

  for (const { file, record } of parsed) {
    checkRecord(file, record, ids, idByName, errors, warnings);
  }
  checkNameCollisions(parsed, errors);

  // Group problems by file (stable: within a file they stay in field order) so a log reads per record.
  const byFile = (a: DataIssue, b: DataIssue) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    records: parsed.map((p) => p.record).sort((a, b) => a.id.localeCompare(b.id)),
    errors: errors.sort(byFile),
    warnings: warnings.sort(byFile),
  };
}

function checkRecord(
  file: string,
  r: CompanyRecord,
  ids: Set<string>,
  idByName: Map<string, string>,
  errors: DataIssue[],
  warnings: DataIssue[],
): void {
  const ref = (path: string, value: string | null) => {
    if (value === null) return;
    if (looksLikeId(value)) {
      if (!ids.has(value)) {
        errors.push({
          file,
          path,
          message: `unknown entity id "${value}" (no data/companies/${value}.yaml; name an entity without a record in free text instead)`,
        });
      }
      return;
    }
    const id = idByName.get(foldName(value));
    // A warning, not an error: free text may deliberately name a predecessor that shares the name
    // (e.g. pre-2023 "Sequoia Capital" before the split into Sequoia, HongShan and Peak XV).
    if (id !== undefined)
      warnings.push({
        file,
        path,
        message: `"${value}" is also the name of curated entity "${id}"; use its id if it is the same entity`,
      });
  };
  ref('parent', r.parent);
  if (r.parent === r.id) errors.push({ file, path: 'parent', message: 'an entity cannot be its own parent' });
  r.funding.forEach((f, i) => {
    f.lead.forEach((v, j) => ref(`funding[${i}].lead[${j}]`, v));
    f.investors.forEach((v, j) => ref(`funding[${i}].investors[${j}]`, v));
    if (
      f.amount_usd !== null &&
      f.valuation_usd !== null &&
      f.valuation_usd > 0 &&
      f.valuation_usd < f.amount_usd
    ) {
      warnings.push({ file, path: `funding[${i}]`, message: 'valuation is below the amount raised' });
    }
  });
  r.backers.forEach((b, i) => ref(`backers[${i}].id`, b.id));
  r.cloud.forEach((c, i) => ref(`cloud[${i}].provider`, c.provider));
  r.chips.forEach((c, i) => ref(`chips[${i}].vendor`, c.vendor));

  // Every fact cites ≥ 1 existing source key (≥ 1 is enforced by the schema).
  for (const field of FACT_FIELDS) {
    (r[field] as { sources: string[] }[]).forEach((fact, i) => {
      const seen = new Set<string>();
      fact.sources.forEach((key, j) => {
        if (!(key in r.sources))
          errors.push({ file, path: `${field}[${i}].sources[${j}]`, message: `unknown source key "${key}"` });
        if (seen.has(key))
          warnings.push({
            file,
            path: `${field}[${i}].sources[${j}]`,
            message: `source key "${key}" repeated`,
          });
        seen.add(key);
      });
    });
  }
  r.sanctions.forEach((s, i) => {
    if ((s.status === 'listed' || s.status === 'delisted') && s.since === null) {
      warnings.push({
        file,
        path: `sanctions[${i}].since`,
        message: `no listing date for a ${s.status} ${s.regime} fact`,
      });
    }
  });

  for (const [key, source] of Object.entries(r.sources)) {
    const problem = checkUrl(source.url);
    if (problem) {
      errors.push({ file, path: `sources.${key}.url`, message: problem });
      continue;
    }
    const url = new URL(source.url);
    if (url.protocol === 'http:')
      warnings.push({ file, path: `sources.${key}.url`, message: 'plain http (no https)' });
    if (FRAGILE_HOST_PATTERNS.some((re) => re.test(url.hostname))) {
      warnings.push({
        file,
        path: `sources.${key}.url`,
        message: `fragile host ${url.hostname} (syndicated copy); prefer the original publisher`,
      });
    }
  }

  // Surface forms must be written in the script they are filed under.
  r.names.ar.forEach((n, i) => {
    if (!ARABIC.test(n))
      errors.push({ file, path: `names.ar[${i}]`, message: `"${n}" is not in Arabic script` });
  });
  r.names.zh.forEach((n, i) => {
    if (!CJK.test(n))
      errors.push({ file, path: `names.zh[${i}]`, message: `"${n}" has no Chinese characters` });
  });
  r.names.en.forEach((n, i) => {
    if (ARABIC.test(n) || CJK.test(n))
      errors.push({ file, path: `names.en[${i}]`, message: `"${n}" is not in Latin script` });
  });
  if (!ARABIC.test(r.summary.ar)) errors.push({ file, path: 'summary.ar', message: 'has no Arabic text' });
  if (ARABIC.test(r.summary.en) || !/[A-Za-z]/.test(r.summary.en)) {
    errors.push({ file, path: 'summary.en', message: 'is not English text' });
  }
  const own = new Set([...r.names.en, ...r.names.ar, ...r.names.zh].map(foldName));
  r.ambiguous.forEach((n, i) => {
    if (own.has(foldName(n)))
      warnings.push({ file, path: `ambiguous[${i}]`, message: `"${n}" is also listed under names` });
  });
  if (own.size === 0) {
    warnings.push({
      file,
      path: 'names',
      message: r.ambiguous.length
        ? 'every form is ambiguous (matched only with context)'
        : 'no surface forms',
    });
  }
}

/** A folded form claimed by two entities is an error unless one of them marks it ambiguous. */
function checkNameCollisions(parsed: { file: string; record: CompanyRecord }[], errors: DataIssue[]): void {
  interface Claim {
    id: string;
    file: string;
    path: string;
    form: string;
    ambiguous: boolean;
  }
  const claims = new Map<string, Claim[]>();
  for (const { file, record } of parsed) {
    const add = (form: string, path: string, ambiguous: boolean) => {
      const key = foldName(form);
      const list = claims.get(key) ?? [];
      // Variants that fold equal (case, hamza) are deliberate: the matcher may be exact.
      if (list.some((c) => c.id === record.id && c.ambiguous === ambiguous)) return;
      list.push({ id: record.id, file, path, form, ambiguous });
      claims.set(key, list);
    };
    for (const script of ['en', 'ar', 'zh'] as const)
      record.names[script].forEach((n, i) => add(n, `names.${script}[${i}]`, false));
    record.ambiguous.forEach((n, i) => add(n, `ambiguous[${i}]`, true));
  }
  for (const list of claims.values()) {
    const entities = new Set(list.map((c) => c.id));
    if (entities.size < 2) continue;
    // Fine if at least one entity sharing the form marks it ambiguous.
    if (list.some((c) => c.ambiguous)) continue;
    const first = list[0]!;
    for (const c of list.slice(1)) {
      if (c.id === first.id) continue;
      errors.push({
        file: c.file,
        path: c.path,
        message: `"${c.form}" is also a name of "${first.id}"; mark it ambiguous in at least one of them`,
      });
    }
  }
}
