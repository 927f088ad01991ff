import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { POLICY_FILE_NAME, policyFolders, repositoryPath } from '#src/policy/policy-folders.ts';
import type { Problem } from '#src/policy/problem.ts';
import { CODEOWNERS_FILE, expectedCodeowners } from './codeowners.ts';

/**
 * The policies the site ships with, to show a Trust what it does. A folder is only taken for a
 * sample when its title and summary are still the sample's, so a Trust's own policy that took the
 * same folder name (an imported "equality") is never removed.
 */
export const SAMPLE_POLICIES: readonly { id: string; title: string; summary: string }[] = [
  { id: 'acceptable-use', title: 'Acceptable Use of Email, Intranet and Internet', summary: 'How staff must use the Trust\'s email, intranet, internet, devices and data so that pupils, colleagues, information and the Trust are kept safe.' },
  { id: 'code-of-conduct', title: 'Employee Code of Conduct', summary: 'Sets out the standards of behaviour the Trust expects of everyone who works in its schools and central team, in and outside work.' },
  { id: 'dignity-at-work', title: 'Dignity at Work: preventing bullying and harassment', summary: 'How the Trust prevents bullying, harassment and victimisation at work, and what to do if it happens to you or if a complaint is made about you.' },
  { id: 'disciplinary', title: 'Disciplinary Procedure', summary: 'How the Trust deals fairly with concerns about an employee\'s conduct, from informal action through formal warnings and dismissal to appeal.' },
  { id: 'equality', title: 'Equality Policy', summary: 'How the Trust meets its duties under the Equality Act 2010 as an employer and a public body, and what it expects of every member of staff.' },
  { id: 'social-media', title: 'Social Media Policy', summary: 'How employees should use social media, at work and in their own time, so that pupils, colleagues, the Trust and employees themselves are protected.' },
  { id: 'whistleblowing', title: 'Whistleblowing Procedure', summary: 'How to raise a concern about wrongdoing, danger or malpractice in the Trust, safely and in the right place, and how the Trust will protect you and deal with it.' },
];

const EASY_READ_FILE = 'easy-read.mdx';

export interface SampleRemoval {
  /** The sample policies still here, each with its folder as people see it (policies/equality/). */
  samples: { id: string; title: string; folder: string; hasEasyRead: boolean }[];
  /** Pictures shared beside the policies (in a folder starting with _) that only the samples show. */
  pictures: string[];
  /** Folders with a sample's name that now hold the Trust's own policy, so are kept; an easy read beside it may still be the sample's. */
  kept: { folder: string; title: string; hasEasyRead: boolean }[];
}

async function readIfThere(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** The files a policy's text shows as pictures, as full paths; anything on the web is not ours to remove. */
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

/** What removing the samples would remove, without changing anything. */
export async function planSampleRemoval(root: string, policiesDir: string): Promise<SampleRemoval> {
  const removal: SampleRemoval = { samples: [], pictures: [], kept: [] };
  const shownBySamples = new Set<string>();
  const shownByOthers = new Set<string>();
  for (const id of await policyFolders(policiesDir)) {
    const folder = path.join(policiesDir, id);
    const source = await readIfThere(path.join(folder, POLICY_FILE_NAME));
    const easyRead = await readIfThere(path.join(folder, EASY_READ_FILE));
    const read = source === undefined ? undefined : readFrontmatter(source);
    const data = read?.ok ? read.frontmatter.data : undefined;
    const sample = SAMPLE_POLICIES.find((candidate) => candidate.id === id);
    const isSample = sample !== undefined && detailText(data, 'title') === sample.title && detailText(data, 'summary') === sample.summary;
    const shown = [source, easyRead].flatMap((text) => (text === undefined ? [] : picturesShown(text, folder)));
    for (const picture of shown) (isSample ? shownBySamples : shownByOthers).add(picture);
    const display = `${repositoryPath(folder, root)}/`;
    if (isSample) removal.samples.push({ id, title: sample.title, folder: display, hasEasyRead: easyRead !== undefined });
    else if (sample !== undefined) removal.kept.push({ folder: display, title: detailText(data, 'title') || 'no title', hasEasyRead: easyRead !== undefined });
  }
  const sampleFolders = removal.samples.map((sample) => path.join(policiesDir, sample.id) + path.sep);
  removal.pictures = [...shownBySamples]
    .filter((picture) => !shownByOthers.has(picture))
    // Pictures inside a sample's folder go with it; only shared ones beside the policies are listed.
    .filter((picture) => picture.startsWith(policiesDir + path.sep) && !sampleFolders.some((folder) => picture.startsWith(folder)))
    .map((picture) => repositoryPath(picture, root))
    .sort();
  return removal;
}

export type CodeownersUpdate = { ok: true; changed: boolean } | { ok: false; problems: Problem[] };

/** Removes what the plan lists, then remakes CODEOWNERS without the samples' lines. */
export async function removeSamples(root: string, policiesDir: string, removal: SampleRemoval): Promise<CodeownersUpdate> {
  for (const sample of removal.samples) await rm(path.join(policiesDir, sample.id), { recursive: true, force: true });
  for (const picture of removal.pictures) await rm(path.join(root, picture), { force: true });
  const file = path.join(root, CODEOWNERS_FILE);
  const current = await readIfThere(file);
  if (current === undefined) return { ok: true, changed: false };
  const expected = await expectedCodeowners(root, policiesDir);
  if (!expected.ok) return expected;
  if (expected.text === current) return { ok: true, changed: false };
  await writeFile(file, expected.text);
  return { ok: true, changed: true };
}
