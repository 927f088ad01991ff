import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDate } from '#src/site/build-date.ts';
import { timePhase } from '#src/site/build-phases.ts';
import { formatProblem, ProblemsError, type Problem } from '#src/policy/problem.ts';
import { loadPolicyLibrary } from '#src/library/policy-library.ts';
import { buildContext } from '#src/site/build-context.ts';
import { policyOverview } from '#src/library/policy-overview.ts';
import { loadPictures } from '#src/easy-read/pictures.ts';
import { compilePdfs } from './pdf-compiler.ts';
import { PDF_LAYOUTS, type PdfLayout } from './pdf-layouts.ts';
import { PdfCache, pdfCacheKey } from './pdf-cache.ts';
import { pdfFontFiles } from './fonts.ts';
import { pdfProblems, tooManyPages } from './pdf-problems.ts';
import { namedPicturePath } from './policy-markup.ts';
import { policyPdfSource } from './policy-pdf-source.ts';
import type { SuppliedFile } from './typst-pdf.ts';
import type { PolicyDownload } from './policy-downloads.ts';
import type { SiteConfig } from '#src/site/site-config.ts';

interface MadePdf extends PolicyDownload {
  policyId: string;
  /** Where the PDF waits in the cache folder until it is copied beside its page. */
  file: string;
}

/**
 * Makes the PDFs of every policy (one per layout in pdf-layouts.ts) before the pages are
 * built, so each page can list them with their size and pages (pdf-downloads.ts),
 * then writes them beside the page: dist/policies/social-media/social-media-policy.pdf. A policy whose PDF
 * cannot be made stops the build with one plain line per problem, naming the file. A PDF whose inputs have
 * not changed since the last build is taken from Astro's cache folder instead of being made again.
 */
export function policyPdfs(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  let cacheFolder = path.join(root, 'node_modules/.astro/policy-pdfs');
  let made: Promise<{ list: MadePdf[]; compiled: number }> | undefined;
  const pdfs = async () => (await (made ??= makePdfs(site, root, cacheFolder))).list;

  buildContext().pdfDownloads = async () => {
    const downloads: Record<string, PolicyDownload[]> = {};
    for (const { policyId, file: _file, ...download } of await pdfs()) (downloads[policyId] ??= []).push(download);
    return downloads;
  };

  return {
    name: 'policy-pdfs',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheFolder = path.join(fileURLToPath(config.cacheDir), 'policy-pdfs');
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        const list = await timePhase('PDFs', pdfs);
        const { compiled } = await made!;
        logger.info(`${list.length} PDFs ready in ${Math.round(performance.now() - started)} ms: ${compiled} made, ${list.length - compiled} unchanged since the last build`);
      },
      'astro:build:done': async ({ dir }) => {
        for (const made of await pdfs()) {
          const folder = path.join(fileURLToPath(dir), 'policies', made.policyId);
          await mkdir(folder, { recursive: true });
          await copyFile(made.file, path.join(folder, made.fileName)).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'ENOENT') throw error;
            throw new Error(`The ${made.label} of ${made.policyId} was removed from ${path.dirname(made.file)} during the build, perhaps by another build of this site running at the same time. Run the build again.`);
          });
        }
      },
      'astro:server:setup': ({ server }) => {
        // `astro dev` serves the same PDFs from memory, made when a page first asks for them.
        server.middlewares.use((request, response, next) => {
          const wanted = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!wanted.endsWith('.pdf')) return next();
          pdfs().then(async (list) => {
            const found = list.find((pdf) => wanted === `${site.base}policies/${pdf.policyId}/${pdf.fileName}`);
            if (!found) return next();
            response.writeHead(200, { 'content-type': 'application/pdf' }).end(await readFile(found.file));
          }).catch(next);
        });
      },
    },
  };
}

interface PlannedPdf {
  policyId: string;
  layout: PdfLayout;
  /** The file it is made from, as owners see it. */
  file: string;
  text: string;
  source: string;
  /** Easy-read pictures, handed to Typst in memory. */
  files: SuppliedFile[];
  key: string;
}

async function makePdfs(site: SiteConfig, root: string, cacheFolder: string): Promise<{ list: MadePdf[]; compiled: number }> {
  const { policies, problems } = await loadPolicyLibrary(site.policiesDir, root);
  if (problems.length > 0) throw new ProblemsError(problems);
  const today = buildDate(process.env);
  const fontFiles = pdfFontFiles();
  const fonts = await Promise.all(fontFiles.map((file) => readFile(file)));
  const planned: PlannedPdf[] = [];
  const found: Problem[] = [];
  for (const policy of policies) {
    const overview = policyOverview(policy.id, policy.data, today, site.dueSoonDays);
    for (const layout of PDF_LAYOUTS) {
      const sourcePath = path.join(path.dirname(policy.filePath), layout.sourceFile);
      const text = await readFile(sourcePath, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const file = path.posix.join(path.posix.dirname(policy.displayPath), layout.sourceFile);
      const result = policyPdfSource({ id: policy.id, displayPath: file, text, data: policy.data, overview, layout, site, madeOn: today });
      if (!result.ok) {
        found.push(...result.problems);
        continue;
      }
      const pictures = await Promise.all(result.pictures.map((picture) => readFile(path.join(site.policiesDir, picture)).catch(() => new Uint8Array())));
      const files: SuppliedFile[] = [];
      for (const name of result.namedPictures) {
        const picture = loadPictures(root).get(name);
        // The easy-read loader has already refused unknown names; this only guards a PDF made without it.
        if (!picture) found.push({ file, message: `there is no picture called "${name}". Run npm run easy-read:pictures -- ${name.split('-')[0]} to find its name` });
        else files.push({ path: namedPicturePath(name), bytes: await readFile(picture.file) });
      }
      const key = pdfCacheKey({ source: result.source, pictures: [...pictures, ...files.map((supplied) => supplied.bytes)], fonts });
      planned.push({ policyId: policy.id, layout, file, text, source: result.source, files, key });
    }
  }
  const cache = new PdfCache(cacheFolder);
  const made = await Promise.all(planned.map((plan) => cache.get(plan.key)));
  const missing = planned.filter((_, index) => made[index] === undefined);
  const compiled = await compilePdfs(missing.map(({ source, files }) => ({ source, files })), { root: site.policiesDir, fontFiles });
  for (const [index, result] of compiled.entries()) {
    const plan = missing[index]!;
    if (result.ok) {
      // Kept on disk, not in memory: hundreds of policies' PDFs are over 100 MB.
      made[planned.indexOf(plan)] = await cache.set(plan.key, result);
    } else {
      found.push(...pdfProblems(result.errors, { file: plan.file, text: plan.text, label: plan.layout.label }));
    }
  }
  for (const [index, plan] of planned.entries()) {
    const pages = made[index]?.pages;
    const { maxPages, label } = plan.layout;
    if (pages !== undefined && maxPages !== undefined && pages > maxPages) found.push(tooManyPages(plan.file, label, pages, maxPages));
  }
  const unique = [...new Map(found.map((problem) => [formatProblem(problem), problem])).values()];
  if (unique.length > 0) throw new ProblemsError(unique);
  await cache.keepOnly(new Set(planned.map((plan) => plan.key)));
  const list = planned.map((plan, index): MadePdf => {
    const { file, bytes, pages } = made[index]!;
    return { policyId: plan.policyId, layout: plan.layout.id, label: plan.layout.label, fileName: plan.layout.fileName(plan.policyId), bytes, pages, file };
  });
  return { list, compiled: missing.length };
}
