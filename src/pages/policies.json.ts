import type { APIRoute } from 'astro';
import { pdfDownloads } from '#src/pdf/pdf-downloads.ts';
import { allPolicies } from '#src/library/policy-collection.ts';
import { base, site, today } from '#src/site/settings.ts';
import { registerDownload, registerRecord } from '#src/reviews/register-json.ts';
import { absoluteUrl, policyFilePath, policyPath, sitePath, versionsPath } from '#src/site/urls.ts';

export const GET: APIRoute = async () => {
  const policies = await allPolicies();
  const downloads = await pdfDownloads();
  const address = (pathWithBase: string) => absoluteUrl(site.siteUrl, pathWithBase);
  const register = {
    $schema: address(sitePath(base, 'policies.schema.json')),
    generated: today,
    policies: policies.map(({ entry, overview }) => registerRecord(overview, entry.data, {
      page: address(policyPath(base, entry.id)),
      versions: address(versionsPath(base, entry.id)),
      downloads: (downloads[entry.id] ?? []).map((download) => registerDownload(download, address(policyFilePath(base, entry.id, download.fileName)))),
    })),
  };
  return new Response(`${JSON.stringify(register, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
