/**
 * Every internal link goes through here so the site works at "/" and under a base path such as
 * "/policies-site/" on an intranet. Paths are written without the base: sitePath(base, 'policies/x/').
 */
export function sitePath(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export function policyPath(base: string, id: string): string {
  return sitePath(base, `policies/${id}/`);
}

export function easyReadPath(base: string, id: string): string {
  return sitePath(base, `policies/${id}/easy-read/`);
}

/** Where the build puts an easy-read picture (see src/integrations/easy-read-pictures.ts). */
export const PICTURES_FOLDER = 'easy-read/pictures';

export function picturePath(base: string, name: string): string {
  return sitePath(base, `${PICTURES_FOLDER}/${name}.svg`);
}

/** The full address of a page, for printouts and feeds. */
export function absoluteUrl(siteUrl: string, pathWithBase: string): string {
  return new URL(pathWithBase, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
