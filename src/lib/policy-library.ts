import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { POLICY_FILE_NAME, readPolicyFiles, type PolicyFiles } from './policy-files.ts';

/*
 * One build needs the same reading of the policy files and their git history in several places:
 * the policies and earlier-versions collections, the easy-read checks and the PDFs. It is done once
 * per change of the files. Astro loads the content config and the site config as separate module
 * graphs, so the cache lives on globalThis, where both can see it.
 */
const CACHE = Symbol.for('policy-site:policy-library');
type Cache = { key: string; library: Promise<PolicyFiles> };
const slot = globalThis as typeof globalThis & { [CACHE]?: Cache };

export async function loadPolicyLibrary(policiesDir: string, repositoryRoot: string): Promise<PolicyFiles> {
  const key = `${path.resolve(repositoryRoot)}|${await fingerprint(policiesDir)}`;
  if (slot[CACHE]?.key !== key) slot[CACHE] = { key, library: readPolicyFiles(policiesDir, repositoryRoot) };
  return slot[CACHE]!.library;
}

async function fingerprint(policiesDir: string): Promise<string> {
  const folders = await readdir(policiesDir).catch(() => []);
  const parts = await Promise.all(folders.sort().map(async (folder) => {
    const info = await stat(path.join(policiesDir, folder, POLICY_FILE_NAME)).catch(() => undefined);
    return `${folder}:${info?.mtimeMs ?? 0}:${info?.size ?? 0}`;
  }));
  return `${policiesDir}|${parts.join('|')}`;
}
