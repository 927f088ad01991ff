import { access } from 'node:fs/promises';
import path from 'node:path';
import type { EasyReadFrontmatter } from './easy-read-schema.ts';
import { brokenCrossReferences } from '#src/cross-references/cross-references.ts';
import { POLICY_FILE_NAME, policyFolders, repositoryPath } from '#src/policy/policy-folders.ts';
import { loadPolicyLibrary } from '#src/library/policy-library.ts';
import { checkEasyReadSource } from './easy-read-source.ts';
import { isError, type Problem } from '#src/policy/problem.ts';
import { buildContext } from '#src/site/build-context.ts';
import { readTextFile } from '#src/policy/text-file.ts';
import type { RuleSetting } from './lint.ts';
import { loadPictures } from './pictures.ts';

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
  messages: Problem[];
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
  const messages: Problem[] = [];
  for (const id of await policyFolders(policiesDir)) {
    const filePath = path.join(policiesDir, id, EASY_READ_FILE_NAME);
    const displayPath = repositoryPath(filePath, repositoryRoot);
    const read = await readTextFile(filePath, displayPath);
    if (read === undefined) continue;
    if (!read.ok) {
      messages.push({ ...read.problem, severity: 'error' });
      continue;
    }
    const source = read.text;
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
        messages.push({ ...problem, severity: 'error' });
      }
    }
    const hasErrors = messages.some((message) => message.file === displayPath && isError(message));
    if (checked.data && !hasErrors) easyReads.push({ id, filePath, displayPath, data: { ...checked.data, pictures: checked.pictures } });
  }
  // The pictures integration copies these, and only these, into the built site.
  const { picturesInUse } = buildContext();
  picturesInUse.clear();
  for (const easyRead of easyReads) for (const name of easyRead.data.pictures) picturesInUse.add(name);
  return { easyReads, messages };
}
