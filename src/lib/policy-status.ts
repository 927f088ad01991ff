import type { PolicyStatus } from '../schemas/policy.ts';

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  approved: 'Approved',
  draft: 'Draft',
  'under-review': 'Under review',
  withdrawn: 'Withdrawn',
};

/** Only an approved or under-review policy is in force; a draft never is, a withdrawn one no longer is. */
export function isInForce(status: PolicyStatus): boolean {
  return status === 'approved' || status === 'under-review';
}
