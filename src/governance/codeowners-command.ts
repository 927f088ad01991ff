/**
 * npm run codeowners            remakes .github/CODEOWNERS from each policy's owner role
 * npm run codeowners -- --check  says, without writing, whether the committed file is current
 * The roles' teams come from .github/policy-owners.json.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_FILE, expectedCodeowners, staleCodeownersMessage } from './codeowners.ts';
import { OWNER_TEAMS_FILE } from './owner-teams.ts';
import { formatProblem, sortProblems } from '#src/policy/problem.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Usage: npm run codeowners [-- --check]';

async function main(): Promise<number> {
  const { values } = readArguments({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  if (values.help) {
    console.log(`${USAGE}\nRemakes ${CODEOWNERS_FILE} from each policy's owner role and ${OWNER_TEAMS_FILE}; with --check, only says whether it is current.`);
    return 0;
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const { policiesDir } = readSiteConfig(process.env, root);
  const expected = await expectedCodeowners(root, policiesDir);
  if (!expected.ok) {
    console.log(`Could not make ${CODEOWNERS_FILE}. Fix ${expected.problems.length === 1 ? 'this' : 'these'} first:`);
    for (const problem of sortProblems(expected.problems)) console.log(`  ${formatProblem(problem)}`);
    return 1;
  }
  const file = path.join(root, CODEOWNERS_FILE);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  const stale = staleCodeownersMessage(current, expected.text);
  if (values.check) {
    console.log(stale ?? `${CODEOWNERS_FILE} is up to date with the policies' owners.`);
    return stale ? 1 : 0;
  }
  if (!stale) {
    console.log(`${CODEOWNERS_FILE} was already up to date.`);
    return 0;
  }
  await writeFile(file, expected.text);
  console.log(`Wrote ${CODEOWNERS_FILE}. Commit it with your change.`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
