import { getCollection, type CollectionEntry } from 'astro:content';
import { easyReadStatus, type EasyReadStatus } from '#src/easy-read/easy-read-status.ts';
import type { PolicyOverview } from '#src/library/policy-overview.ts';

export type EasyReadEntry = CollectionEntry<'easyRead'>;

/** Each policy's easy read, by policy id, with what its page says about it. */
export async function easyReadsByPolicy(overviews: readonly PolicyOverview[]): Promise<Map<string, { entry: EasyReadEntry; status: EasyReadStatus }>> {
  const entries = await getCollection('easyRead');
  const byId = new Map<string, { entry: EasyReadEntry; status: EasyReadStatus }>();
  for (const entry of entries) {
    const overview = overviews.find((candidate) => candidate.id === entry.id);
    if (overview) byId.set(entry.id, { entry, status: easyReadStatus(entry.data, overview) });
  }
  return byId;
}
