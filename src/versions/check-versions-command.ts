/**
 * npm run check:versions -- --base <git ref>
 * Compares every policy with the same file at the base (by default where this branch left main)
 * and fails, in plain English, when text changed without a new version or history entry.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { policyFilesAtRevision } from './files-at-revision.ts';
import { git } from './git.ts';
import { formatProblem, sortProblems } from '#src/policy/problem.ts';
import { versionGuardProblems } from './version-guard.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { repositoryPath } from '#src/policy/policy-folders.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const inHere = async (args: string[]) => (await git(process.cwd(), args)).trim();

async function defaultBase(): Promise<string> {
  for (const candidate of ['main', 'origin/main']) {
    const base = await inHere(['merge-base', 'HEAD', candidate]).catch(() => '');
    if (base) return base;
  }
  throw new Error('Could not find where this branch left main. Give the base explicitly: npm run check:versions -- --base origin/main');
}

const USAGE = 'Usage: npm run check:versions -- [--base <git ref>]';

async function main(): Promise<number> {
  const { values } = readArguments({ options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  if (values.help) {
    console.log(`${USAGE}\nChecks that changed policy text has a new version or an editorial note. The base defaults to the merge base with main.`);
    return 0;
  }
  const root = await inHere(['rev-parse', '--show-toplevel']);
  const { policiesDir } = readSiteConfig(process.env, root);
  const base = values.base ?? (await defaultBase());
  await inHere(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => {
    throw new Error(`"${base}" is not a commit, branch or tag in this repository. In a shallow clone, fetch it first (git fetch --unshallow).`);
  });
  const relativeDir = repositoryPath(policiesDir, root);
  const baseFiles = await policyFilesAtRevision(root, base, relativeDir);
  const headFiles = new Map<string, string>();
  for (const folder of await readdir(policiesDir)) {
    const file = `${relativeDir}/${folder}/index.mdx`;
    const source = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
    if (source !== undefined) headFiles.set(file, source);
  }
  const files = [...new Set([...baseFiles.keys(), ...headFiles.keys()])].sort();
  const problems = files.flatMap((file) => versionGuardProblems(file, baseFiles.get(file), headFiles.get(file)));
  const short = base.length === 40 ? base.slice(0, 7) : base;
  if (problems.length === 0) {
    console.log(`Checked ${files.length} ${files.length === 1 ? 'policy' : 'policies'} against ${short}: every change to policy text has a new version or an editorial note.`);
    return 0;
  }
  console.log(`Found ${problems.length} version ${problems.length === 1 ? 'problem' : 'problems'} against ${short}:`);
  for (const problem of sortProblems(problems)) console.log(`  ${formatProblem(problem)}`);
  return 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
