import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseTimer } from '#src/site/build-phases.ts';
import { releaseUnusedMemory } from '#src/site/release-memory.ts';
import * as pagefind from 'pagefind';
import { builtPages } from '#src/site/built-pages.ts';
import type { SiteConfig } from '#src/site/site-config.ts';
import { ARCHIVE_INDEX_FOLDER, relatedWordsFile, SEARCH_DATA_FOLDER, SEARCH_INDEX_FOLDER, SEARCH_INDEXES_FILE, SEARCH_QUESTIONS_FILE, SEARCH_TERMS_DATA_FILE, SEARCH_VOCABULARY_FILE } from '#src/site/urls.ts';
import { ProblemsError } from '#src/policy/problem.ts';
import { policyWords } from './policy-vocabulary.ts';
import { readSearchTerms, SEARCH_TERMS_FILE, searchTermProblems } from './terms/search-terms-file.ts';
import type { TrustTerm } from './terms/trust-terms.ts';
import { readEverydayTerms, usableEverydayTerms } from './terms/everyday-terms.ts';
import { relatedWords, relatedWordsShards } from './related-words/related-words.ts';
import { exceptionsFolder, loadExceptions, loadWordNet, wordNetFolder } from './related-words/wordnet.ts';
import { irregularFormsByBase, withIrregularPhrases } from './terms/irregular-phrases.ts';
import { readAnsweredQuestions } from './answered-questions/read-answered-questions.ts';
import { answeredQuestionsFile } from './answered-questions/answered-questions.ts';
import { indexedPageCount, isArchivedCopy, isMarkedForSearch, isPublishedIndexFile, pagesGlob } from './search-index-files.ts';

const RELATED_WORDS_CODE = ['./related-words/related-words.ts', './related-words/base-forms.ts', './related-words/wordnet.ts', './search-query.ts'];

// Pages say lang="en-GB"; one forced language keeps one index with English word stemming.
// The "link to this section" anchors would put "Link to this section: Scope" in every excerpt.
const INDEX_OPTIONS = { forceLanguage: 'en', excludeSelectors: ['.section-link'] };

const INDEX_FOLDERS = [SEARCH_INDEX_FOLDER, ARCHIVE_INDEX_FOLDER] as const;
type IndexFolder = (typeof INDEX_FOLDERS)[number];

/** Copies the last build's index folders into the site when they were built from exactly these pages. */
async function reuseIndex(cacheDir: string, key: string, siteDir: string): Promise<boolean> {
  const kept = await readFile(path.join(cacheDir, 'key'), 'utf8').catch(() => undefined);
  if (kept !== key) return false;
  for (const folder of INDEX_FOLDERS) {
    await rm(path.join(siteDir, folder), { recursive: true, force: true });
    if (await exists(path.join(cacheDir, folder))) await cp(path.join(cacheDir, folder), path.join(siteDir, folder), { recursive: true });
  }
  return true;
}

async function keepIndex(cacheDir: string, key: string, siteDir: string): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  for (const folder of INDEX_FOLDERS) {
    if (await exists(path.join(siteDir, folder))) await cp(path.join(siteDir, folder), path.join(cacheDir, folder), { recursive: true });
  }
  // The key goes last, so an interrupted copy is never taken for a whole one.
  await writeFile(path.join(cacheDir, 'key'), key);
}

function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

/** One Pagefind index of the given pages, written to `outputDir`, without Pagefind's ready-made interfaces; its size in bytes. */
async function writeIndex(siteDir: string, pages: readonly string[], outputDir: string, fail: (step: string, errors: readonly string[]) => never): Promise<number> {
  const created = await pagefind.createIndex(INDEX_OPTIONS);
  const index = created.index ?? fail('starting Pagefind', created.errors);
  const { glob, leftOver } = pagesGlob(pages);
  if (glob) {
    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length > 0) fail(`reading the pages in ${siteDir}`, added.errors);
  }
  for (const page of leftOver) {
    const added = await index.addHTMLFile({ sourcePath: page, content: await readFile(path.join(siteDir, page), 'utf8') });
    if (added.errors.length > 0) fail(`reading ${page}`, added.errors);
  }
  const written = await index.writeFiles({ outputPath: outputDir });
  if (written.errors.length > 0) fail('building the index', written.errors);
  let bytes = 0;
  for (const entry of await readdir(outputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.parentPath === outputDir && !isPublishedIndexFile(entry.name)) await rm(file);
    else bytes += (await stat(file)).size;
  }
  return bytes;
}

/**
 * Builds the search index from the finished pages, so `npm run build` alone gives a searchable
 * site. Pagefind reads the HTML Astro wrote (only elements marked `data-pagefind-body` are
 * indexed) and the index is written to `pagefind/` beside the pages, with archived copies of earlier
 * versions in `pagefind-archive/` (see ARCHIVE_INDEX_FOLDER): plain files, served by the site itself.
 * List it last in astro.config.mjs, so it sees every page other integrations write.
 * Beside it go the index's words, the search terms and the related words (see writeSearchData).
 */
export function searchIndex(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  let cacheDir = path.join(root, 'node_modules/.astro/search-index');
  return {
    name: 'policy-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Timed for the benchmark, whether the index is built or the step fails.
        using _timing = phaseTimer('search index');
        const siteDir = fileURLToPath(dir);
        await writeSearchData(site, root, siteDir, cacheDir);
        releaseUnusedMemory();
        const fail = (step: string, errors: readonly string[]): never => {
          throw new Error(`The search index could not be built while ${step}: ${errors.join('; ')}`);
        };
        try {
          // Only the marked pages, named to Pagefind in one exact glob: given the whole folder, it reads
          // and holds every page, marked or not, which on hundreds of policies took 60% more memory.
          const marked: Record<IndexFolder, string[]> = { [SEARCH_INDEX_FOLDER]: [], [ARCHIVE_INDEX_FOLDER]: [] };
          // The index depends only on the marked pages and how Pagefind reads them: when none has
          // changed since the last build, its index is copied rather than built again.
          // A new version of Pagefind may index differently; when its version cannot be read, nothing is reused.
          const pagefindPackage = await readFile(path.join(root, 'node_modules/pagefind/package.json'), 'utf8').catch(() => `unknown ${Date.now()}`);
          const key = createHash('sha256').update(JSON.stringify(INDEX_OPTIONS)).update(pagefindPackage);
          for (const page of await builtPages(siteDir)) {
            // Bytes, not text: thousands of pages decoded to strings only to be searched would swell the heap.
            const html = await readFile(path.join(siteDir, page));
            if (!isMarkedForSearch(html)) continue;
            const folder = isArchivedCopy(html) ? ARCHIVE_INDEX_FOLDER : SEARCH_INDEX_FOLDER;
            marked[folder].push(page);
            key.update(`\0${folder}\0${page}\0`).update(html);
          }
          const indexKey = key.digest('hex');
          const archived = marked[ARCHIVE_INDEX_FOLDER].length;
          await writeFile(path.join(siteDir, SEARCH_DATA_FOLDER, SEARCH_INDEXES_FILE), JSON.stringify({ archive: archived > 0 }));
          if (await reuseIndex(cacheDir, indexKey, siteDir)) {
            logger.info(`The pages marked for search are unchanged since the last build: its search index is reused (${INDEX_FOLDERS.reduce((sum, folder) => sum + marked[folder].length, 0)} pages).`);
            return;
          }
          let bytes = 0;
          for (const folder of INDEX_FOLDERS) {
            await rm(path.join(siteDir, folder), { recursive: true, force: true });
            // The archive's index is left out when there is nothing in it: the search page then offers no archived copies.
            if (folder === ARCHIVE_INDEX_FOLDER && archived === 0) continue;
            bytes += await writeIndex(siteDir, marked[folder], path.join(siteDir, folder), fail);
          }
          await keepIndex(cacheDir, indexKey, siteDir);
          const pages = indexedPageCount(await readFile(path.join(siteDir, SEARCH_INDEX_FOLDER, 'pagefind-entry.json'), 'utf8'));
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          const archive = archived > 0 ? `, and ${archived} archived ${archived === 1 ? 'copy' : 'copies'} of earlier versions in ${ARCHIVE_INDEX_FOLDER}/` : '';
          if (pages === 0) logger.warn('No page is marked for search, so search will find nothing.');
          else logger.info(`Indexed ${pages} pages for search in ${seconds}s${archive} (${Math.round(bytes / 1024)} KB in all).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * The words of the policies (for correcting spelling in the browser), trust/search-terms.yaml with the
 * everyday terms its policies can use, as JSON, what the judgement lists' questions teach, and the
 * related words, in search-data/. The Trust's
 * terms are checked first: a target no policy uses, or a loop, fails the build with the file, the line
 * and the nearest words that are in the policies.
 */
async function writeSearchData(site: SiteConfig, root: string, siteDir: string, cacheDir: string): Promise<void> {
  const { vocabulary, common } = await policyWords(site.policiesDir);
  const termsPath = path.join(root, SEARCH_TERMS_FILE);
  const source = await readFile(termsPath, 'utf8').catch(() => '');
  const { terms, problems } = readSearchTerms(source);
  problems.push(...searchTermProblems(terms, vocabulary));
  if (problems.length > 0) throw new ProblemsError(problems, 'the Trust\'s search terms');
  const questions = await readAnsweredQuestions(root, site.policiesDir);
  if (questions.problems.length > 0) throw new ProblemsError(questions.problems, 'the judgement lists');
  const folder = path.join(siteDir, SEARCH_DATA_FOLDER);
  await mkdir(folder, { recursive: true });
  const everyday = usableEverydayTerms(await readEverydayTerms(), terms, vocabulary);
  // Nouns' and verbs' forms only, as the page matches them: "worse" is not a form of "bad" in a phrase.
  const irregular = irregularFormsByBase(await loadExceptions(['noun', 'verb']));
  const published: TrustTerm[] = withIrregularPhrases([...terms, ...everyday], irregular).map(({ phrase, targets }) => ({ phrase, targets }));
  await writeFile(path.join(folder, SEARCH_TERMS_DATA_FILE), JSON.stringify({ terms: published }));
  await writeFile(path.join(folder, SEARCH_VOCABULARY_FILE), JSON.stringify({ words: vocabulary, common }));
  await writeFile(path.join(folder, SEARCH_QUESTIONS_FILE), JSON.stringify(answeredQuestionsFile(questions.questions)));
  await writeRelatedWords(vocabulary, folder, cacheDir);
}

/**
 * The policies' words related to each English word, a file for each first three letters. Reading WordNet
 * takes about a second, so the files are kept and reused while the policies' words stay the same.
 */
async function writeRelatedWords(vocabulary: readonly string[], folder: string, cacheDir: string): Promise<void> {
  const wordnet = wordNetFolder();
  const exceptions = exceptionsFolder();
  const versions = await Promise.all([wordnet, exceptions].map((folder) => readFile(path.join(folder, '..', 'package.json'), 'utf8')));
  // The files depend on WordNet, the policies' words and the code that relates them.
  const code = await Promise.all(RELATED_WORDS_CODE.map((file) => readFile(new URL(file, import.meta.url), 'utf8')));
  const key = createHash('sha256').update(versions.join('\0')).update('\0').update(vocabulary.join(' ')).update('\0').update(code.join('\0')).digest('hex');
  // Beside the index's cache, not in it: that is emptied whenever the index is kept.
  const kept = path.join(path.dirname(cacheDir), 'search-related-words');
  if ((await readFile(path.join(kept, 'key'), 'utf8').catch(() => undefined)) !== key) {
    await rm(kept, { recursive: true, force: true });
    await mkdir(path.join(kept, 'related'), { recursive: true });
    for (const [shard, entries] of relatedWordsShards(relatedWords(await loadWordNet(wordnet, exceptions), vocabulary))) {
      await writeFile(path.join(kept, relatedWordsFile(shard)), JSON.stringify(entries));
    }
    // The key goes last, so an interrupted build is never taken for a whole one.
    await writeFile(path.join(kept, 'key'), key);
  }
  await cp(path.join(kept, 'related'), path.join(folder, 'related'), { recursive: true });
}
