import { slug } from 'github-slugger';

/** A policy's folder name is its permanent web address: lower-case words joined by single hyphens. */
const POLICY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isPolicyId(id: string): boolean {
  return POLICY_ID_PATTERN.test(id);
}

/** "Flexible Working Policy" becomes "flexible-working-policy": a folder name someone probably meant. */
export function suggestedPolicyId(text: string): string | undefined {
  const suggestion = slug(text.trim()).replace(/_/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return isPolicyId(suggestion) ? suggestion : undefined;
}
