import type { PolicyStatus } from '#src/policy/policy-schema.ts';
import { POLICY_STATUS_LABELS } from '#src/policy/policy-wording.ts';

/**
 * What the search index knows about a page, and how a page asks to be in it.
 * Pagefind reads `data-pagefind-*` attributes from the built HTML; only an element marked
 * `data-pagefind-body` is indexed, so a page that is not marked (the register, the 404 page,
 * this search page) never appears in results, and neither do headers, footers or banners.
 */

/** The kinds of page a policy has. Each says in results which it is. */
export type SearchPageKind = 'policy' | 'easy-read' | 'version';

export interface SearchablePage {
  kind: SearchPageKind;
  title: string;
  version: string;
  status: PolicyStatus;
  owner: string;
  category: string;
  audience: readonly string[];
  /** The words people search for that the text does not use ("X" for Twitter). */
  keywords: readonly string[];
  /** One plain sentence, shown in results when only a keyword matched. */
  summary: string;
}

/** Pagefind filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['status', 'format', 'category', 'owner', 'audience'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What each filter is called on the search page (the legend of its fieldset). */
export const SEARCH_FILTER_LEGENDS: Record<SearchFilter, string> = {
  status: 'Status',
  format: 'Format',
  category: 'Category',
  owner: 'Owner',
  audience: 'Who it is for',
};

/**
 * A separate filter keeps archived copies of old versions out of results unless someone asks
 * for them: otherwise every search would show the current text twice.
 */
export const EDITION_FILTER = 'edition';

/**
 * A hidden filter naming the policy a page belongs to (the policy page's path; an archived copy's own
 * path), so the search page can count policies, not pages, and find one policy's own page.
 */
export const POLICY_FILTER = 'policy';
export const CURRENT_EDITION = 'Current';
export const ARCHIVED_EDITION = 'Archived version';

export const SEARCH_FORMATS: Record<SearchPageKind, string> = {
  policy: 'Full policy',
  'easy-read': 'Easy read',
  version: 'Full policy',
};

/**
 * The id of the hidden element, at the end of the text, holding the page's title and keywords,
 * so results can tell a hit there from a hit in the text itself.
 */
export const KEYWORDS_ANCHOR_ID = 'search-keywords';

/** The start of the id of the hidden element holding a section's search words, so results can tell them from its text. */
export const SECTION_WORDS_ID_PREFIX = 'search-words-';

/**
 * Pagefind weighs words by where they are, on a squared scale: text 1, an h2 6, an h1 7.
 * The title sits outside the indexed text, so it is repeated here with the weight of an h1;
 * an owner's keyword counts twice a word of text (four times, squared): enough to find the
 * page, not enough to push a policy that only lists a word above one that is about it.
 */
export const TITLE_WEIGHT = '7';
export const KEYWORDS_WEIGHT = '2';

/** What a search result needs to show, stored with the page in the index (all strings, as Pagefind wants). */
export interface SearchMeta {
  title: string;
  version: string;
  status: PolicyStatus;
  kind: SearchPageKind;
  summary: string;
}

/**
 * The attributes for the element that holds a page's policy text. Values are captured from
 * attributes of the same element (`name[attribute]`) rather than written inline, because an
 * inline value may only come last and would swallow any comma in a title or owner.
 */
export const EASY_READ_WEIGHT = 0.5;

export function searchMarking(page: SearchablePage, policyKey: string): Record<string, string> {
  const values: Record<string, string> = {
    'data-search-title': page.title,
    'data-search-version': page.version,
    'data-search-status': page.status,
    'data-search-kind': page.kind,
    'data-search-summary': page.summary,
    'data-search-status-label': POLICY_STATUS_LABELS[page.status],
    'data-search-format': SEARCH_FORMATS[page.kind],
    'data-search-category': page.category,
    'data-search-owner': page.owner,
    'data-search-edition': page.kind === 'version' ? ARCHIVED_EDITION : CURRENT_EDITION,
    'data-search-policy': policyKey,
  };
  const audience = page.audience.map((group, index) => [`data-search-audience-${index + 1}`, group] as const);
  for (const [name, group] of audience) values[name] = group;

  const meta = (['title', 'version', 'status', 'kind', 'summary'] satisfies (keyof SearchMeta)[]).map((key) => `${key}[data-search-${key}]`);
  const filters = [
    'status[data-search-status-label]',
    'format[data-search-format]',
    'category[data-search-category]',
    'owner[data-search-owner]',
    ...audience.map(([name]) => `audience[${name}]`),
    `${EDITION_FILTER}[data-search-edition]`,
    `${POLICY_FILTER}[data-search-policy]`,
  ];
  return {
    'data-pagefind-body': '',
    // An easy read says the same things in fewer, shorter words, so it would outrank its own policy for
    // the policy's words; a staff member looking for the rule should meet the policy first.
    ...(page.kind === 'easy-read' ? { 'data-pagefind-weight': String(EASY_READ_WEIGHT) } : {}),
    'data-pagefind-meta': meta.join(', '),
    'data-pagefind-filter': filters.join(', '),
    ...values,
  };
}

/** A page's search details from its policy's frontmatter; easy-read and version pages pass their own kind. */
export function searchablePage(
  kind: SearchPageKind,
  policy: Omit<SearchablePage, 'kind'>,
): SearchablePage {
  const { title, version, status, owner, category, audience, keywords, summary } = policy;
  return { kind, title, version, status, owner, category, audience, keywords, summary };
}
