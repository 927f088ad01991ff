import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { POLICY_FILE_NAME, readPolicyFiles, type PolicyFiles } from '../lib/policy-files.ts';

/*
 * Two collections (current policies and earlier versions) need the same reading of the policy
 * files and their git history. It is done once per change of the files, not once per collection.
 */
let cached: { key: string; library: Promise<PolicyFiles> } | undefined;

export async function loadPolicyLibrary(policiesDir: string, repositoryRoot: string): Promise<PolicyFiles> {
  const key = await fingerprint(policiesDir);
  if (cached?.key !== key) cached = { key, library: readPolicyFiles(policiesDir, repositoryRoot) };
  return cached.library;
}

async function fingerprint(policiesDir: string): Promise<string> {
  const folders = await readdir(policiesDir).catch(() => []);
  const parts = await Promise.all(folders.sort().map(async (folder) => {
    const info = await stat(path.join(policiesDir, folder, POLICY_FILE_NAME)).catch(() => undefined);
    return `${folder}:${info?.mtimeMs ?? 0}:${info?.size ?? 0}`;
  }));
  return `${policiesDir}|${parts.join('|')}`;
}
