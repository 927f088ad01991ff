import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseTimer } from '../lib/build-phases.ts';
import * as pagefind from 'pagefind';
import { indexedPageCount, isPublishedIndexFile } from '../lib/search-index-files.ts';

export const INDEX_FOLDER = 'pagefind';

/**
 * Builds the search index from the finished pages, so `npm run build` alone gives a searchable
 * site. Pagefind reads the HTML Astro wrote (only elements marked `data-pagefind-body` are
 * indexed) and the index is written to `pagefind/` beside the pages: plain files, served by
 * the site itself. List it last in astro.config.mjs, so it sees every page other integrations write.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'policy-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Timed for the benchmark, whether the index is built or the step fails.
        using _timing = phaseTimer('search index');
        const siteDir = fileURLToPath(dir);
        const fail = (step: string, errors: readonly string[]): never => {
          throw new Error(`The search index could not be built while ${step}: ${errors.join('; ')}`);
        };
        try {
          // Pages say lang="en-GB"; one forced language keeps one index with English word stemming.
          // The "link to this section" anchors would put "Link to this section: Scope" in every excerpt.
          const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.section-link'] });
          const index = created.index ?? fail('starting Pagefind', created.errors);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) fail(`reading the pages in ${siteDir}`, added.errors);
          const { files, errors } = await index.getFiles();
          if (errors.length > 0) fail('building the index', errors);
          const outputDir = path.join(siteDir, INDEX_FOLDER);
          await rm(outputDir, { recursive: true, force: true });
          let bytes = 0;
          let pages = 0;
          for (const file of files.filter((each) => isPublishedIndexFile(each.path))) {
            const target = path.join(outputDir, file.path);
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, file.content);
            bytes += file.content.byteLength;
            if (file.path === 'pagefind-entry.json') pages = indexedPageCount(Buffer.from(file.content).toString('utf8'));
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          if (pages === 0) logger.warn('No page is marked for search, so search will find nothing.');
          else logger.info(`Indexed ${pages} pages for search in ${seconds}s (${Math.round(bytes / 1024)} KB in ${INDEX_FOLDER}/).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
