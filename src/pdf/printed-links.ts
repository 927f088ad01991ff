import { linkTarget, resolvedHref } from '#src/cross-references/cross-references.ts';
import { absoluteUrl } from '#src/site/urls.ts';

/** Where a printed policy is, so its links can be written out in full. */
export interface PrintedPlace {
  policyId: string;
  /** The policy page's full address, e.g. https://policies.example/policies-site/policies/social-media/ */
  pageUrl: string;
  siteUrl: string;
  base: string;
}

/** A link in a PDF: a full web address, or a heading inside the same PDF. */
export type PrintedLink = { kind: 'url'; url: string } | { kind: 'label'; name: string };

/**
 * A PDF is read away from the site (attached to an email, printed), so every link becomes a full
 * address: `policy:whistleblowing#raising-a-concern` becomes https://…/policies/whistleblowing/#raising-a-concern.
 * A link to a heading of the same policy jumps to that heading inside the PDF instead.
 */
export function printedLink(url: string, place: PrintedPlace, labels: ReadonlySet<string>): PrintedLink {
  const target = linkTarget(url);
  if (target.kind === 'policy' || target.kind === 'same-page') {
    const samePolicy = target.kind === 'same-page' || target.id === place.policyId;
    if (samePolicy && target.fragment !== undefined && labels.has(target.fragment)) return { kind: 'label', name: target.fragment };
    if (target.kind === 'same-page') return { kind: 'url', url: `${place.pageUrl.replace(/#.*$/, '')}#${target.fragment}` };
    return { kind: 'url', url: absoluteUrl(place.siteUrl, resolvedHref(target, place.base)!) };
  }
  try {
    return { kind: 'url', url: new URL(url, place.pageUrl).href };
  } catch {
    return { kind: 'url', url };
  }
}
