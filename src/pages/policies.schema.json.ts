import type { APIRoute } from 'astro';
import { base, site } from '#src/site/settings.ts';
import { policyRegisterJsonSchema } from '#src/reviews/register-json.ts';
import { absoluteUrl, sitePath } from '#src/site/urls.ts';

export const GET: APIRoute = () => {
  const schema = policyRegisterJsonSchema(absoluteUrl(site.siteUrl, sitePath(base, 'policies.schema.json')));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
