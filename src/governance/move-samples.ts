import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryPath } from '#src/policy/policy-folders.ts';
import { SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';
import { updateCodeowners, type CodeownersUpdate } from './codeowners.ts';
import { committedSample } from './committed-sample.ts';
import { isSampleSource, type SamplePolicy } from '#src/policy/sample-policies.ts';
import { SAMPLE_SEARCH_TERMS_FILE, SAMPLES_FOR_TESTS, type SampleRemoval } from './sample-policies.ts';
import { keepSampleSearchTerms, pruneSearchTerms } from './sample-search-terms.ts';

/** Keeps an emptied policies folder in git until the Trust's own policies arrive. */
const KEEP_FILE = '.gitkeep';

export interface SampleMove {
  /** Samples that were no longer in the policies folder, taken from the newest commit that had them. */
  restored: { id: string; title: string; commit: string }[];
  /** Samples git has no copy of either: the tests that build them will say so. */
  lost: SamplePolicy[];
  /** Whether the search terms the samples answer were kept beside them. */
  searchTermsKept: boolean;
  /** The terms taken out of the Trust's file, which no policy left answers. */
  searchTermsRemoved: string[];
  codeowners: CodeownersUpdate;
}

/** Moves a file or folder, copying when it has to cross to another disk. */
async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rm(to, { recursive: true, force: true });
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/**
 * Takes the samples out of the site and keeps them for the project's tests, in SAMPLES_FOR_TESTS:
 * each sample's folder and the shared pictures only they show are moved there, shared pictures the
 * Trust's policies show too are copied, and a sample no longer in the policies folder is taken from
 * git's history. Then the search terms the samples answer are kept beside them, the Trust's file keeps
 * only the terms its own policies answer, and CODEOWNERS is remade without the samples' lines.
 */
export async function moveSamples(root: string, policiesDir: string, removal: SampleRemoval): Promise<SampleMove> {
  const samplesDir = path.join(root, SAMPLES_FOR_TESTS);
  const keptPlace = (picture: string) => path.join(samplesDir, path.relative(policiesDir, path.resolve(root, picture)));
  const trustTerms = await readFile(path.join(root, SEARCH_TERMS_FILE), 'utf8').catch(() => undefined);
  for (const sample of removal.samples) await move(path.join(policiesDir, sample.id), path.join(samplesDir, sample.id));
  for (const picture of removal.pictures) await move(path.resolve(root, picture), keptPlace(picture));
  for (const picture of removal.sharedPictures) {
    await mkdir(path.dirname(keptPlace(picture)), { recursive: true });
    await cp(path.resolve(root, picture), keptPlace(picture));
  }
  const restored: SampleMove['restored'] = [];
  const lost: SamplePolicy[] = [];
  for (const sample of removal.missing) {
    const committed = await committedSample(root, repositoryPath(path.join(policiesDir, sample.id), root), (source) => isSampleSource(sample, source));
    if (committed === undefined) {
      lost.push(sample);
      continue;
    }
    const folder = path.join(samplesDir, sample.id);
    await rm(folder, { recursive: true, force: true });
    for (const { file, bytes } of committed.files) {
      await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await writeFile(path.join(folder, file), bytes);
    }
    restored.push({ id: sample.id, title: sample.title, commit: committed.commit.slice(0, 7) });
  }
  // Git keeps no empty folder, and the policy lint and version guard need policies/ to be there.
  if ((await readdir(policiesDir)).length === 0) await writeFile(path.join(policiesDir, KEEP_FILE), '');
  await mkdir(samplesDir, { recursive: true });
  const searchTermsKept = await keepSampleSearchTerms(trustTerms, samplesDir, path.join(root, SAMPLE_SEARCH_TERMS_FILE));
  const searchTermsRemoved = await pruneSearchTerms(root, policiesDir);
  return { restored, lost, searchTermsKept, searchTermsRemoved, codeowners: await updateCodeowners(root, policiesDir) };
}
