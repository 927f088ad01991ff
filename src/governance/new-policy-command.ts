/**
 * npm run new-policy -- <id> "<Title>"
 * Makes policies/<id>/index.mdx: a draft with valid details and a starter text.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDate } from '#src/site/build-date.ts';
import { OWNER_TEAMS_FILE } from './owner-teams.ts';
import { FIRST_DRAFT_VERSION, newPolicySource, policyIdProblem, policyTitleProblem } from './new-policy.ts';
import { readSiteConfig } from '#src/site/site-config.ts';

const USAGE = 'Write it like this: npm run new-policy -- flexible-working "Flexible Working Policy"';

async function main(): Promise<number> {
  const [id, title, ...extra] = process.argv.slice(2);
  if (id === undefined || id === '--help' || id === '-h') {
    console.log(`Makes a new draft policy.\n${USAGE}\nThe first word is the folder name (the policy's web address); the second, in quotes, is its title.`);
    return id === undefined ? 1 : 0;
  }
  const problems = [policyIdProblem(id)];
  if (title === undefined) problems.push('the title is missing');
  else problems.push(policyTitleProblem(title));
  if (extra.length > 0) problems.push(`there is more after the title (${extra.join(' ')}). Put the whole title in quotes`);
  const found = problems.filter((problem) => problem !== undefined);
  if (found.length > 0 || title === undefined) {
    console.log(`No policy was made: ${found.join('; ')}.\n${USAGE}`);
    return 1;
  }

  const root = path.resolve(import.meta.dirname, '../..');
  const { policiesDir } = readSiteConfig(process.env, root);
  const folder = path.join(policiesDir, id);
  const shown = (file: string) => path.relative(root, file).split(path.sep).join('/');
  if (await stat(folder).then(() => true, () => false)) {
    console.log(`No policy was made: ${shown(folder)} already exists. Choose another folder name, or edit ${shown(path.join(folder, 'index.mdx'))} instead.`);
    return 1;
  }
  const today = buildDate(process.env);
  await mkdir(folder, { recursive: true });
  const policyFile = path.join(folder, 'index.mdx');
  await writeFile(policyFile, newPolicySource(title, today), { flag: 'wx' });

  console.log(`Made a draft policy, "${title.trim()}" (version ${FIRST_DRAFT_VERSION}): ${shown(policyFile)}.

What to do next:
  1. Open ${shown(policyFile)} and replace every part that says "Replace": the summary, the owner role,
     the category and the two starter sections.
  2. If the owner role is new, give it a GitHub team in ${OWNER_TEAMS_FILE}. Then run npm run codeowners,
     so the right people are asked to review changes to this policy.
  3. See it with npm start, at /policies/${id}/. It shows as a draft until it is approved.
  4. Commit it on a new branch and open a pull request. CONTRIBUTING.md says what each check means.`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
