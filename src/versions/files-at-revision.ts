import { readBlobs } from './git-history.ts';
import { git } from './git.ts';

/**
 * Every policy file under `policiesFolder` (relative to the repository's top level) as it stood at a
 * revision, by path: one `git ls-tree` and one `git cat-file --batch`, however many policies there are.
 */
export async function policyFilesAtRevision(root: string, revision: string, policiesFolder: string): Promise<Map<string, string>> {
  const stdout = await git(root, ['ls-tree', '-r', revision, '--', policiesFolder]);
  const blobs = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+\/index\.mdx)$/.exec(line);
    if (match) blobs.set(match[2]!, match[1]!);
  }
  const contents = await readBlobs(root, [...blobs.values()]);
  return new Map([...blobs].map(([file, blob]) => [file, contents.get(blob) ?? '']));
}
