import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseTimer } from '#src/site/build-phases.ts';
import { releaseUnusedMemory } from '#src/site/release-memory.ts';
import * as pagefind from 'pagefind';
import { builtPages } from '#src/site/built-pages.ts';
import { indexedPageCount, isMarkedForSearch, isPublishedIndexFile, pagesGlob } from './search-index-files.ts';

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
        releaseUnusedMemory();
        const fail = (step: string, errors: readonly string[]): never => {
          throw new Error(`The search index could not be built while ${step}: ${errors.join('; ')}`);
        };
        try {
          // Pages say lang="en-GB"; one forced language keeps one index with English word stemming.
          // The "link to this section" anchors would put "Link to this section: Scope" in every excerpt.
          const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.section-link'] });
          const index = created.index ?? fail('starting Pagefind', created.errors);
          // Only the marked pages, named to Pagefind in one exact glob: given the whole folder, it reads
          // and holds every page, marked or not, which on hundreds of policies took 60% more memory.
          const marked: string[] = [];
          for (const page of await builtPages(siteDir)) {
            // Bytes, not text: thousands of pages decoded to strings only to be searched would swell the heap.
            if (isMarkedForSearch(await readFile(path.join(siteDir, page)))) marked.push(page);
          }
          const { glob, leftOver } = pagesGlob(marked);
          if (glob) {
            const added = await index.addDirectory({ path: siteDir, glob });
            if (added.errors.length > 0) fail(`reading the pages in ${siteDir}`, added.errors);
          }
          for (const page of leftOver) {
            const added = await index.addHTMLFile({ sourcePath: page, content: await readFile(path.join(siteDir, page), 'utf8') });
            if (added.errors.length > 0) fail(`reading ${page}`, added.errors);
          }
          const outputDir = path.join(siteDir, INDEX_FOLDER);
          await rm(outputDir, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: outputDir });
          if (written.errors.length > 0) fail('building the index', written.errors);
          let bytes = 0;
          for (const entry of await readdir(outputDir, { recursive: true, withFileTypes: true })) {
            if (!entry.isFile()) continue;
            const file = path.join(entry.parentPath, entry.name);
            if (entry.parentPath === outputDir && !isPublishedIndexFile(entry.name)) await rm(file);
            else bytes += (await stat(file)).size;
          }
          const pages = indexedPageCount(await readFile(path.join(outputDir, 'pagefind-entry.json'), 'utf8'));
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
