import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';

/*
 * The rules of ARCHITECTURE.md that code can check, so the layout stays as a newcomer reads it.
 */

const SOURCE = /\.(ts|astro|mjs)$/;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(REPOSITORY_ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.relative(REPOSITORY_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

test('no folder under src/ holds more than 20 source files of its own', async () => {
  const counts = new Map<string, number>();
  for (const file of await filesUnder('src')) counts.set(path.posix.dirname(file), (counts.get(path.posix.dirname(file)) ?? 0) + 1);
  const crowded = [...counts].filter(([, count]) => count > 20).map(([folder, count]) => `${folder} (${count})`);
  assert.deepEqual(crowded, [], 'split a crowded folder into capabilities, or a capability into sub-folders');
});

test('no import climbs more than three folders: further than that, use the #src/ alias', async () => {
  const climbing: string[] = [];
  for (const file of [...(await filesUnder('src')), ...(await filesUnder('tests')), ...(await filesUnder('bench'))]) {
    if (file.startsWith('bench/starlight/')) continue;
    const text = await readFile(path.join(REPOSITORY_ROOT, file), 'utf8');
    for (const specifier of importsOf(text)) if (specifier.startsWith('../../../../')) climbing.push(`${file}: ${specifier}`);
  }
  assert.deepEqual(climbing, []);
});

test('only the build context keeps state on globalThis', async () => {
  const users: string[] = [];
  for (const file of await filesUnder('src')) {
    const text = await readFile(path.join(REPOSITORY_ROOT, file), 'utf8');
    if (text.includes('globalThis')) users.push(file);
  }
  // release-memory.ts only reads V8's gc() hook, which Node puts there; it keeps nothing.
  assert.deepEqual(users.sort(), ['src/site/build-context.ts', 'src/site/release-memory.ts']);
});

test('the capabilities\' logic has no Astro imports, so it runs in plain Node and in tests', async () => {
  const astroGlue = /(\.astro|-collection\.ts|-loader\.ts|content\.config\.ts|-pictures\.ts|policy-pdfs\.ts|search-index\.ts|precompress\.ts|build-report\.ts|-integration\.ts|settings\.ts)$/;
  const offenders: string[] = [];
  for (const file of await filesUnder('src')) {
    if (file.startsWith('src/pages/') || astroGlue.test(file)) continue;
    const text = await readFile(path.join(REPOSITORY_ROOT, file), 'utf8');
    for (const specifier of importsOf(text)) if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/')) offenders.push(`${file}: ${specifier}`);
  }
  assert.deepEqual(offenders, []);
});
