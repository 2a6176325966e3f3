/**
 * The company record format (`data/SCHEMA.md`) as a zod schema. This file is the single
 * executable definition of a record: the compiler validates every `data/companies/*.yaml`
 * against it, and the TypeScript types of a parsed record come from it.
 *
 * Cross-record rules (id = file name, references, unique names, source keys) cannot be
 * expressed per record and live in `compile/validate.ts`.
 */
import { z } from 'zod';

/** `sectors` vocabulary (SCHEMA.md § Vocabularies). */
export const SECTORS = [
  'ai-lab',
  'ai-apps',
  'big-tech',
  'cloud',
  'semiconductors',
  'chip-equipment',
  'hardware',
  'e-commerce',
  'social-media',
  'internet',
  'telecom',
  'surveillance',
  'robotics',
  'autonomous-driving',
  'fintech',
  'media',
  'venture-capital',
  'private-equity',
  'sovereign-fund',
  'conglomerate',
  'energy',
  'automotive',
  'government',
] as const;

/** `sanctions[].regime` vocabulary. */
export const REGIMES = [
  'us-bis-entity-list',
  'us-bis-meu',
  'us-ofac-sdn',
  'us-ofac-ns-cmic',
  'us-dod-1260h',
  'us-export-controls',
  'eu-sanctions',
  'uk-sanctions',
  'cn-unreliable-entity-list',
  'other',
] as const;

export const ENTITY_TYPES = ['company', 'investor', 'state-fund', 'government-body'] as const;
export const CLOUD_RELATIONS = ['primary', 'partner', 'compute-for-equity', 'own', 'customer'] as const;
export const SANCTION_STATUSES = ['listed', 'delisted', 'exposed', 'reported'] as const;

/**
 * Official list ids, used by `list_links` in records and by the list ingestion. Kept here
 * (not in the Node-only compiler) because records reference them.
 */
export const LIST_IDS = [
  'us-ofac-sdn',
  'us-ofac-cons',
  'us-dod-1260h',
  'us-bis-mieu',
  'us-fcc-covered',
  'us-ndaa-889',
  'us-ndaa-5949',
  'us-ndaa-154',
  'us-ndaa-1286',
  'us-state-inksna',
  'eu-oj-sanctions',
  'uk-sanctions',
] as const;
export type ListId = (typeof LIST_IDS)[number];

export type Sector = (typeof SECTORS)[number];
export type Regime = (typeof REGIMES)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type CloudRelation = (typeof CLOUD_RELATIONS)[number];
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** True if `value` looks like a record id (kebab-case) rather than a free-text name. */
export function looksLikeId(value: string): boolean {
  return ID_RE.test(value);
}

function vocab<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not in the ${what} vocabulary (${values.join(', ')})`,
  });
}

const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` });
const partialDate = z.string().refine(isPartialDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
});
const nullableDate = partialDate.nullable();
/** Keys into the record's `sources` map; existence is checked in validate.ts. */
const sourceKeys = z.array(nonEmpty('source key')).min(1, { error: 'a fact needs at least one source' });
/** An entity id or a free-text name; which one is decided and checked in validate.ts. */
const entityRef = nonEmpty('entity reference');
const stringList = z.array(nonEmpty('name'));
const usd = z.number().nonnegative({ error: 'amount must be ≥ 0' }).nullable();

export const namesSchema = z.strictObject({
  en: stringList.default([]),
  ar: stringList.default([]),
  zh: stringList.default([]),
});
const wordsSchema = z.strictObject({ en: stringList.default([]), ar: stringList.default([]) });

export const fundingSchema = z.strictObject({
  date: partialDate,
  round: nonEmpty('round'),
  amount_usd: usd,
  /** True when the reported amount is an "up to" commitment, not money raised in a closed round. */
  amount_is_ceiling: z.boolean().default(false),
  valuation_usd: usd,
  lead: z.array(entityRef).default([]),
  investors: z.array(entityRef).default([]),
  sources: sourceKeys,
});

export const backerSchema = z.strictObject({
  id: entityRef,
  stake_pct: z.number().min(0).max(100, { error: 'stake_pct must be between 0 and 100' }).nullable(),
  as_of: nullableDate,
  sources: sourceKeys,
});

export const cloudSchema = z.strictObject({
  provider: entityRef,
  relation: vocab(CLOUD_RELATIONS, 'cloud relation'),
  note: z.string().nullable().default(null),
  as_of: nullableDate,
  sources: sourceKeys,
});

export const chipSchema = z.strictObject({
  vendor: entityRef,
  note: z.string().nullable().default(null),
  as_of: nullableDate,
  sources: sourceKeys,
});

export const sanctionSchema = z.strictObject({
  regime: vocab(REGIMES, 'regime'),
  status: vocab(SANCTION_STATUSES, 'sanctions status'),
  since: nullableDate,
  citation: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  sources: sourceKeys,
});

export const sourceSchema = z.strictObject({
  url: z.string(),
  publisher: nonEmpty('publisher'),
  published: nullableDate,
});

/**
 * An explicit link from a record to an official list entry whose name differs from every
 * name of the record (e.g. "Dawning Information Industry" for Sugon). `name` must equal the
 * entry's primary name or one of its aliases (after name normalisation).
 */
export const listLinkSchema = z.strictObject({
  list: vocab(LIST_IDS, 'list id'),
  name: nonEmpty('name'),
});

export const recordSchema = z.strictObject({
  id: z.string().regex(ID_RE, { error: 'id must be kebab-case (a-z, 0-9, -)' }),
  name: nonEmpty('name'),
  type: vocab(ENTITY_TYPES, 'entity type'),
  names: namesSchema,
  ambiguous: stringList.default([]),
  context_words: wordsSchema.optional(),
  exclude_context: wordsSchema.optional(),
  legal_names: stringList.default([]),
  parent: entityRef.nullable().default(null),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'country must be an ISO 3166-1 alpha-2 code' })
    .nullable(),
  city: z.string().nullable().default(null),
  founded: z.number().int().min(1800).max(2100).nullable(),
  website: z
    .string()
    .regex(/^(?!https?:)[a-z0-9.-]+\.[a-z]{2,}$/i, { error: 'website must be a bare domain' })
    .nullable()
    .default(null),
  tickers: z
    .array(z.string().regex(/^[A-Z]+:[A-Z0-9.]+$/, { error: 'ticker must be EXCHANGE:SYMBOL' }))
    .default([]),
  sectors: z.array(vocab(SECTORS, 'sectors')).min(1, { error: 'at least one sector' }),
  products: stringList.default([]),
  summary: z.strictObject({
    en: nonEmpty('English summary'),
    ar: nonEmpty('Arabic summary'),
  }),
  funding: z.array(fundingSchema).default([]),
  backers: z.array(backerSchema).default([]),
  cloud: z.array(cloudSchema).default([]),
  chips: z.array(chipSchema).default([]),
  sanctions: z.array(sanctionSchema).default([]),
  list_links: z.array(listLinkSchema).default([]),
  sources: z.record(z.string().regex(/^s\d+$/, { error: 'source keys are s1, s2, …' }), sourceSchema),
});

/** A validated company record (defaults applied). */
export type CompanyRecord = z.output<typeof recordSchema>;
export type FundingRound = z.output<typeof fundingSchema>;
export type Backer = z.output<typeof backerSchema>;
export type CloudDependency = z.output<typeof cloudSchema>;
export type ChipDependency = z.output<typeof chipSchema>;
export type SanctionFact = z.output<typeof sanctionSchema>;
export type SourceRef = z.output<typeof sourceSchema>;
export type ListLink = z.output<typeof listLinkSchema>;

/** The fact arrays of a record: each element must cite ≥ 1 key of `sources`. */
export const FACT_FIELDS = ['funding', 'backers', 'cloud', 'chips', 'sanctions'] as const;
