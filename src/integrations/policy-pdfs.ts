import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildDate } from '../lib/build-date.ts';
import { formatProblem, PolicyProblemsError, type PolicyProblem } from '../lib/policy-problem.ts';
import { readPolicyFiles } from '../lib/policy-files.ts';
import { policyOverview } from '../lib/policy-overview.ts';
import { compilePdfs } from '../lib/typst/pdf-compiler.ts';
import { PDF_LAYOUTS } from '../lib/typst/pdf-layouts.ts';
import { pdfFontFiles } from '../lib/typst/fonts.ts';
import { pdfProblems } from '../lib/typst/pdf-problems.ts';
import { policyPdfSource } from '../lib/typst/policy-pdf-source.ts';
import type { PolicyDownload } from '../lib/policy-downloads.ts';
import type { SiteConfig } from '../site.config.ts';

interface MadePdf extends PolicyDownload {
  policyId: string;
  pdf: Uint8Array;
}

const VIRTUAL_MODULE = 'virtual:policy-pdfs';

/**
 * Makes the PDFs of every policy (one per layout in src/lib/typst/pdf-layouts.ts) before the pages are
 * built, so each page can list them with their size and pages (`import downloads from 'virtual:policy-pdfs'`),
 * then writes them beside the page: dist/policies/social-media/social-media-policy.pdf. A policy whose PDF
 * cannot be made stops the build with one plain line per problem, naming the file.
 */
export function policyPdfs(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  let made: Promise<MadePdf[]> | undefined;
  const pdfs = () => (made ??= makePdfs(site, root));

  const plugin: Plugin = {
    name: 'policy-pdfs',
    resolveId: (id) => (id === VIRTUAL_MODULE ? `\0${VIRTUAL_MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${VIRTUAL_MODULE}`) return undefined;
      const downloads: Record<string, PolicyDownload[]> = {};
      for (const { policyId, pdf: _bytes, ...download } of await pdfs()) (downloads[policyId] ??= []).push(download);
      return `export default ${JSON.stringify(downloads)};`;
    },
  };

  return {
    name: 'policy-pdfs',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        const list = await pdfs();
        logger.info(`Made ${list.length} PDFs in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:build:done': async ({ dir }) => {
        for (const made of await pdfs()) {
          const folder = path.join(fileURLToPath(dir), 'policies', made.policyId);
          await mkdir(folder, { recursive: true });
          await writeFile(path.join(folder, made.fileName), made.pdf);
        }
      },
      'astro:server:setup': ({ server }) => {
        // `astro dev` serves the same PDFs from memory, made when a page first asks for them.
        server.middlewares.use((request, response, next) => {
          const wanted = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!wanted.endsWith('.pdf')) return next();
          pdfs().then((list) => {
            const found = list.find((pdf) => wanted === `${site.base}policies/${pdf.policyId}/${pdf.fileName}`);
            if (!found) return next();
            response.writeHead(200, { 'content-type': 'application/pdf' }).end(found.pdf);
          }, next);
        });
      },
    },
  };
}

async function makePdfs(site: SiteConfig, root: string): Promise<MadePdf[]> {
  const { policies, problems } = await readPolicyFiles(site.policiesDir, root);
  if (problems.length > 0) throw new PolicyProblemsError(problems);
  const today = buildDate(process.env);
  const planned: { policyId: string; layout: (typeof PDF_LAYOUTS)[number]; file: string; text: string; source: string }[] = [];
  const found: PolicyProblem[] = [];
  for (const policy of policies) {
    const overview = policyOverview(policy.id, policy.data, today, site.dueSoonDays);
    for (const layout of PDF_LAYOUTS) {
      const sourcePath = path.join(path.dirname(policy.filePath), layout.sourceFile);
      const text = await readFile(sourcePath, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const file = path.posix.join(path.posix.dirname(policy.displayPath), layout.sourceFile);
      const result = policyPdfSource({ id: policy.id, displayPath: file, text, data: policy.data, overview, layout, site, madeOn: today });
      if (result.ok) planned.push({ policyId: policy.id, layout, file, text, source: result.source });
      else found.push(...result.problems);
    }
  }
  const compiled = await compilePdfs(planned.map((plan) => plan.source), { root: site.policiesDir, fontFiles: pdfFontFiles() });
  const list: MadePdf[] = [];
  compiled.forEach((result, index) => {
    const plan = planned[index]!;
    if (result.ok) {
      list.push({ policyId: plan.policyId, layout: plan.layout.id, label: plan.layout.label, fileName: plan.layout.fileName(plan.policyId), bytes: result.pdf.byteLength, pages: result.pages, pdf: result.pdf });
    } else {
      found.push(...pdfProblems(result.errors, { file: plan.file, text: plan.text, label: plan.layout.label }));
    }
  });
  const unique = [...new Map(found.map((problem) => [formatProblem(problem), problem])).values()];
  if (unique.length > 0) throw new PolicyProblemsError(unique);
  return list;
}
