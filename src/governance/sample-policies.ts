import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { POLICY_FILE_NAME, policyFolders, repositoryPath } from '#src/policy/policy-folders.ts';

/**
 * The policies the site ships with, to show a Trust what it does. A folder is only taken for a
 * sample when its title and summary are still the sample's, so a Trust's own policy that took the
 * same folder name (an imported "equality") is never removed.
 */
export const SAMPLE_POLICIES: readonly SamplePolicy[] = [
  { id: 'acceptable-use', title: 'Acceptable Use of Email, Intranet and Internet', summary: 'How staff must use the Trust\'s email, intranet, internet, devices and data so that pupils, colleagues, information and the Trust are kept safe.' },
  { id: 'code-of-conduct', title: 'Employee Code of Conduct', summary: 'Sets out the standards of behaviour the Trust expects of everyone who works in its schools and central team, in and outside work.' },
  { id: 'dignity-at-work', title: 'Dignity at Work: preventing bullying and harassment', summary: 'How the Trust prevents bullying, harassment and victimisation at work, and what to do if it happens to you or if a complaint is made about you.' },
  { id: 'disciplinary', title: 'Disciplinary Procedure', summary: 'How the Trust deals fairly with concerns about an employee\'s conduct, from informal action through formal warnings and dismissal to appeal.' },
  { id: 'equality', title: 'Equality Policy', summary: 'How the Trust meets its duties under the Equality Act 2010 as an employer and a public body, and what it expects of every member of staff.' },
  { id: 'social-media', title: 'Social Media Policy', summary: 'How employees should use social media, at work and in their own time, so that pupils, colleagues, the Trust and employees themselves are protected.' },
  { id: 'whistleblowing', title: 'Whistleblowing Procedure', summary: 'How to raise a concern about wrongdoing, danger or malpractice in the Trust, safely and in the right place, and how the Trust will protect you and deal with it.' },
];

export interface SamplePolicy { id: string; title: string; summary: string }

/**
 * Where removing the samples moves them, from the repository's root: out of the site, which no longer
 * publishes them, into the project's tests, which still build them to test the site (a Trust's CI runs
 * those tests). The folder is laid out as the policies folder was, so the samples' links still work.
 */
export const SAMPLES_FOR_TESTS = 'tests/fixtures/sample-policies';

/** Beside the moved samples: the search terms they were tuned with, which the search tests build them with. */
export const SAMPLE_SEARCH_TERMS_FILE = `${SAMPLES_FOR_TESTS}/search-terms.yaml`;

export const EASY_READ_FILE = 'easy-read.mdx';

/** Whether a policy file in a sample's folder is still that sample: its title and summary are the sample's. */
export function isSampleSource(sample: SamplePolicy, source: string): boolean {
  const read = readFrontmatter(source);
  const data = read.ok ? read.frontmatter.data : undefined;
  return detailText(data, 'title') === sample.title && detailText(data, 'summary') === sample.summary;
}

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
