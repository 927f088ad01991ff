import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';

export const REPOSITORY_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');

/** What `npm run build` runs; run it with a copy as the working directory to build the copy. */
export const BUILD_SCRIPT = path.join(REPOSITORY_ROOT, 'src/site/build-command.ts');

/** The parts of the project a build needs; policies are added by whoever makes the copy. */
const PROJECT_FILES = ['src', 'public', 'trust', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A copy of the project's code in a new temp dir, with its installed packages linked in. */
export async function copyProject(prefix: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  // The Trust's search terms point at the real policies' words, so a copy with other policies leaves them out.
  const filter = (source: string) => path.relative(REPOSITORY_ROOT, source).split(path.sep).join('/') !== SEARCH_TERMS_FILE;
  for (const item of PROJECT_FILES) await cp(path.join(REPOSITORY_ROOT, item), path.join(root, item), { recursive: true, filter });
  await linkNodeModules(root);
  await mkdir(path.join(root, 'policies'), { recursive: true });
  return root;
}

/**
 * Links each installed package into the copy, rather than the whole node_modules folder, so
 * Astro's cache (node_modules/.astro) belongs to the copy and no build sees another's cache.
 */
export async function linkNodeModules(root: string, from = path.join(REPOSITORY_ROOT, 'node_modules')): Promise<void> {
  const target = path.join(root, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(from)) {
    if (name.startsWith('.')) continue;
    await symlink(path.join(from, name), path.join(target, name), 'dir');
  }
}
