import { buildContext } from '#src/site/build-context.ts';
import type { PolicyDownload } from './policy-downloads.ts';

/** Each policy's PDFs, by policy id, with their size and pages: what the download lists show. */
export async function pdfDownloads(): Promise<Readonly<Record<string, readonly PolicyDownload[]>>> {
  const make = buildContext().pdfDownloads;
  if (!make) throw new Error('No PDFs were made: the policyPdfs integration is missing from astro.config.mjs.');
  return make();
}
