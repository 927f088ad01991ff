/** `npm run docs:easy-read`: rewrites the rules section of CONTRIBUTING.md from the rules and their examples. */
import { readFile, writeFile } from 'node:fs/promises';
import { easyReadRulesMarkdown, RULES_END, RULES_START, withRulesSection } from './rule-docs.ts';
import { EASY_READ_RULES } from './rules/index.ts';

const file = 'CONTRIBUTING.md';
const current = await readFile(file, 'utf8');
const updated = withRulesSection(current, easyReadRulesMarkdown(EASY_READ_RULES));
if (updated === undefined) {
  console.error(`${file}: the lines ${RULES_START} and ${RULES_END} are missing. Put them back where the easy-read rules belong.`);
  process.exit(1);
}
await writeFile(file, updated);
console.log(`${file}: the easy-read rules section is up to date.`);
