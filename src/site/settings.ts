import { buildDate } from './build-date.ts';
import { readSiteConfig } from './site-config.ts';
import { cacheKeyOf } from './cache-key.ts';

/** Settings and the build date, read once per build for every page. */
export const site = readSiteConfig(process.env, process.cwd());
export const today = buildDate(process.env);
export const base = import.meta.env.BASE_URL;

/** A page's key for the incremental build: its own data, with the settings every page's layout shows. */
export function pageCacheKey(...parts: unknown[]): string {
  return cacheKeyOf([site, base, ...parts]);
}
