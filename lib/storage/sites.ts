import type { SiteRow, SiyaqDb } from './db';
import { syncPageMirror } from './mirror-sync';

/** The host a per-site setting applies to, or null for pages Siyaq does not run on. */
export function siteHostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Every host with a setting, alphabetically. */
export async function listSites(db: SiyaqDb): Promise<SiteRow[]> {
  return db.sites.orderBy('host').toArray();
}

/** Whether Siyaq runs on `host` (true unless the user turned it off there). */
export async function isSiteEnabled(db: SiyaqDb, host: string): Promise<boolean> {
  return (await db.sites.get(host.toLowerCase()))?.enabled ?? true;
}

/** Turns Siyaq on or off for one host. Turning it back on forgets the host. */
export async function setSiteEnabled(
  db: SiyaqDb,
  host: string,
  enabled: boolean,
  now = Date.now(),
): Promise<void> {
  const key = host.toLowerCase().trim();
  if (!key) throw new Error('optionsErrorEmptyHost');
  if (enabled) await db.sites.delete(key);
  else await db.sites.put({ host: key, enabled, updatedAt: now });
  await syncPageMirror(db);
}
