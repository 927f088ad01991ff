import path from 'node:path';
import { git, gitFileBytes } from '#src/versions/git.ts';
import { POLICY_FILE_NAME } from '#src/policy/policy-folders.ts';

/** A sample policy's files as git last held them, for a sample no longer in the policies folder. */
export interface CommittedSample {
  commit: string;
  /** Each file in the sample's folder, by its path inside the folder. */
  files: { file: string; bytes: Buffer }[];
}

/**
 * The sample's folder at the newest commit where its policy file was still the sample (`isSample`
 * says), or undefined when git has none: not a git repository, a shallow clone cut before it, or a
 * folder that never held the sample. `folder` is the folder's path from `root`, like policies/equality.
 */
export async function committedSample(root: string, folder: string, isSample: (source: string) => boolean): Promise<CommittedSample | undefined> {
  const policyFile = `${folder}/${POLICY_FILE_NAME}`;
  const commits = await git(root, ['log', '--format=%H', '--', policyFile]).then((out) => out.split('\n').filter(Boolean), () => []);
  for (const commit of commits) {
    // A commit that deleted the file names it too, but has nothing to show.
    const source = await gitFileBytes(root, commit, policyFile).then((bytes) => bytes.toString('utf8'), () => undefined);
    if (source === undefined || !isSample(source)) continue;
    const names = (await git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', `${folder}/`])).split('\0').filter(Boolean);
    const files = await Promise.all(names.map(async (name) => ({
      file: path.posix.relative(folder, name),
      bytes: await gitFileBytes(root, commit, name),
    })));
    return { commit, files };
  }
  return undefined;
}
