/**
 * `npm run lint:easy-read`: checks every policies/<id>/easy-read.mdx against the easy-read rules
 * without building the site. Errors make it exit with 1 (as they fail the build); warnings do not.
 */
import { readEasyReadFiles } from './easy-read-files.ts';
import { countProblems, formatProblem, isError } from '#src/policy/problem.ts';
import { readSiteConfig } from '#src/site/site-config.ts';

const root = process.cwd();
const { policiesDir } = readSiteConfig(process.env, root);
const { easyReads, messages } = await readEasyReadFiles(policiesDir, root);
for (const message of messages) console.log(formatProblem(message));
const files = new Set([...easyReads.map((easyRead) => easyRead.displayPath), ...messages.map((message) => message.file)]).size;
console.log(`Easy read: checked ${files} ${files === 1 ? 'file' : 'files'}: ${countProblems(messages)}.`);
process.exitCode = messages.some(isError) ? 1 : 0;
