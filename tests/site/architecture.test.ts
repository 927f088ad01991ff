import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SAMPLE_POLICIES } from '#src/policy/sample-policies.ts';
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

/**
 * The sample policies may leave policies/ (npm run remove-sample-policies moves them into the tests),
 * so a test reaches them, and the repository's own policies and search terms, only through
 * tests/helpers/sample-policies.ts. Otherwise a Trust's `npm test` fails once it has made the site its own.
 */
const SAMPLES_HELPER = 'tests/helpers/sample-policies.ts';
const POLICIES_FOLDER_READS: readonly [RegExp, string][] = [
  [/REPOSITORY_ROOT\s*,\s*['"`]policies['"`/]|\$\{REPOSITORY_ROOT\}\/policies\b/, 'names the repository\'s policies/ folder'],
  [/\bpoliciesDir\b.*readSiteConfig\([^;]*REPOSITORY_ROOT/, 'reads the repository\'s policies folder from its settings'],
  [/REPOSITORY_ROOT\s*,\s*(SEARCH_TERMS_FILE|['"`]trust(\/search-terms\.yaml)?['"`])/, 'reads the repository\'s search terms'],
  [/['"`](\.\.\/)+(policies|trust\/search-terms\.yaml)\b/, 'climbs to the repository\'s policies or search terms'],
  [/(cwd(:|\s*=)\s*|\],\s*)REPOSITORY_ROOT\b(?!.*POLICY_SITE_POLICIES_DIR)/, 'runs a command in the repository, where it reads the repository\'s policies (run it in a site the fixture helpers made, or give it POLICY_SITE_POLICIES_DIR)'],
];
const TRUST_POLICIES = /\b(trustPoliciesDir|withTrustPolicies|openTrustSite|copyTrustPolicies)\b/;

/** The lines of a test file that reach the repository's policies around the helper, each with why it matters. */
function samplePolicyReads(file: string, text: string, sampleIds: readonly string[]): string[] {
  if (file === SAMPLES_HELPER) return [];
  const found: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const [pattern, what] of POLICIES_FOLDER_READS) if (pattern.test(line)) found.push(`${file}:${index + 1}: ${what}: use ${SAMPLES_HELPER}`);
  });
  // A test of the policies the Trust has must pass with its own policies or none, so it names no sample.
  if (TRUST_POLICIES.test(text)) {
    const sample = new RegExp(`policies/(${sampleIds.join('|')})/`);
    lines.forEach((line, index) => {
      if (sample.test(line)) found.push(`${file}:${index + 1}: checks the Trust's own policies, but names a sample policy, which the Trust may have removed`);
    });
  }
  return found;
}

test('tests reach the sample policies, and the Trust\'s own, only through the helper that knows where they are', async () => {
  const ids = SAMPLE_POLICIES.map((sample) => sample.id);
  const found: string[] = [];
  for (const file of await filesUnder('tests')) found.push(...samplePolicyReads(file, await readFile(path.join(REPOSITORY_ROOT, file), 'utf8'), ids));
  assert.deepEqual(found, []);
});
