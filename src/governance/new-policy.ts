import { addMonths, type PolicyDate } from '#src/policy/policy-date.ts';
import { isPolicyId, suggestedPolicyId } from '#src/policy/policy-id.ts';

export const FIRST_DRAFT_VERSION = '0.1';

/**
 * How every part of a new policy's text that its owner must write begins. Approve and the build look
 * for it, so an unfinished template is never recorded or published as approved.
 */
export const PLACEHOLDER_OPENING = 'Replace this with';

/** What is wrong with a proposed folder name, in words for the person who typed it; undefined if it is fine. */
export function policyIdProblem(id: string): string | undefined {
  if (isPolicyId(id)) return undefined;
  const suggestion = suggestedPolicyId(id);
  return `"${id}" cannot be a policy's folder name. It becomes the policy's web address, so use only lower-case letters, digits and single hyphens${suggestion ? `, like ${suggestion}` : ', like flexible-working'}`;
}

/** What is wrong with a proposed title; undefined if it is fine. */
export function policyTitleProblem(title: string): string | undefined {
  if (title.trim() === '') return 'the title is empty. Give the policy its name, like "Flexible Working Policy"';
  if (/[\r\n]/.test(title)) return 'the title is on more than one line. Write it on one line, like "Flexible Working Policy"';
  return undefined;
}

/** Text as a YAML value: plain when YAML would read it back unchanged, otherwise quoted (JSON strings are valid YAML). */
function yamlText(value: string): string {
  return /^[A-Za-z0-9(][^:#"'\n]*[^\s:]$/.test(value) && !/[{}[\],&*!|>%@`]/.test(value) ? value : JSON.stringify(value);
}

/**
 * A new policy's file: a draft that the build accepts as it stands, with every part an owner must
 * replace saying so, and two headings to write under.
 */
export function newPolicySource(title: string, today: string): string {
  const date = today as PolicyDate;
  return `---
title: ${yamlText(title.trim())}
summary: ${PLACEHOLDER_OPENING} one plain sentence saying what the policy is for.
owner: Director of People # Replace with the role that owns this policy: a role, not a person's name.
status: draft
version: "${FIRST_DRAFT_VERSION}"
reviewCycleMonths: 36 # How often it is reviewed, in months.
nextReview: ${addMonths(date, 12)} # A first date for the review; set it when the policy is approved.
category: Employment # Replace with the policy's category, such as Conduct, Employment or Equality.
audience: [All staff]
keywords: [] # Words people search for that the text does not use, like [flexi, part-time].
related: [] # Folder names of related policies, like [code-of-conduct].
history:
  - version: "${FIRST_DRAFT_VERSION}"
    date: ${date}
    summary: First draft.
---

## Purpose

${PLACEHOLDER_OPENING} what the policy is for, and why the Trust has it.

## Who this policy applies to

${PLACEHOLDER_OPENING} who must follow the policy, for example all staff in every school of the Trust.
`;
}

