import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { POLICY_FILE_NAME, policyFolders, repositoryPath } from '#src/policy/policy-folders.ts';
import { isSampleSource, SAMPLE_POLICIES, type SamplePolicy } from '#src/policy/sample-policies.ts';

/**
 * Where removing the samples moves them, from the repository's root: out of the site, which no longer
 * publishes them, into the project's tests, which still build them to test the site (a Trust's CI runs
 * those tests). The folder is laid out as the policies folder was, so the samples' links still work.
 */
export const SAMPLES_FOR_TESTS = 'tests/fixtures/sample-policies';

/** Beside the moved samples: the search terms they were tuned with, which the search tests build them with. */
export const SAMPLE_SEARCH_TERMS_FILE = `${SAMPLES_FOR_TESTS}/search-terms.yaml`;

const EASY_READ_FILE = 'easy-read.mdx';

export interface SampleRemoval {
  /** The sample policies still here, each with its folder as people see it (policies/equality/). */
  samples: { id: string; title: string; folder: string; hasEasyRead: boolean }[];
  /** Pictures shared beside the policies (in a folder starting with _) that only the samples show: they move with them. */
  pictures: string[];
  /** Shared pictures that the samples and the Trust's own policies both show: they stay, and the samples get a copy. */
  sharedPictures: string[];
  /** Folders with a sample's name that now hold the Trust's own policy, so are kept; an easy read beside it may still be the sample's. */
  kept: { folder: string; title: string; hasEasyRead: boolean }[];
  /** Samples neither in the policies folder nor already kept for the tests, to be taken from git's history. */
  missing: SamplePolicy[];
}

async function readIfThere(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** The files a policy's text shows as pictures, as full paths; anything on the web is not ours to move. */
function picturesShown(source: string, folder: string): string[] {
  const read = readFrontmatter(source);
  const parsed = parsePolicyText(read.ok ? read.frontmatter.body : source);
  if (!parsed.ok) return [];
  const files: string[] = [];
  visit(parsed.tree, 'image', (image) => {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(image.url)) files.push(path.resolve(folder, decodeURI(image.url.split(/[?#]/)[0]!)));
  });
  return files;
}

/** Whether the tests already hold this sample, moved there by an earlier removal. */
async function keptForTests(root: string, sample: SamplePolicy): Promise<boolean> {
  const source = await readIfThere(path.join(root, SAMPLES_FOR_TESTS, sample.id, POLICY_FILE_NAME));
  return source !== undefined && isSampleSource(sample, source);
}

/** What removing the samples would move, without changing anything. */
export async function planSampleRemoval(root: string, policiesDir: string): Promise<SampleRemoval> {
  const removal: SampleRemoval = { samples: [], pictures: [], sharedPictures: [], kept: [], missing: [] };
  const shownBySamples = new Set<string>();
  const shownByOthers = new Set<string>();
  for (const id of await policyFolders(policiesDir)) {
    const folder = path.join(policiesDir, id);
    const source = await readIfThere(path.join(folder, POLICY_FILE_NAME));
    const easyRead = await readIfThere(path.join(folder, EASY_READ_FILE));
    const sample = SAMPLE_POLICIES.find((candidate) => candidate.id === id);
    const isSample = sample !== undefined && source !== undefined && isSampleSource(sample, source);
    const shown = [source, easyRead].flatMap((text) => (text === undefined ? [] : picturesShown(text, folder)));
    for (const picture of shown) (isSample ? shownBySamples : shownByOthers).add(picture);
    const display = `${repositoryPath(folder, root)}/`;
    if (isSample) removal.samples.push({ id, title: sample.title, folder: display, hasEasyRead: easyRead !== undefined });
    else if (sample !== undefined) {
      const read = source === undefined ? undefined : readFrontmatter(source);
      removal.kept.push({ folder: display, title: detailText(read?.ok ? read.frontmatter.data : undefined, 'title') || 'no title', hasEasyRead: easyRead !== undefined });
    }
  }
  for (const sample of SAMPLE_POLICIES) {
    if (!removal.samples.some((found) => found.id === sample.id) && !(await keptForTests(root, sample))) removal.missing.push(sample);
  }
  const sampleFolders = removal.samples.map((sample) => path.join(policiesDir, sample.id) + path.sep);
  // Pictures inside a sample's folder go with it; only shared ones beside the policies are listed.
  const shared = [...shownBySamples]
    .filter((picture) => picture.startsWith(policiesDir + path.sep) && !sampleFolders.some((folder) => picture.startsWith(folder)));
  const listed = (pictures: string[]) => pictures.map((picture) => repositoryPath(picture, root)).sort();
  removal.pictures = listed(shared.filter((picture) => !shownByOthers.has(picture)));
  removal.sharedPictures = listed(shared.filter((picture) => shownByOthers.has(picture)));
  return removal;
}
