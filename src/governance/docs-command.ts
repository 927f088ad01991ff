/**
 * `npm run docs`: rewrites the parts of CONTRIBUTING.md that are made from the rules and their
 * examples (what a policy file may contain, and the easy-read rules).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CONTENT_RULES_SECTION } from '#src/policy/content-rules/content-rule-docs.ts';
import { withSection } from '#src/policy/generated-section.ts';
import { EASY_READ_RULES_SECTION } from '#src/easy-read/rule-docs.ts';

export const GENERATED_SECTIONS = [CONTENT_RULES_SECTION, EASY_READ_RULES_SECTION];

const file = 'CONTRIBUTING.md';
let text = await readFile(file, 'utf8');
for (const section of GENERATED_SECTIONS) {
  const updated = withSection(text, section);
  if (updated === undefined) {
    console.error(`${file}: the lines ${section.start} and ${section.end} are missing. Put them back where ${section.name} belong.`);
    process.exit(1);
  }
  text = updated;
}
await writeFile(file, text);
console.log(`${file}: ${GENERATED_SECTIONS.map((section) => section.name).join(' and ')} are up to date.`);
