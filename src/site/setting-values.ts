/*
 * What a valid setting looks like, shared by the Trust's settings file and the environment
 * variables that override it, so both accept and refuse the same values.
 */

const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;

/**
 * "owner/name" from what was typed, including a pasted GitHub address; '' for "not on GitHub";
 * undefined when it is not a repository at all.
 */
export function repositoryName(value: string): string | undefined {
  const trimmed = value.trim().replace(/^https:\/\/github\.com\//, '').replace(/(\.git)?\/?$/, '');
  if (trimmed === '') return '';
  return REPOSITORY_PATTERN.test(trimmed) ? trimmed : undefined;
}

/** Git refuses these in a branch name; refusing them here keeps the edit link a real address. */
export function isBranchName(value: string): boolean {
  return value !== '' && !/[\s~^:?*[\\]|\.\.|^\/|\/$/.test(value);
}

export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/**
 * The part of an address after the site's own, e.g. /policies/. A space, colon, ? or # would make
 * every link the site writes point somewhere else (href="/my site/…"), so they are refused.
 */
export function isBasePath(value: string): boolean {
  return !/[\s:?#]/.test(value.trim());
}

/** "policies-site" and "/policies-site" both become "/policies-site/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
