import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SAMPLE_SEARCH_TERMS_FILE, SAMPLES_FOR_TESTS } from '#src/governance/sample-policies.ts';
import { isSampleSource, SAMPLE_POLICIES } from '#src/policy/sample-policies.ts';
import { termsAnsweredBy } from '#src/governance/sample-search-terms.ts';
import { POLICY_FILE_NAME, repositoryPath } from '#src/policy/policy-folders.ts';
import { policyVocabulary } from '#src/search/policy-vocabulary.ts';
import { SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';
import { JUDGEMENT_LISTS_DIR, judgementListFiles } from '#src/search/judgements/judgement-list-files.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { REPOSITORY_ROOT } from '../../bench/site-copy.ts';

/**
 * The one place a test learns where the sample policies are, and the one place it reaches the
 * Trust's own policies. The project's tests build the samples to test the site: their sections,
 * links, wording, easy reads and the search questions written for them. The site ships with them in
 * policies/; a Trust that makes the site its own runs `npm run remove-sample-policies -- --yes`, which
 * moves them to tests/fixtures/sample-policies/. Either way the tests find them here, so the Trust's
 * `npm test` stays green. Tests of whatever the Trust publishes (every page accessible, its
 * CODEOWNERS) read the Trust's policies, which may be its own or none at all.
 */

export interface SamplePolicies {
  /** Each sample's folder: in the policies folder while it is still the sample, else where the removal moved it. */
  folders: { id: string; folder: string }[];
  /** Folders of pictures shared beside the samples (names starting with _), which their links reach. */
  pictureFolders: string[];
  /** The search terms the samples were tuned with; undefined when there are none. */
  searchTerms: string | undefined;
}

/** The folder the Trust's site publishes: policies/, unless POLICY_SITE_POLICIES_DIR says otherwise. */
export function trustPoliciesDir(root = REPOSITORY_ROOT): string {
  return readSiteConfig(process.env, root).policiesDir;
}

async function isThere(file: string): Promise<boolean> {
  return readFile(file).then(() => true, () => false);
}

async function pictureFoldersIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && entry.name.startsWith('_')).map((entry) => path.join(dir, entry.name));
}

/**
 * Where each sample is: in the policies folder while its title and summary are still the sample's (the
 * rule the removal uses), else in tests/fixtures/sample-policies/. Says plainly what to do when neither has it.
 */
export async function findSamplePolicies(root = REPOSITORY_ROOT): Promise<SamplePolicies> {
  const policiesDir = trustPoliciesDir(root);
  const keptDir = path.join(root, SAMPLES_FOR_TESTS);
  const folders: SamplePolicies['folders'] = [];
  for (const sample of SAMPLE_POLICIES) {
    const candidates = [path.join(policiesDir, sample.id), path.join(keptDir, sample.id)];
    let found: string | undefined;
    for (const folder of candidates) {
      const source = await readFile(path.join(folder, POLICY_FILE_NAME), 'utf8').catch(() => undefined);
      if (source !== undefined && isSampleSource(sample, source)) {
        found = folder;
        break;
      }
    }
    if (found === undefined) {
      throw new Error(`The tests build the sample ${sample.title}, but it is neither in ${candidates.map((folder) => `${repositoryPath(folder, root)}/`).join(' nor in ')}. `
        + 'Run npm run remove-sample-policies -- --yes: it keeps a copy of every sample there for the tests, from git\'s history when the site no longer has it.');
    }
    folders.push({ id: sample.id, folder: found });
  }
  const sources = [policiesDir, keptDir].filter((dir) => folders.some(({ folder }) => path.dirname(folder) === dir));
  const pictureFolders = (await Promise.all(sources.map(pictureFoldersIn))).flat();
  const keptTerms = path.join(root, SAMPLE_SEARCH_TERMS_FILE);
  const trustTerms = path.join(root, SEARCH_TERMS_FILE);
  const searchTerms = (await isThere(keptTerms)) ? keptTerms : (await isThere(trustTerms)) ? trustTerms : undefined;
  return { folders, pictureFolders, searchTerms };
}

/**
 * Puts the samples into a site made for a test: each sample's folder and the shared picture folders
 * into its policies/, and into its trust/search-terms.yaml the samples' search terms, less any term
 * (a Trust's own, in a file the samples still share) that points at words they do not use.
 */
export async function copySamplePolicies(siteRoot: string, from = REPOSITORY_ROOT): Promise<SamplePolicies> {
  const samples = await findSamplePolicies(from);
  const policiesDir = path.join(siteRoot, 'policies');
  for (const { id, folder } of samples.folders) await cp(folder, path.join(policiesDir, id), { recursive: true });
  for (const folder of samples.pictureFolders) await cp(folder, path.join(policiesDir, path.basename(folder)), { recursive: true });
  if (samples.searchTerms !== undefined) {
    const { text } = termsAnsweredBy(await readFile(samples.searchTerms, 'utf8'), new Set(await policyVocabulary(policiesDir)));
    await mkdir(path.join(siteRoot, 'trust'), { recursive: true });
    await writeFile(path.join(siteRoot, SEARCH_TERMS_FILE), text);
  }
  await copyJudgementLists(siteRoot, from);
  return samples;
}

/** The judgement lists go with the policies they ask about: search learns from them (see search/answered-questions/). */
async function copyJudgementLists(siteRoot: string, from: string): Promise<void> {
  await mkdir(path.join(siteRoot, JUDGEMENT_LISTS_DIR), { recursive: true });
  for (const file of await judgementListFiles(from)) await cp(path.join(from, file), path.join(siteRoot, file));
}

/** Puts the Trust's own policies, whatever they are (none at all, too), and its search terms into a site made for a test. */
export async function copyTrustPolicies(siteRoot: string, from = REPOSITORY_ROOT): Promise<void> {
  await cp(trustPoliciesDir(from), path.join(siteRoot, 'policies'), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const terms = await readFile(path.join(from, SEARCH_TERMS_FILE), 'utf8').catch(() => undefined);
  if (terms !== undefined) await writeFile(path.join(siteRoot, SEARCH_TERMS_FILE), terms);
  await copyJudgementLists(siteRoot, from);
}
