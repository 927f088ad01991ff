import path from 'node:path';
import { policySchema, type PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { nearest } from '#src/policy/fields.ts';
import { readFrontmatter, type Frontmatter } from '#src/policy/frontmatter.ts';
import { frontmatterProblems } from '#src/policy/frontmatter-problems.ts';
import { isError, type Problem } from '#src/policy/problem.ts';
import { readTextFile } from '#src/policy/text-file.ts';
import { contentProblems } from '#src/policy/content-rules/index.ts';
import { sectionWordsProblems } from '#src/search/section-words.ts';
import { repeatedSectionIdProblems } from '#src/cross-references/repeated-section-ids.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { policyOutline, type PolicyOutline } from '#src/cross-references/policy-outline.ts';
import { brokenCrossReferences, type OutlinedPolicy } from '#src/cross-references/cross-references.ts';
import { readRepositoryHistory, type HistoryAvailability, type RepositoryHistory } from '#src/versions/git-history.ts';
import { policyVersions, type PolicyVersion } from '#src/versions/policy-versions.ts';
import { historyProblems } from '#src/versions/history-problems.ts';
import { isPolicyId } from '#src/policy/policy-id.ts';
import { POLICY_FILE_NAME, policyFolders, repositoryPath } from '#src/policy/policy-folders.ts';
import { placeholderProblems } from '#src/governance/placeholder-text.ts';

/** What a page gets for each policy: its checked details, the outline of its text and its versions. */
export type PolicyEntryData = PolicyFrontmatter & {
  outline: PolicyOutline;
  /** Versions whose text is held, newest first, without their text (pages that need it load it). */
  versions: Omit<PolicyVersion, 'source'>[];
};

export interface PolicyFile {
  /** The folder name: the policy's permanent id and URL slug. */
  id: string;
  /** Absolute path of index.mdx. */
  filePath: string;
  /** Path shown to people, relative to the repository root. */
  displayPath: string;
  data: PolicyFrontmatter;
  outline: PolicyOutline;
  /** Every version whose text is held, newest first; only the current one when git history is missing. */
  versions: PolicyVersion[];
}

export interface PolicyFiles {
  policies: PolicyFile[];
  /** Mistakes that stop the build. */
  problems: Problem[];
  /** Things to look at that do not stop it, such as an http: link. */
  warnings: Problem[];
  history: HistoryAvailability;
}

/**
 * Reads and checks every `<policiesDir>/<id>/index.mdx`, with the git history of all of them read
 * in one pass. All problems in all files are collected, so an owner sees everything to fix in one build.
 */
export async function readPolicyFiles(policiesDir: string, repositoryRoot: string): Promise<PolicyFiles> {
  const folders = await policyFolders(policiesDir);
  const history = await readRepositoryHistory(policiesDir, [POLICY_FILE_NAME]);
  const policies: PolicyFile[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // A policy with a problem of its own still exists for the others: a link to it is checked against its
  // sections, or, when its text cannot be read, not at all, rather than reported as a link to nothing.
  const withProblems: OutlinedPolicy[] = [];
  const unreadable = new Set<string>();
  for (const id of folders) {
    const filePath = path.join(policiesDir, id, POLICY_FILE_NAME);
    const displayPath = repositoryPath(filePath, repositoryRoot);
    const read = await readTextFile(filePath, displayPath);
    if (read === undefined) {
      problems.push({ file: displayPath, message: `is missing. Each policy folder needs an ${POLICY_FILE_NAME}; remove the folder policies/${id} if it is not a policy` });
      continue;
    }
    if (!isPolicyId(id)) {
      problems.push({ file: displayPath, message: `the folder name "${id}" becomes the policy's web address, so use only lower-case letters, digits and hyphens, like social-media` });
    }
    if (!read.ok) {
      problems.push(read.problem);
      unreadable.add(id);
      continue;
    }
    const source = read.text;
    const result = checkPolicySource(displayPath, source);
    if (!result.ok) {
      problems.push(...result.problems);
      if (result.outline) withProblems.push({ id, displayPath, title: result.outline.title || id, outline: result.outline.outline });
      else unreadable.add(id);
      continue;
    }
    warnings.push(...result.warnings);
    const versions = versionsOf(filePath, source, result.data, history);
    problems.push(...historyProblems(displayPath, result.data, result.frontmatter.lineOf, history.availability === 'full' ? versions : undefined));
    policies.push({ id, filePath, displayPath, data: result.data, outline: result.outline, versions });
  }
  problems.push(...relatedProblems(policies, [...withProblems.map((policy) => policy.id), ...unreadable]));
  const outlined = [...policies.map((policy) => ({ ...policy, title: policy.data.title })), ...withProblems];
  problems.push(...brokenCrossReferences(outlined, outlined, unreadable));
  return { policies, problems, warnings, history: history.availability };
}

function versionsOf(filePath: string, source: string, data: PolicyFrontmatter, history: RepositoryHistory): PolicyVersion[] {
  const fromTop = history.topLevel ? path.relative(history.topLevel, filePath).split(path.sep).join('/') : '';
  const revisions = history.availability === 'full' ? history.revisions.get(fromTop) ?? [] : [];
  return policyVersions(revisions, history.contents, { source, version: data.version, status: data.status, title: data.title });
}

/** A policy file's title and outline, known even when its details have problems. */
export interface OutlinedPolicyText {
  title: string;
  outline: PolicyOutline;
}

/**
 * Checks one policy file on its own: its details, that its text can be read, that it holds nothing that
 * runs, and, once approved, that no placeholder of the new-policy template is left in it.
 */
export function checkPolicySource(displayPath: string, source: string):
  | { ok: true; data: PolicyFrontmatter; outline: PolicyOutline; frontmatter: Frontmatter; warnings: Problem[] }
  | { ok: false; problems: Problem[]; outline?: OutlinedPolicyText } {
  const read = readFrontmatter(source);
  if (!read.ok) return { ok: false, problems: [{ file: displayPath, line: read.line, message: read.message }] };
  const parsed = policySchema.safeParse(read.frontmatter.data);
  const problems = parsed.success ? [] : frontmatterProblems(displayPath, parsed.error.issues, read.frontmatter.lineOf);
  const text = parsePolicyText(source);
  if (!text.ok) problems.push({ file: displayPath, line: text.line, column: text.column, message: text.message });
  const content = text.ok ? contentProblems(displayPath, text.tree) : [];
  problems.push(...content.filter(isError));
  if (text.ok) problems.push(...sectionWordsProblems(displayPath, text.tree), ...repeatedSectionIdProblems(displayPath, text.tree));
  // A draft is written in place of the template's placeholders; approved, it must have none left.
  if (parsed.success && parsed.data.status === 'approved') problems.push(...placeholderProblems(displayPath, source));
  if (!parsed.success || !text.ok || problems.length > 0) {
    const { data } = read.frontmatter;
    const title = typeof data === 'object' && data !== null && 'title' in data && typeof data.title === 'string' ? data.title : '';
    return { ok: false, problems, ...(text.ok && { outline: { title, outline: policyOutline(text.tree) } }) };
  }
  return { ok: true, data: parsed.data, outline: policyOutline(text.tree), frontmatter: read.frontmatter, warnings: content.filter((problem) => !isError(problem)) };
}

/** `otherIds` are policies with problems of their own: they exist, so listing one is not a mistake. */
function relatedProblems(policies: readonly PolicyFile[], otherIds: readonly string[]): Problem[] {
  const ids = [...policies.map((policy) => policy.id), ...otherIds];
  const problems: Problem[] = [];
  for (const policy of policies) {
    for (const related of policy.data.related) {
      if (related === policy.id) {
        problems.push({ file: policy.displayPath, field: 'related', message: `lists this policy itself ("${related}"). Remove it` });
      } else if (!ids.includes(related)) {
        const suggestion = nearest(related, ids);
        problems.push({
          file: policy.displayPath,
          field: 'related',
          message: `"${related}" is not a policy here${suggestion ? `. Did you mean ${suggestion}?` : `. Use a folder name from policies/, like ${ids.find((id) => id !== policy.id) ?? 'code-of-conduct'}`}`,
        });
      }
    }
  }
  return problems;
}
