/**
 * The search page's script: the only script on the site. It asks Pagefind's browser API for
 * results and draws them as plain HTML: a list of headings that link to the section that
 * matched, a count announced to screen readers, and filters as native checkboxes.
 * Everything it decides is in the search-*.ts modules beside it; this file only reads and writes the page.
 */
import { POLICY_STATUS_LABELS } from '#src/policy/policy-wording.ts';
import { ARCHIVED_EDITION, EDITION_FILTER, SEARCH_FILTER_LEGENDS, SEARCH_FILTERS, type SearchFilter } from './search-marking.ts';
import { searchTerms } from './search-query.ts';
import { hasEveryTerm } from './search-matching.ts';
import { matchingSections, mergePageHits, type PageHits } from './search-sections.ts';
import { rankPartialMatches } from './search-partial.ts';
import { describeResults, describeSection, resultLabels } from './search-messages.ts';
import {
  ARCHIVED_PARAM, ARCHIVED_VALUE, hasFilters, pagefindFilters, readSearchState, searchStateQueryString, type PagefindFilters, type SearchState,
} from './search-state.ts';

interface ResultData extends PageHits {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
  preload(term: string, options: { filters: PagefindFilters }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** How long typing pauses before a search runs, so a result count is not announced for every letter. */
const TYPING_PAUSE_MS = 250;
const RESULTS_PER_PAGE = 20;
const MORE_SECTIONS = 2;

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The search page has no ${selector}`);
  return element;
}

const form = required<HTMLFormElement>('#search-form');
const input = required<HTMLInputElement>('#search-q');
const filtersPanel = required<HTMLDetailsElement>('#search-filters');
const filterGroups = required<HTMLDivElement>('#search-filter-groups');
const status = required<HTMLElement>('#search-status');
const problem = required<HTMLElement>('#search-problem');
const resultsSection = required<HTMLElement>('#search-results');
const resultsList = required<HTMLOListElement>('#search-results-list');
const noResults = required<HTMLElement>('#search-no-results');
const base = form.dataset['base'] ?? '/';
const originalTitle = document.title;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function formState(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return readSearchState(params);
}

function showFilters(state: SearchState): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = box.name === ARCHIVED_PARAM ? state.includeArchived : (state.filters[box.name as SearchFilter] ?? []).includes(box.value);
  }
}

function renderFilters(available: Record<string, Record<string, number>>, state: SearchState): void {
  // Labels in the order statuses are defined: approved, draft, under review, withdrawn.
  const statusOrder = Object.values(POLICY_STATUS_LABELS);
  const order = (name: SearchFilter, values: string[]) =>
    name === 'status'
      ? values.sort((a, b) => statusOrder.indexOf(a) - statusOrder.indexOf(b))
      : values.sort((a, b) => a.localeCompare(b, 'en-GB'));
  const groups: { legend: string; name: string; options: { value: string; label: string }[] }[] = [];
  for (const name of SEARCH_FILTERS) {
    const values = order(name, Object.keys(available[name] ?? {}));
    if (values.length > 0) groups.push({ legend: SEARCH_FILTER_LEGENDS[name], name, options: values.map((value) => ({ value, label: value })) });
  }
  if (available[EDITION_FILTER]?.[ARCHIVED_EDITION]) {
    groups.push({ legend: 'Earlier versions', name: ARCHIVED_PARAM, options: [{ value: ARCHIVED_VALUE, label: 'Include archived copies of earlier versions' }] });
  }
  filterGroups.replaceChildren(
    ...groups.map((group) => {
      const fieldset = element('fieldset', 'search-filter');
      fieldset.append(element('legend', 'search-filter__legend', group.legend));
      group.options.forEach((option, index) => {
        const row = element('div', 'checkbox');
        const box = element('input');
        box.type = 'checkbox';
        box.id = `filter-${group.name}-${index + 1}`;
        box.name = group.name;
        box.value = option.value;
        const label = element('label', undefined, option.label);
        label.htmlFor = box.id;
        row.append(box, label);
        fieldset.append(row);
      });
      return fieldset;
    }),
  );
  filtersPanel.hidden = groups.length === 0;
  filtersPanel.open = hasFilters(state) || state.includeArchived;
  showFilters(state);
}

function renderResult(data: ResultData): HTMLLIElement {
  const sections = matchingSections(data);
  const best = sections[0];
  const link = (section: (typeof sections)[number] | undefined) => (section?.targetId ? `${data.url}#${section.targetId}` : data.url);
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__heading');
  const anchor = element('a');
  anchor.href = link(best);
  anchor.append(element('span', 'search-result__title', data.meta['title'] ?? data.url));
  if (best) {
    anchor.append(element('span', 'visually-hidden', ': '));
    anchor.append(element('span', 'search-result__section', describeSection(best)));
  }
  heading.append(anchor);
  item.append(heading);

  const labels = element('p', 'search-result__labels');
  for (const text of resultLabels({ status: data.meta['status'] ?? '', kind: data.meta['kind'] ?? 'policy', version: data.meta['version'] ?? '' })) {
    const warning = /^(Draft|Withdrawn)/.test(text);
    labels.append(element(warning ? 'strong' : 'span', warning ? 'tag tag--warning' : 'tag', text), ' ');
  }
  item.append(labels);

  const excerpt = element('p', 'search-result__excerpt');
  if (best && !best.keywordsOnly) {
    for (const part of best.excerpt) excerpt.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  } else {
    excerpt.textContent = data.meta['summary'] ?? '';
  }
  item.append(excerpt);

  const others = sections.slice(1).filter((section) => !section.keywordsOnly).slice(0, MORE_SECTIONS);
  if (others.length > 0) {
    const more = element('div', 'search-result__more');
    more.append(element('p', undefined, 'Also in this policy:'));
    const list = element('ul');
    for (const section of others) {
      const entry = element('li');
      const other = element('a', undefined, describeSection(section));
      other.href = link(section);
      entry.append(other);
      list.append(entry);
    }
    more.append(list);
    item.append(more);
  }
  return item;
}

interface Found {
  load(): Promise<ResultData>;
}

let latestSearch = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** The search last started, so asking for it again does not draw the results again. */
let requestedSearch: string | undefined;

async function findPages(pagefind: Pagefind, state: SearchState): Promise<{ found: Found[]; partial: boolean }> {
  const terms = searchTerms(state.query);
  const filters = pagefindFilters(state);
  const search = await pagefind.search(terms.join(' '), { filters });
  if (await foundEveryTerm(terms, search.results)) return { found: search.results.map((result) => ({ load: () => result.data() })), partial: false };
  if (terms.length < 2) return { found: [], partial: false };
  const perWord = await Promise.all(terms.map((term) => pagefind.search(term, { filters })));
  const usable = await Promise.all(perWord.map((each, word) => foundEveryTerm([terms[word]!], each.results)));
  const matches = rankPartialMatches(perWord.map((each, word) => (usable[word] ? each.results : [])));
  const found = matches.map((match) => ({
    load: async () => {
      const pages = match.words.flatMap((word) => perWord[word]?.results.filter((result) => result.id === match.id) ?? []);
      return mergePageHits(await Promise.all(pages.map((result) => result.data())));
    },
  }));
  return { found, partial: found.length > 0 };
}

/** Pagefind shortens a word that is in no page until something matches; the best result shows whether it did. */
async function foundEveryTerm(terms: readonly string[], results: readonly PagefindResult[]): Promise<boolean> {
  const best = results[0];
  return best !== undefined && hasEveryTerm(terms, await best.data());
}

function showResults(found: Found[], shown: ResultData[], startAt: number): void {
  if (startAt === 0) resultsList.replaceChildren();
  const items = shown.map(renderResult);
  resultsList.append(...items);
  resultsSection.querySelector('.search-more')?.remove();
  const total = startAt + shown.length;
  if (found.length > total) {
    const more = element('button', 'button search-more', `Show more results (${total} of ${found.length} shown)`);
    more.type = 'button';
    more.addEventListener('click', async () => {
      const next = await Promise.all(found.slice(total, total + RESULTS_PER_PAGE).map((each) => each.load()));
      showResults(found, next, total);
      // The button has gone; focus goes to the first new result, where reading carries on.
      resultsList.children[total]?.querySelector('a')?.focus();
    });
    resultsSection.append(more);
  }
}

function updateAddress(state: SearchState, history: 'push' | 'replace' | 'none'): void {
  document.title = state.query ? `${state.query}: ${originalTitle}` : originalTitle;
  if (history === 'none') return;
  const address = `${location.pathname}${searchStateQueryString(state)}`;
  if (address === `${location.pathname}${location.search}`) return;
  if (history === 'push') window.history.pushState(null, '', address);
  else window.history.replaceState(null, '', address);
}

/** The index could not be loaded (not built, or the network dropped): say so, and point to the register. */
function showProblem(): void {
  resultsSection.hidden = true;
  noResults.hidden = true;
  problem.hidden = false;
  status.textContent = 'Search is not working at the moment.';
}

async function runSearch(pagefind: Pagefind, state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
  updateAddress(state, history);
  // The same search again (Enter after the results appeared as you typed): keep the results as they
  // are, so a keyboard user who has already moved into them does not lose their place.
  const key = JSON.stringify(state);
  if (key === requestedSearch) return;
  requestedSearch = key;
  const ticket = ++latestSearch;
  if (!state.query) {
    resultsSection.hidden = true;
    noResults.hidden = true;
    status.textContent = '';
    return;
  }
  let found: Found[];
  let partial: boolean;
  let first: ResultData[];
  try {
    ({ found, partial } = await findPages(pagefind, state));
    first = await Promise.all(found.slice(0, RESULTS_PER_PAGE).map((each) => each.load()));
  } catch {
    if (ticket === latestSearch) {
      requestedSearch = undefined;
      showProblem();
    }
    return;
  }
  // A newer search started while this one was loading: its results win.
  if (ticket !== latestSearch) return;
  problem.hidden = true;
  showResults(found, first, 0);
  resultsSection.hidden = found.length === 0;
  noResults.hidden = found.length > 0;
  status.textContent = describeResults({ count: found.length, query: state.query, partial, filtered: hasFilters(state) });
}

async function start(): Promise<void> {
  // The words go back in the box at once, before the index loads, so nothing typed meanwhile is lost.
  const fromAddress = readSearchState(new URLSearchParams(location.search));
  input.value = fromAddress.query;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
  } catch {
    showProblem();
    return;
  }
  renderFilters(await pagefind.filters(), fromAddress);

  input.addEventListener('input', () => {
    const typed = formState();
    if (typed.query) void pagefind.preload(searchTerms(typed.query).join(' '), { filters: pagefindFilters(typed) });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void runSearch(pagefind, formState(), 'replace'), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void runSearch(pagefind, formState(), 'push');
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void runSearch(pagefind, formState(), 'replace');
  });
  window.addEventListener('popstate', () => {
    const previous = readSearchState(new URLSearchParams(location.search));
    input.value = previous.query;
    showFilters(previous);
    void runSearch(pagefind, previous, 'none');
  });
  // Whatever was typed while the index loaded is searched now, and goes into the address.
  await runSearch(pagefind, formState(), 'replace');
}

void start();
