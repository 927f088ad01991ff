import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, policyOverview, type PolicyOverview } from './lib/policy-overview.ts';
import { site, today } from './site.ts';

export type PolicyEntry = CollectionEntry<'policies'>;

/** Every policy with its overview, A to Z: the one place pages get their list from. */
export async function allPolicies(): Promise<{ entry: PolicyEntry; overview: PolicyOverview }[]> {
  const entries = await getCollection('policies');
  return entries
    .map((entry) => ({ entry, overview: policyOverview(entry.id, entry.data, today, site.dueSoonDays) }))
    .sort((a, b) => byTitle(a.overview, b.overview));
}
