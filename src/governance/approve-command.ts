/**
 * npm run approve -- <id> --by "<body>" --on <YYYY-MM-DD> [--version <v>]
 * Records a meeting's approval of a policy in its file: status, who approved it and when, the
 * version's history entry and the next review date. It refuses, saying why, rather than guess.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { nearest } from '#src/policy/fields.ts';
import { POLICY_FILE_NAME, policyFolders, repositoryPath } from '#src/policy/policy-folders.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { readTextFile } from '#src/policy/text-file.ts';
import { buildDate } from '#src/site/build-date.ts';
import { EASY_READ_FILE_NAME } from '#src/easy-read/easy-read-files.ts';
import { readEasyReadFrontmatter } from '#src/easy-read/easy-read-source.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { approvePolicy, renumberedEasyRead } from './approve.ts';
import { placeholderProblems } from './placeholder-text.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Write it like this: npm run approve -- social-media --by "Trust Board" --on 2026-11-26 [--version 1.0]';

class Refusal extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = readArguments({
    allowPositionals: true,
    options: { by: { type: 'string' }, on: { type: 'string' }, version: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }, USAGE);
  if (values.help) {
    console.log(`Records that a policy was approved at a meeting.\n${USAGE}\nA draft becomes version 1.0 unless --version says otherwise; a revision keeps the version it proposes.`);
    return 0;
  }
  const [id, ...extra] = positionals;
  if (id === undefined) throw new Refusal('say which policy, by its folder name');
  if (extra.length > 0) throw new Refusal(`there is more than one policy named (${positionals.join(' ')}). Approve one policy at a time, and put the body's name in quotes`);
  if (values.by === undefined) throw new Refusal('who approved it is missing. Write it like --by "Trust Board"');
  if (values.on === undefined) throw new Refusal('the day of the meeting is missing. Write it like --on 2026-11-26');

  const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
  const { policiesDir } = readSiteConfig(process.env, root);
  const ids = await policyFolders(policiesDir);
  if (!ids.includes(id)) {
    const suggestion = nearest(id, ids);
    throw new Refusal(`there is no policy "${id}"${suggestion ? `. Did you mean ${suggestion}?` : `. Use a folder name from ${repositoryPath(policiesDir, root)}/`}`);
  }
  const filePath = path.join(policiesDir, id, POLICY_FILE_NAME);
  const shown = repositoryPath(filePath, root);
  const read = await readTextFile(filePath, shown);
  if (!read) throw new Refusal(`${shown} is missing`);
  if (!read.ok) throw new Refusal(`${shown} has a problem to fix first:\n  ${formatProblem(read.problem)}`);
  const checked = checkPolicySource(shown, read.text);
  if (!checked.ok) {
    const count = checked.problems.length === 1 ? 'a problem' : `${checked.problems.length} problems`;
    throw new Refusal(`${shown} has ${count} to fix first:\n${checked.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  }
  const unfinished = placeholderProblems(shown, read.text);
  if (unfinished.length > 0) {
    throw new Refusal(`${shown} is not finished: it still has placeholder text from npm run new-policy. Write the policy's own text in place of each, then approve it:\n${unfinished.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  }
  const approval = approvePolicy(read.text, checked.data, { by: values.by, on: values.on, version: values.version, today: buildDate(process.env) });
  if (!approval.ok) throw new Refusal(approval.reason);
  await writeFile(filePath, approval.source);
  const easyRead = await easyReadAfterApproval(path.join(policiesDir, id, EASY_READ_FILE_NAME), root, checked.data.version, approval.version);
  console.log(`Recorded the approval of the ${checked.data.title}, version ${approval.version}, in ${shown}:
${approval.changes.map((change) => `  ${change}`).join('\n')}${easyRead ? `\n${easyRead}` : ''}

What to do next: check it with npm run check:versions and npm start, then commit it and open a pull request.`);
  return 0;
}

/**
 * Moves the easy read to the approved number when it explains the draft that was approved; says what
 * to do when it explains an older version, which the build refuses for a policy in force.
 */
async function easyReadAfterApproval(file: string, root: string, from: string, to: string): Promise<string | undefined> {
  const shown = repositoryPath(file, root);
  const read = await readTextFile(file, shown);
  if (!read?.ok) return undefined;
  const based = readEasyReadFrontmatter(shown, read.text).data?.basedOnVersion;
  if (based === undefined || based === to) return undefined;
  const renumbered = from !== to ? renumberedEasyRead(read.text, from, to) : undefined;
  if (renumbered) {
    await writeFile(file, renumbered);
    return `  ${shown}: basedOnVersion: ${to} (was ${from}): the words approved are the ones it explains`;
  }
  return `  ${shown} explains version ${based}, not ${to}. Check it against the changes and set basedOnVersion: "${to}" before you commit: the build refuses an out-of-date easy read for a policy in force`;
}

main().then((code) => process.exit(code), (error: unknown) => {
  if (error instanceof Refusal) {
    console.log(`No approval was recorded: ${error.message}${/[.?!:]$|\n/.test(error.message) ? '' : '.'}\n${USAGE}`);
    process.exit(1);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
