import type { SiyaqDb } from './db';
import { disabledSitesItem, excludedTermsItem, watchedIdsItem } from './page-mirror';

/**
 * Copies what content scripts need from the database into the `page-mirror.ts` items. Every
 * repository write calls it after its transaction commits, so an open page reacts at once
 * (content scripts watch the items); the background also calls it at start-up.
 */
export async function syncPageMirror(db: SiyaqDb): Promise<void> {
  const [watched, sites, exclusions] = await db.transaction('r', db.items, db.sites, db.exclusions, () =>
    Promise.all([db.items.orderBy('entityId').uniqueKeys(), db.sites.toArray(), db.exclusions.toArray()]),
  );
  const disabled = sites
    .filter((s) => !s.enabled)
    .map((s) => s.host)
    .sort();
  await Promise.all([
    setIfChanged(watchedIdsItem, (watched as string[]).slice().sort()),
    setIfChanged(disabledSitesItem, disabled),
    setIfChanged(
      excludedTermsItem,
      exclusions.map((e) => e.term),
    ),
  ]);
}

async function setIfChanged(
  item: { getValue(): Promise<string[]>; setValue(v: string[]): Promise<void> },
  next: string[],
): Promise<void> {
  const current = await item.getValue();
  if (JSON.stringify(current) !== JSON.stringify(next)) await item.setValue(next);
}
