import path from 'node:path';
import { DEFAULT_DUE_SOON_DAYS } from './lib/review-status.ts';

export interface SiteConfig {
  /** Shown in the header of every page and in PDFs. */
  trustName: string;
  siteName: string;
  /** Where the site is published, used for absolute links in feeds and printouts. */
  siteUrl: string;
  /** The path the site is served under: "/" or e.g. "/policies-site/" on an intranet. */
  base: string;
  /** How many days before its review date a policy shows as "review due soon". */
  dueSoonDays: number;
  /** Folder holding one folder per policy. */
  policiesDir: string;
}

/**
 * The Trust's settings. An intranet can override the address and base path at build time
 * without editing code: POLICY_SITE_URL=https://intranet.example.org POLICY_SITE_BASE=/policies-site/
 */
export function readSiteConfig(env: Record<string, string | undefined>, root: string): SiteConfig {
  const dueSoon = env['POLICY_SITE_DUE_SOON_DAYS'];
  const dueSoonDays = dueSoon === undefined ? DEFAULT_DUE_SOON_DAYS : Number(dueSoon);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new Error(`POLICY_SITE_DUE_SOON_DAYS: "${dueSoon}" is not a whole number of days. Write it like POLICY_SITE_DUE_SOON_DAYS=90.`);
  }
  return {
    trustName: env['POLICY_SITE_TRUST_NAME'] ?? 'The TRUE Learning Partnership',
    siteName: 'Staff policies',
    siteUrl: env['POLICY_SITE_URL'] ?? 'https://policies.truelearningpartnership.example',
    base: normaliseBase(env['POLICY_SITE_BASE'] ?? '/'),
    dueSoonDays,
    policiesDir: path.resolve(root, env['POLICY_SITE_POLICIES_DIR'] ?? 'policies'),
  };
}

/** "policies-site" and "/policies-site" both become "/policies-site/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
