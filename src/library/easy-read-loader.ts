import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { EASY_READ_FILE_NAME, readEasyReadFiles, type EasyReadEntryData } from '#src/easy-read/easy-read-files.ts';
import { formatProblem, isError, ProblemsError } from '#src/policy/problem.ts';

/**
 * Loads `policies/<id>/easy-read.mdx`, the easy-read version of the policy in the same folder.
 * Every file is checked against its schema, its policy and the easy-read rules first: errors fail
 * the build, all listed together in plain words; warnings are printed and the build goes on.
 */
export function easyReadLoader(policiesDir: string): Loader {
  const files = glob({ pattern: `*/${EASY_READ_FILE_NAME}`, base: policiesDir, generateId: ({ entry }) => entry.split('/')[0]!, retainBody: false });
  return {
    name: 'easy-read-loader',
    async load(context) {
      const { easyReads, messages } = await readEasyReadFiles(policiesDir, fileURLToPath(context.config.root));
      const errors = messages.filter(isError);
      for (const warning of messages.filter((message) => !isError(message))) context.logger.warn(formatProblem(warning));
      if (errors.length > 0) throw new ProblemsError(errors, 'the easy-read files', 'npm run lint:easy-read checks them without building');
      const checked = new Map(easyReads.map((easyRead): [string, EasyReadEntryData] => [easyRead.filePath, easyRead.data]));
      const parseData: typeof context.parseData = (entry) =>
        context.parseData({ ...entry, data: (checked.get(entry.filePath ?? '') ?? entry.data) as typeof entry.data });
      await files.load({ ...context, parseData });
    },
  };
}
