import path from 'node:path';
import { repositoryPath } from '#src/policy/policy-folders.ts';
import { git as gitIn } from '#src/versions/git.ts';
import type { PolicySources } from './policy-change.ts';

export interface ChangedPolicies {
  /** The commit compared with: where the branch left the base. */
  baseCommit: string;
  policies: PolicySources[];
}

const POLICY_FILE = /^(?<id>[^/]+)\/(?<name>index|easy-read)\.mdx$/;

/**
 * The policies whose file or easy read changed between `base` and HEAD, each with its file at both.
 * It compares with where the branch left the base (as a pull request does), so changes merged to the
 * base since then are not counted as this branch's.
 */
export async function changedPolicies(root: string, policiesDir: string, base: string): Promise<ChangedPolicies> {
  const git = (args: string[]) => gitIn(root, args);
  const baseRef = (await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => '')).trim();
  if (!baseRef) {
    throw new Error(`"${base}" is not a commit, branch or tag in this repository. In a shallow clone, fetch it first (git fetch --unshallow), or name it like --base origin/main.`);
  }
  const baseCommit = (await git(['merge-base', baseRef, 'HEAD']).catch(() => baseRef)).trim() || baseRef;
  const folder = repositoryPath(policiesDir, root);
  const changed = (await git(['diff', '--name-only', '-z', '--no-renames', baseCommit, 'HEAD', '--', folder])).split('\0').filter(Boolean);
  const ids = new Set<string>();
  for (const file of changed) {
    const match = POLICY_FILE.exec(path.posix.relative(folder, file));
    if (match?.groups) ids.add(match.groups['id']!);
  }
  const show = (revision: string, file: string) => git(['show', `${revision}:${file}`]).catch(() => undefined);
  const policies: PolicySources[] = [];
  for (const id of [...ids].sort()) {
    const file = `${folder}/${id}/index.mdx`;
    policies.push({
      id,
      file,
      before: await show(baseCommit, file),
      after: await show('HEAD', file),
      easyReadAfter: await show('HEAD', `${folder}/${id}/easy-read.mdx`),
    });
  }
  return { baseCommit: baseCommit.slice(0, 7), policies };
}
