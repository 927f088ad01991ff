import type { ReaderCheck } from './easy-read-schema.ts';
import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import { formatPolicyDate } from '#src/policy/policy-date.ts';
import { isInForce } from '#src/policy/policy-status.ts';

/** Pictures the easy-read page itself uses, beside what it says about the easy read. */
export const PAGE_PICTURES = {
  policy: { name: 'page-facing-up', alt: 'A page of writing' },
  changed: { name: 'warning', alt: 'A warning sign' },
  draft: { name: 'construction', alt: 'A sign that says work is not finished' },
  checked: { name: 'check-mark-button', alt: 'A green tick' },
  notChecked: { name: 'hourglass-not-done', alt: 'An hourglass, waiting' },
} as const;

/** What an easy read says about itself, in easy-read words: the same on the page (EasyReadAbout.astro) and in the PDF. */
export const EASY_READ_WORDS = {
  explains: (title: string, version: string) => `This is the easy read version of the ${title}. It explains version ${version} of the policy.`,
  changed: (status: EasyReadStatus) => [
    `This easy read explains version ${status.explains}. The policy has changed since.`,
    `The policy is now version ${status.policyVersion}. Read the full policy to see what has changed.`,
  ] as const,
  draft: ['This policy is a draft. A draft is a plan that can still change.', 'The Trust Board has not agreed this policy yet.'],
  withdrawn: ['This policy has been withdrawn. This means the Trust does not use it any more.'],
} as const;

export interface EasyReadStatus {
  /** The policy version the easy read explains. */
  explains: string;
  policyVersion: string;
  upToDate: boolean;
  /** A draft or withdrawn policy is not in force, and the page says so. */
  inForce: boolean;
  /** In easy-read words, for the top of the page. */
  checkedText: string;
  checked: boolean;
}

/** What the top of an easy-read page says: which version it explains, whether that is current, who checked it. */
export function easyReadStatus(
  easyRead: { basedOnVersion: string; checkedByReaders: ReaderCheck; checkedBy?: string | undefined },
  policy: { version: string; status: PolicyStatus },
): EasyReadStatus {
  const check = easyRead.checkedByReaders;
  const by = easyRead.checkedBy ? ` The group was ${easyRead.checkedBy.replace(/\.$/, '')}.` : '';
  return {
    explains: easyRead.basedOnVersion,
    policyVersion: policy.version,
    upToDate: easyRead.basedOnVersion === policy.version,
    inForce: isInForce(policy.status),
    checked: check.checked,
    // The month is all a reader needs; "in 14 March 2026" would not be plain English either.
    checkedText: check.checked
      ? `People with a learning disability checked this easy read in ${formatPolicyDate(check.date).replace(/^\d+ /, '')}.${by}`
      : 'People with a learning disability have not checked this easy read yet.',
  };
}
