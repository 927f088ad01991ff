import type { PolicyStatus } from './policy-schema.ts';

/** Only an approved or under-review policy is in force; a draft never is, a withdrawn one no longer is. */
export function isInForce(status: PolicyStatus): boolean {
  return status === 'approved' || status === 'under-review';
}
