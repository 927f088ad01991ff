import type { APIRoute } from 'astro';
import { allPolicies } from '../policies.ts';
import { base, site, today } from '../site.ts';
import { registerRecord } from '../lib/policy-register-json.ts';
import { absoluteUrl, policyPath, sitePath } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const policies = await allPolicies();
  const register = {
    $schema: absoluteUrl(site.siteUrl, sitePath(base, 'policies.schema.json')),
    generated: today,
    policies: policies.map(({ entry, overview }) => {
      const page = absoluteUrl(site.siteUrl, policyPath(base, entry.id));
      return registerRecord(overview, entry.data, { page, versions: `${page}versions/`, downloads: [] });
    }),
  };
  return new Response(`${JSON.stringify(register, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
