import path from 'node:path';
import { ProblemsError } from '#src/policy/problem.ts';
import { DEFAULT_DUE_SOON_DAYS } from '#src/reviews/review-status.ts';
import { SettingError } from './setting-error.ts';
import { isBasePath, isBranchName, isEmailAddress, isWebAddress, normaliseBase, repositoryName } from './setting-values.ts';
import { readTrustSettings, TRUST_SETTINGS_FILE, type TrustSettings } from './trust-settings.ts';

export { normaliseBase } from './setting-values.ts';

export interface TrustContacts {
  /** The Trust's HR team, offered beside "ask HR" wherever the pages say it. */
  hr: string | undefined;
  /** For accessibility problems, in the accessibility statement. */
  accessibility: string | undefined;
  /** For a policy in another format: each policy's Download section writes the email for it. */
  otherFormats: string | undefined;
}

export interface SiteConfig {
  /** Shown in the header of every page and in PDFs. */
  trustName: string;
  /** The name people use day to day, in each page's title. */
  trustShortName: string;
  siteName: string;
  /** Where the site is published, used for absolute links in feeds and printouts. */
  siteUrl: string;
  /** The path the site is served under: "/" or e.g. "/policies-site/" on an intranet. */
  base: string;
  /** The Trust's logo (an SVG in the repository) and its description; undefined for none. */
  logo: { file: string; alt: string } | undefined;
  /** Links and the header's stripe; its contrast with white is checked when it is read. */
  brandColour: string;
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
  contacts: TrustContacts;
}

/** A guess at the Trust's repository; an install elsewhere sets it in its settings, or empties it to hide the link. */
export const DEFAULT_REPOSITORY = 'true-learning-partnership/staff-policies';
export const DEFAULT_BRANCH = 'main';

/** The sample Trust's settings, used when a repository has no settings file. */
const SAMPLE_TRUST: TrustSettings = {
  name: 'The TRUE Learning Partnership',
  shortName: 'TRUE',
  siteAddress: 'https://policies.truelearningpartnership.example',
  basePath: '/',
  logo: undefined,
  brandColour: '#1d4f91',
  contacts: { hr: undefined, accessibility: undefined, otherFormats: undefined },
  repository: undefined,
  branch: undefined,
};

/**
 * The Trust's settings: trust/settings.yaml, then environment variables over it, so a deployment
 * (an intranet, a preview) can change the address or base path without editing the file:
 * POLICY_SITE_URL=https://intranet.example.org POLICY_SITE_BASE=/policies-site/
 * A mistake in the file stops everything that reads it, with one plain line per problem; a mistake in a
 * variable, with a SettingError that names it and shows what right looks like. The environment gets the
 * same checks as the file, so a value refused in one is refused in the other.
 */
export function readSiteConfig(env: Record<string, string | undefined>, root: string): SiteConfig {
  const read = readTrustSettings(root);
  if (read && !read.ok) throw new ProblemsError(read.problems, TRUST_SETTINGS_FILE);
  const trust = read?.settings ?? SAMPLE_TRUST;
  const dueSoon = env['POLICY_SITE_DUE_SOON_DAYS'];
  const dueSoonDays = dueSoon === undefined ? DEFAULT_DUE_SOON_DAYS : Number(dueSoon);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new SettingError(`POLICY_SITE_DUE_SOON_DAYS: "${dueSoon}" is not a whole number of days. Write it like POLICY_SITE_DUE_SOON_DAYS=90.`);
  }
  const contactEmail = readEmail(env['POLICY_SITE_CONTACT_EMAIL']);
  return {
    trustName: env['POLICY_SITE_TRUST_NAME'] ?? trust.name,
    trustShortName: trust.shortName,
    siteName: 'Staff policies',
    siteUrl: readSiteUrl(env['POLICY_SITE_URL']) ?? trust.siteAddress,
    base: normaliseBase(readBase(env['POLICY_SITE_BASE']) ?? trust.basePath),
    logo: trust.logo,
    brandColour: trust.brandColour,
    dueSoonDays,
    policiesDir: path.resolve(root, env['POLICY_SITE_POLICIES_DIR'] ?? 'policies'),
    repository: readRepository(env['POLICY_SITE_REPOSITORY'], trust.repository, env['GITHUB_REPOSITORY']),
    branch: readBranch(env['POLICY_SITE_BRANCH']) ?? trust.branch ?? DEFAULT_BRANCH,
    contacts: {
      hr: trust.contacts.hr,
      accessibility: contactEmail ?? trust.contacts.accessibility,
      otherFormats: contactEmail ?? trust.contacts.otherFormats,
    },
  };
}

/**
 * The environment wins, then the settings file, then the repository GitHub Actions is building, then
 * the default. Set but empty (in either) means "not on GitHub".
 */
function readRepository(fromEnvironment: string | undefined, fromSettings: string | undefined, fromActions: string | undefined): string | undefined {
  const value = fromEnvironment ?? fromSettings ?? fromActions;
  if (value === undefined) return DEFAULT_REPOSITORY;
  const name = repositoryName(value);
  if (name === undefined) {
    throw new SettingError(`POLICY_SITE_REPOSITORY: "${value}" is not a GitHub repository. Write it as owner/name, like POLICY_SITE_REPOSITORY=${DEFAULT_REPOSITORY}, or leave it empty for no "Edit this policy" link.`);
  }
  return name === '' ? undefined : name;
}

function readBranch(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (!isBranchName(trimmed)) {
    throw new SettingError(`POLICY_SITE_BRANCH: "${value}" is not a branch name. Write it like POLICY_SITE_BRANCH=${DEFAULT_BRANCH}.`);
  }
  return trimmed;
}

function readEmail(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (!isEmailAddress(trimmed)) {
    throw new SettingError(`POLICY_SITE_CONTACT_EMAIL: "${value}" is not an email address. Write it like POLICY_SITE_CONTACT_EMAIL=hr@example.org, or leave it out.`);
  }
  return trimmed;
}

/** Blank means "not set", as for the other variables, so a deploy can pass an empty one through. */
function readSiteUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (!isWebAddress(trimmed)) {
    throw new SettingError(`POLICY_SITE_URL: "${value}" is not a web address. Write it in full, starting with https://, like POLICY_SITE_URL=https://policies.example.org/.`);
  }
  return trimmed;
}

/** The same rule as basePath in the settings file; set but empty means the whole site, "/". */
function readBase(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isBasePath(value)) {
    throw new SettingError(`POLICY_SITE_BASE: "${value}" is not a path. Write only the part after the site's address, like POLICY_SITE_BASE=/policies/, or POLICY_SITE_BASE=/ for the whole site.`);
  }
  return value;
}
