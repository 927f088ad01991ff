import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { OWNER_TEAMS_FILE, readOwnerTeams, teamsForRole, type OwnerTeams } from './owner-teams.ts';
import type { Problem } from '#src/policy/problem.ts';
import { POLICY_FILE_NAME, policyFolders } from '#src/policy/policy-folders.ts';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';
export const CODEOWNERS_COMMAND = 'npm run codeowners';

/** A policy folder and the owner role its details name. */
export interface PolicyOwner {
  /** The folder name. */
  id: string;
  /** The policy file as people see it, e.g. policies/social-media/index.mdx */
  file: string;
  owner: string;
  /** The line the owner is written on. */
  line?: number;
}

export type CodeownersResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * The CODEOWNERS file: one line per policy folder, naming the teams of its owner's role, so
 * GitHub asks the right people to review a change. Each line carries only the folder and the
 * teams, so retitling a policy or rewording a role that keeps its team leaves the file as it is.
 */
export function codeownersText(policies: readonly PolicyOwner[], teams: OwnerTeams, policiesFolder: string): CodeownersResult {
  const problems: Problem[] = [];
  const lines: string[] = [];
  for (const policy of [...policies].sort((a, b) => a.id.localeCompare(b.id))) {
    const found = teamsForRole(teams, policy);
    if (found.ok) lines.push(`/${policiesFolder}/${policy.id}/ ${found.teams.join(' ')}`);
    else problems.push(found.problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  const header = [
    `# Who reviews a change: made by \`${CODEOWNERS_COMMAND}\` from each policy's owner role and ${OWNER_TEAMS_FILE}.`,
    `# To change a role's team, edit ${OWNER_TEAMS_FILE}, then run ${CODEOWNERS_COMMAND} (or, in the browser, make`,
    "# the changes the pull request's check lists). GitHub asks these teams to review changes to their files; a later line wins.",
  ];
  const otherFiles = teams.otherFiles.length > 0
    ? ['', '# Everything that is not a policy: the site itself, and who reviews what.', `* ${teams.otherFiles.join(' ')}`]
    : [];
  return { ok: true, text: [...header, ...otherFiles, '', '# Each policy, by its owner role.', ...lines, ''].join('\n') };
}

/** The owner role of one policy file, read leniently: the build reports every other mistake. */
export function policyOwnerOf(id: string, file: string, source: string): { ok: true; owner: PolicyOwner } | { ok: false; problem: Problem } {
  const read = readFrontmatter(source);
  if (!read.ok) return { ok: false, problem: { file, line: read.line, message: read.message } };
  const owner = detailText(read.frontmatter.data, 'owner');
  if (owner === '') return { ok: false, problem: { file, field: 'owner', message: 'is missing. Add a line like owner: Director of People' } };
  const line = read.frontmatter.lineOf(['owner']);
  return { ok: true, owner: { id, file, owner, ...(line === undefined ? {} : { line }) } };
}

/** The policies folder as CODEOWNERS names it (policies), or undefined when it is not inside the repository. */
function repositoryPathOf(repositoryRoot: string, policiesDir: string): string | undefined {
  const folder = path.relative(repositoryRoot, policiesDir).split(path.sep).join('/');
  return folder === '' || folder.startsWith('..') || path.isAbsolute(folder) ? undefined : folder;
}

/** What .github/CODEOWNERS should say for the policies and the mapping file in a repository. */
export async function expectedCodeowners(repositoryRoot: string, policiesDir: string): Promise<CodeownersResult> {
  const policiesFolder = repositoryPathOf(repositoryRoot, policiesDir);
  if (policiesFolder === undefined) {
    return { ok: false, problems: [{ file: policiesDir, message: `is not inside the repository, so ${CODEOWNERS_FILE} cannot name it` }] };
  }
  const mappingText = await readFile(path.join(repositoryRoot, OWNER_TEAMS_FILE), 'utf8').catch(() => undefined);
  if (mappingText === undefined) {
    return { ok: false, problems: [{ file: OWNER_TEAMS_FILE, message: `is missing. It lists each owner role with its GitHub team, like { "roles": { "Director of People": "@true-learning-partnership/people-team" } }` }] };
  }
  const teams = readOwnerTeams(mappingText);
  if (!teams.ok) return teams;
  const folders = await policyFolders(policiesDir);
  const owners: PolicyOwner[] = [];
  const problems: Problem[] = [];
  for (const id of folders) {
    const file = `${policiesFolder}/${id}/${POLICY_FILE_NAME}`;
    const source = await readFile(path.join(repositoryRoot, file), 'utf8').catch(() => undefined);
    if (source === undefined) continue;
    const found = policyOwnerOf(id, file, source);
    if (found.ok) owners.push(found.owner);
    else problems.push(found.problem);
  }
  const result = codeownersText(owners, teams.teams, policiesFolder);
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}

/** The lines to add (+) and remove (-) to bring a CODEOWNERS file up to date, for someone editing it in the browser. */
export function codeownersChanges(current: string, expected: string): string[] {
  const currentLines = new Set(current.split('\n').filter((line) => line.trim() !== ''));
  const expectedLines = new Set(expected.split('\n').filter((line) => line.trim() !== ''));
  return [
    ...[...currentLines].filter((line) => !expectedLines.has(line)).map((line) => `- ${line}`),
    ...[...expectedLines].filter((line) => !currentLines.has(line)).map((line) => `+ ${line}`),
  ];
}

/** The plain message for a CODEOWNERS file that does not match the policies, or undefined when it does. */
export function staleCodeownersMessage(current: string | undefined, expected: string): string | undefined {
  if (current === expected) return undefined;
  if (current === undefined) return `${CODEOWNERS_FILE} is missing: run ${CODEOWNERS_COMMAND} and commit the file it writes.`;
  const changes = codeownersChanges(current, expected);
  const detail = changes.length > 0 ? ` The lines to change:\n${changes.map((line) => `  ${line}`).join('\n')}` : '';
  return `${CODEOWNERS_FILE} is out of date with the policies' owners: run ${CODEOWNERS_COMMAND} and commit the result.${detail}`;
}

export type CodeownersUpdate = { ok: true; changed: boolean } | { ok: false; problems: Problem[] };

/**
 * Remakes CODEOWNERS after a command added or took away policies, so the committed file stays current
 * and its test passes. A repository without the file, or whose policies sit outside it, is left alone:
 * it has chosen not to use CODEOWNERS.
 */
export async function updateCodeowners(repositoryRoot: string, policiesDir: string): Promise<CodeownersUpdate> {
  const file = path.join(repositoryRoot, CODEOWNERS_FILE);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === undefined || repositoryPathOf(repositoryRoot, policiesDir) === undefined) return { ok: true, changed: false };
  const expected = await expectedCodeowners(repositoryRoot, policiesDir);
  if (!expected.ok) return expected;
  if (expected.text === current) return { ok: true, changed: false };
  await writeFile(file, expected.text);
  return { ok: true, changed: true };
}
