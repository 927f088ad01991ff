import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Each policy is a folder holding this file; the folder's name is the policy's id and address. */
export const POLICY_FILE_NAME = 'index.mdx';

/**
 * The policy folders, A to Z. A folder whose name starts with "." or "_" is not a policy, so a
 * Trust can keep drafts or shared pictures beside the policies without publishing them.
 */
export async function policyFolders(policiesDir: string): Promise<string[]> {
  const entries = await readdir(policiesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

/** policies/social-media/index.mdx inside the repository, as messages name it; the full path for a file outside it. */
export function repositoryPath(filePath: string, repositoryRoot: string): string {
  const relative = path.relative(repositoryRoot, filePath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
}
