import type { APIRoute } from 'astro';
import { base, site } from '../site.ts';
import { policyRegisterSchema } from '../lib/policy-register-json.ts';
import { absoluteUrl, sitePath } from '../lib/urls.ts';

export const GET: APIRoute = () => {
  const schema = policyRegisterSchema(absoluteUrl(site.siteUrl, sitePath(base, 'policies.schema.json')));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
