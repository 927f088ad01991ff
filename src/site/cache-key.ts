import { createHash } from 'node:crypto';

/**
 * The key Astro's incremental build (experimental.incrementalBuild) compares to decide whether a
 * page can be copied from the last build instead of rendered again: a hash of everything the page
 * shows that is not code. Astro itself re-renders every page of a route when the route's code,
 * components or styles change, and every page when the config or the lockfile change; the key only
 * has to cover the data. Give it all of the page's data, never a part of it: a missing part means a
 * stale page.
 */
export function cacheKeyOf(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, sortedKeys)).digest('base64url');
}

/** Objects hash the same whatever order their keys were set in. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value];
  if (value instanceof Date) return value.toISOString();
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
