import { tidyQuery } from './search-query.ts';
import { CURRENT_EDITION, EDITION_FILTER, SEARCH_FILTERS, type SearchFilter } from './search-marking.ts';

/**
 * What a search is: the words and the ticked filters. It lives in the address
 * (/search/?q=twitter&status=Draft), so a search can be shared or bookmarked and the back
 * button returns to it. The names match the search form's fields, so the form works as a
 * plain GET form too.
 */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Include archived copies of earlier versions, which are left out unless asked for. */
  includeArchived: boolean;
  /** Search the words exactly as typed, without correcting their spelling ("search instead for …"). */
  asTyped: boolean;
}

export const QUERY_PARAM = 'q';
export const ARCHIVED_PARAM = 'versions';
export const ARCHIVED_VALUE = 'all';
export const SPELLING_PARAM = 'spelling';
export const AS_TYPED_VALUE = 'as-typed';

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(name).map((value) => value.trim()).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: tidyQuery(params.get(QUERY_PARAM) ?? ''), filters, includeArchived: params.get(ARCHIVED_PARAM) === ARCHIVED_VALUE, asTyped: params.get(SPELLING_PARAM) === AS_TYPED_VALUE };
}

export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.includeArchived) params.set(ARCHIVED_PARAM, ARCHIVED_VALUE);
  if (state.asTyped) params.set(SPELLING_PARAM, AS_TYPED_VALUE);
  return params;
}

/** "?q=twitter&status=Draft", or "" for an empty search, to put after the search page's path. */
export function searchStateQueryString(state: SearchState): string {
  const text = searchStateParams(state).toString();
  return text ? `?${text}` : '';
}

export type PagefindFilters = Record<string, string | { any: string[] }>;

/** Pagefind's filter object: any of the ticked values within a filter, all of the filters together. */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of SEARCH_FILTERS) {
    const values = state.filters[name];
    if (values && values.length > 0) filters[name] = { any: values };
  }
  if (!state.includeArchived) filters[EDITION_FILTER] = CURRENT_EDITION;
  return filters;
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((name) => (state.filters[name]?.length ?? 0) > 0);
}
