import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, policyOverview, type PolicyOverview } from './policy-overview.ts';
import { versionTable, type VersionRow } from '#src/versions/version-table.ts';
import { site, today } from '#src/site/settings.ts';

export type PolicyEntry = CollectionEntry<'policies'>;
export type ArchivedVersionEntry = CollectionEntry<'policyVersions'>;

export interface LoadedPolicy {
  entry: PolicyEntry;
  overview: PolicyOverview;
  versions: VersionRow[];
}

/** Every policy with its overview and version history, A to Z: the one place pages get their list from. */
export async function allPolicies(): Promise<LoadedPolicy[]> {
  const entries = await getCollection('policies');
  return entries
    .map((entry) => ({
      entry,
      overview: policyOverview(entry.id, entry.data, today, site.dueSoonDays),
      versions: versionTable(entry.data, entry.data.versions),
    }))
    .sort((a, b) => byTitle(a.overview, b.overview));
}

/** Earlier versions held in git, by "<policy id>/<version>". */
export async function archivedVersions(policies: readonly LoadedPolicy[]): Promise<Map<string, ArchivedVersionEntry>> {
  // Asking for an empty collection makes Astro warn that it may be misconfigured; a library with no
  // earlier versions yet is normal, so only ask when there is something to find.
  if (!policies.some(({ versions }) => versions.some((row) => row.readable && !row.current))) return new Map();
  const entries = await getCollection('policyVersions');
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/**
 * The text of a policy or an earlier version, read from its file when a page needs it. Collections
 * do not keep the text (retainBody: false): pages render from the compiled MDX, and hundreds of
 * policies' text held in the content store would be bundled into the build for nothing.
 */
export async function entryText(entry: PolicyEntry | ArchivedVersionEntry): Promise<string | undefined> {
  if (!entry.filePath) return undefined;
  return readFile(path.resolve(process.cwd(), entry.filePath), 'utf8').catch(() => undefined);
}
