import type { APIRoute } from 'astro';
import { allPolicies } from '#src/library/policy-collection.ts';
import { base, site } from '#src/site/settings.ts';
import { atomFeed } from '#src/versions/atom-feed.ts';
import { policyChanges } from '#src/versions/policy-changes.ts';
import { absoluteUrl, changePath, sitePath } from '#src/site/urls.ts';

export const GET: APIRoute = async () => {
  const policies = await allPolicies();
  const changes = policyChanges(policies.map(({ overview, versions }) => ({ id: overview.id, title: overview.title, versions })));
  const xml = atomFeed(changes, {
    feedUrl: absoluteUrl(site.siteUrl, sitePath(base, 'changes.xml')),
    pageUrl: absoluteUrl(site.siteUrl, sitePath(base, 'changes/')),
    versionUrl: (change) => absoluteUrl(site.siteUrl, changePath(base, change)),
    title: `${site.trustName}: changes to staff policies`,
    author: site.trustName,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
