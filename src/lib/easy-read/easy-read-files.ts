import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EasyReadFrontmatter } from '../../schemas/easy-read.ts';
import { brokenCrossReferences } from '../cross-references.ts';
import { parsePolicyText } from '../parse-policy-text.ts';
import { POLICY_FILE_NAME } from '../policy-files.ts';
import { loadPolicyLibrary } from '../policy-library.ts';
import { checkEasyReadSource, picturesIn } from './easy-read-source.ts';
import type { LintMessage, RuleSetting } from './lint.ts';
import { loadPictures } from './pictures.ts';
import type { MarkdownNode } from './text.ts';

export const EASY_READ_FILE_NAME = 'easy-read.mdx';

/** What the easy-read page gets: the checked frontmatter and the pictures its points use. */
export type EasyReadEntryData = EasyReadFrontmatter & { pictures: string[] };

export interface EasyReadFile {
  /** The policy's id: the folder both files are in. */
  id: string;
  filePath: string;
  displayPath: string;
  data: EasyReadEntryData;
}

export interface EasyReadFiles {
  easyReads: EasyReadFile[];
  /** Errors and warnings, for every file at once. */
  messages: LintMessage[];
}

/**
 * Reads and checks every `<policiesDir>/<id>/easy-read.mdx` against its schema, the easy-read rules
 * and the policy beside it. Only files with no errors are returned, so a page is never built from one.
 */
export async function readEasyReadFiles(policiesDir: string, repositoryRoot: string, rules?: readonly RuleSetting[]): Promise<EasyReadFiles> {
  const { policies } = await loadPolicyLibrary(policiesDir, repositoryRoot);
  const pictures = loadPictures(repositoryRoot);
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const linkTargets = policies.map((policy) => ({ ...policy, title: policy.data.title }));
  const easyReads: EasyReadFile[] = [];
  const messages: LintMessage[] = [];
  for (const id of await policyFolders(policiesDir)) {
    const filePath = path.join(policiesDir, id, EASY_READ_FILE_NAME);
    const source = await readFile(filePath, 'utf8').catch(() => undefined);
    if (source === undefined) continue;
    const displayPath = displayPathOf(filePath, repositoryRoot);
    const policy = byId.get(id);
    if (!policy) {
      const hasPolicy = await access(path.join(policiesDir, id, POLICY_FILE_NAME)).then(() => true, () => false);
      messages.push({
        file: displayPath,
        severity: 'error',
        message: hasPolicy
          ? `cannot be checked, because its policy (policies/${id}/${POLICY_FILE_NAME}) has problems. Fix those first: npm run build lists them`
          : `explains no policy: there is no ${POLICY_FILE_NAME} beside it. Put it in the folder of the policy it explains`,
      });
      continue;
    }
    const checked = checkEasyReadSource(displayPath, source, {
      pictures,
      policy: { version: policy.data.version, status: policy.data.status, title: policy.data.title },
      ...(rules ? { rules } : {}),
    });
    messages.push(...checked.messages);
    if (checked.outline) {
      const own = { id: `${id}/easy-read`, title: `${policy.data.title}: easy read`, displayPath, outline: checked.outline };
      for (const problem of brokenCrossReferences([...linkTargets, own], [own])) {
        messages.push({ file: displayPath, ...(problem.line ? { line: problem.line } : {}), ...(problem.column ? { column: problem.column } : {}), severity: 'error', message: problem.message });
      }
    }
    const hasErrors = messages.some((message) => message.file === displayPath && message.severity === 'error');
    if (checked.data && !hasErrors) easyReads.push({ id, filePath, displayPath, data: { ...checked.data, pictures: checked.pictures } });
  }
  return { easyReads, messages };
}

/** The picture names every easy read uses, without checking anything else: what the build copies. */
export async function picturesInEasyReads(policiesDir: string): Promise<string[]> {
  const names = new Set<string>();
  for (const id of await policyFolders(policiesDir)) {
    const source = await readFile(path.join(policiesDir, id, EASY_READ_FILE_NAME), 'utf8').catch(() => undefined);
    const parsed = source === undefined ? undefined : parsePolicyText(source);
    if (parsed?.ok) for (const name of picturesIn(parsed.tree as unknown as MarkdownNode)) names.add(name);
  }
  return [...names].sort();
}

async function policyFolders(policiesDir: string): Promise<string[]> {
  return (await readdir(policiesDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

function displayPathOf(filePath: string, repositoryRoot: string): string {
  const relative = path.relative(repositoryRoot, filePath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
}
