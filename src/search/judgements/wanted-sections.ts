import { nearest } from '#src/policy/fields.ts';
import type { Problem } from '#src/policy/problem.ts';
import type { Judgement } from './judgement-list.ts';
import type { PolicyPageOutline } from './policy-page-outline.ts';

/**
 * A question whose wanted policy or section is not on the built site can never be answered right, so a
 * mistyped id would count as a miss for ever: each is checked against the built pages, with the id the
 * page has that is nearest to it when one is wrong.
 */
export async function checkWantedSections(judgements: readonly Judgement[], outlineOf: (policy: string) => Promise<PolicyPageOutline | undefined>, file: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { question, policy, sections, line } of judgements) {
    const ids = (await outlineOf(policy))?.ids;
    if (!ids) {
      problems.push({ file, line, message: `"${question}" wants the policy "${policy}", which the built site does not have. Give the policy's folder under policies/, like disciplinary` });
      continue;
    }
    for (const section of sections.filter((id) => !ids.has(id))) {
      const suggestion = nearest(section, [...ids]);
      problems.push({ file, line, message: `"${question}" wants the section "${section}", which is not on the ${policy} page${suggestion ? `. Did you mean ${suggestion}?` : ''}. Give the id after # in the section's address` });
    }
  }
  return problems;
}
