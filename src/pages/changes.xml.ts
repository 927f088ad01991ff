import type { APIRoute } from 'astro';
import { allPolicies } from '../policies.ts';
import { base, site } from '../site.ts';
import { atomFeed } from '../lib/atom-feed.ts';
import { policyChanges } from '../lib/policy-changes.ts';
import { absoluteUrl, policyPath, sitePath } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const policies = await allPolicies();
  const changes = policyChanges(policies.map(({ overview, versions }) => ({ id: overview.id, title: overview.title, versions })));
  const xml = atomFeed(changes, {
    feedUrl: absoluteUrl(site.siteUrl, sitePath(base, 'changes.xml')),
    pageUrl: absoluteUrl(site.siteUrl, sitePath(base, 'changes/')),
    versionUrl: (change) => absoluteUrl(site.siteUrl, change.readable ? `${policyPath(base, change.policyId)}versions/${change.version}/` : policyPath(base, change.policyId)),
    title: `${site.trustName}: changes to staff policies`,
    author: site.trustName,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
