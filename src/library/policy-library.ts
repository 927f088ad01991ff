import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildContext } from '#src/site/build-context.ts';
import { readPolicyFiles, type PolicyFiles } from './policy-files.ts';
import { POLICY_FILE_NAME, policyFolders } from '#src/policy/policy-folders.ts';

/**
 * Every policy file and its git history, read once per change of the files: the policies and
 * earlier-versions collections, the easy-read checks and the PDFs all need the same reading.
 */
export async function loadPolicyLibrary(policiesDir: string, repositoryRoot: string): Promise<PolicyFiles> {
  const key = `${path.resolve(repositoryRoot)}|${await fingerprint(policiesDir)}`;
  const context = buildContext();
  if (context.library?.key !== key) context.library = { key, files: readPolicyFiles(policiesDir, repositoryRoot) };
  return context.library.files;
}

async function fingerprint(policiesDir: string): Promise<string> {
  const parts = await Promise.all((await policyFolders(policiesDir)).map(async (folder) => {
    const info = await stat(path.join(policiesDir, folder, POLICY_FILE_NAME)).catch(() => undefined);
    return `${folder}:${info?.mtimeMs ?? 0}:${info?.size ?? 0}`;
  }));
  return `${policiesDir}|${parts.join('|')}`;
}
