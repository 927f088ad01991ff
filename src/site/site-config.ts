import path from 'node:path';
import { DEFAULT_DUE_SOON_DAYS } from '#src/reviews/review-status.ts';

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
  /**
   * The GitHub repository the policies are edited in, as "owner/name", for each page's
   * "Edit this policy" link; undefined when the site is not edited on GitHub (no link is shown).
   */
  repository: string | undefined;
  /** The branch policy owners edit (the one the site is published from). */
  branch: string;
  /** An email address for accessibility requests, shown in the accessibility statement; none by default. */
  contactEmail: string | undefined;
}

/** A guess at the Trust's repository; an install elsewhere sets POLICY_SITE_REPOSITORY, or empties it to hide the link. */
export const DEFAULT_REPOSITORY = 'true-learning-partnership/staff-policies';
export const DEFAULT_BRANCH = 'main';

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
    // GitHub Actions names the repository it builds, so a build there links to the right place unasked.
    repository: readRepository(env['POLICY_SITE_REPOSITORY'] ?? env['GITHUB_REPOSITORY']),
    branch: readBranch(env['POLICY_SITE_BRANCH']),
    contactEmail: readEmail(env['POLICY_SITE_CONTACT_EMAIL']),
  };
}

const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;

/** Unset means the default; set but empty means "not on GitHub". */
function readRepository(value: string | undefined): string | undefined {
  if (value === undefined) return DEFAULT_REPOSITORY;
  const trimmed = value.trim().replace(/^https:\/\/github\.com\//, '').replace(/(\.git)?\/?$/, '');
  if (trimmed === '') return undefined;
  if (!REPOSITORY_PATTERN.test(trimmed)) {
    throw new Error(`POLICY_SITE_REPOSITORY: "${value}" is not a GitHub repository. Write it as owner/name, like POLICY_SITE_REPOSITORY=${DEFAULT_REPOSITORY}, or leave it empty for no "Edit this policy" link.`);
  }
  return trimmed;
}

function readBranch(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return DEFAULT_BRANCH;
  // Git forbids these in branch names; refusing them here keeps the edit link a real address.
  if (/[\s~^:?*[\\]|\.\.|^\/|\/$/.test(trimmed)) {
    throw new Error(`POLICY_SITE_BRANCH: "${value}" is not a branch name. Write it like POLICY_SITE_BRANCH=${DEFAULT_BRANCH}.`);
  }
  return trimmed;
}

function readEmail(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    throw new Error(`POLICY_SITE_CONTACT_EMAIL: "${value}" is not an email address. Write it like POLICY_SITE_CONTACT_EMAIL=hr@example.org, or leave it out.`);
  }
  return trimmed;
}

/** "policies-site" and "/policies-site" both become "/policies-site/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
