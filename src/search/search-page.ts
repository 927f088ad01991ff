/**
 * The search page's script: the only script on the site. It asks Pagefind's browser API for
 * results and draws them as plain HTML: a list of headings that link to the section that
 * matched, a count announced to screen readers, and filters as native checkboxes.
 * Everything it decides is in the search-*.ts modules beside it; this file only reads and writes the page.
 */
import { POLICY_STATUS_LABELS } from '#src/policy/policy-wording.ts';
import { ARCHIVE_INDEX_FOLDER, policyIdOfPath, relatedWordsFile, searchDataPath, searchIndexPath, SEARCH_INDEX_FOLDER, SEARCH_INDEXES_FILE, SEARCH_QUESTIONS_FILE, SEARCH_TERMS_DATA_FILE, SEARCH_VOCABULARY_FILE } from '#src/site/urls.ts';
import { CURRENT_EDITION, EDITION_FILTER, POLICY_FILTER, SEARCH_FILTER_LEGENDS, SEARCH_FILTERS, SEARCH_FORMATS, type SearchFilter } from './search-marking.ts';
import { correctedQuery, correctedQueryWords, hasOnlyCommonWords, joinedCompounds, searchTerms, withCompoundsResolved, wordsToAsk } from './search-query.ts';
import { hasEveryTerm } from './search-matching.ts';
import { ENOUGH_PAGES, pagesWithCommonWord, planAsks } from './search-asks.ts';
import { matchingSections, type AskedWords, type PageHits, type SectionMatch } from './search-sections.ts';
import { askedWordsOf, groupByPolicy, isKindWord, namesPolicy, pageAnswer, policyKey, rankPages, weighHits, type Asked, type PolicyGroup, type RankedPage } from './search-ranking.ts';
import { commonWordsMessage, describeEasyRead, describeResults, describeSection, missingSearchMailto, resultLabels } from './search-messages.ts';
import { Spelling } from './search-spelling.ts';
import { warmUpWord } from './search-warm-up.ts';
import { wordsOfText } from './search-vocabulary.ts';
import { termsInQuery, TRUST_TERM_WEIGHT, type TrustTerm } from './terms/trust-terms.ts';
import { baseForms } from './related-words/base-forms.ts';
import { isQuestion, type AnsweredQuestionsFile } from './answered-questions/answered-questions.ts';
import { learnQuestions, questionLikeness, type QuestionsLearnt } from './answered-questions/question-likeness.ts';
import { answerOrder } from './answered-questions/answer-order.ts';
import { isDictionaryWord, isRelatedWordsShard, relatedToTyped, relatedWordsShard, type RelatedWord } from './related-words/related-words.ts';
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
interface PagefindSearch {
  results: PagefindResult[];
  /** Matching pages per filter value, for this search and its filters. */
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  /** Adds another index to every search from now on. */
  mergeIndex(indexPath: string, options: { baseUrl: string }): Promise<void>;
  /** `null` searches by filters alone. */
  search(term: string | null, options: { filters: PagefindFilters }): Promise<PagefindSearch>;
  preload(term: string, options: { filters: PagefindFilters }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** How long typing pauses before a search runs, so a result count is not announced for every letter. */
const TYPING_PAUSE_MS = 250;
/** Five policies at a time: on a phone that is more than a screen, most people look no further, and each result is a download. */
const RESULTS_PER_PAGE = 5;
const MORE_SECTIONS = 2;
/** How much a related word's matches count against the word typed, times how close WordNet says it is. */
const RELATED_WORD_WEIGHT = 0.4;

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
const spellingNote = required<HTMLElement>('#search-spelling');
const tellUs = document.querySelector<HTMLAnchorElement>('#search-tell-us-link');
const contact = form.dataset['contact'] ?? '';
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

function renderFilters(available: Record<string, Record<string, number>>, state: SearchState, hasArchive: boolean): void {
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
  if (hasArchive) {
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

/** The page a result shows first: the policy's own (or an archived copy), or its easy read when only easy reads are asked for. */
function leadingPage(group: PolicyGroup<ResultData>, leadWithEasyRead: boolean): ResultData {
  const policyFirst = group.policy ?? group.version;
  return (leadWithEasyRead ? group.easyRead ?? policyFirst : policyFirst ?? group.easyRead)!;
}

/** The sections a result may lead with: its best, then the further ones it links to. */
const SECTIONS_TO_LEAD = 1 + MORE_SECTIONS;

function sectionLink(data: ResultData, section: SectionMatch | undefined): string {
  return section?.targetId ? `${data.url}#${section.targetId}` : data.url;
}

/**
 * One result per policy: its own page at its best section first (or the easy read's, when only easy
 * reads are asked for), then "easy read: <section>", then a few more sections of the page that leads.
 */
function renderResult({ group, lead }: Shown, asked: AskedWords, leadWithEasyRead: boolean): HTMLLIElement {
  const data = leadingPage(group, leadWithEasyRead);
  const policyFirst = group.policy ?? group.version;
  const found = matchingSections(data, asked);
  const sections = lead > 0 && lead < found.length ? [found[lead]!, ...found.slice(0, lead), ...found.slice(lead + 1)] : found;
  const best = sections[0];
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__heading');
  const anchor = element('a');
  // The policy's own page comes first even when only its easy read matched: the rule is in the policy.
  const leadsToPolicy = data === group.easyRead && !leadWithEasyRead;
  anchor.href = leadsToPolicy ? policyKey(data) : sectionLink(data, best);
  anchor.append(element('span', 'search-result__title', data.meta['title'] ?? data.url));
  const section = leadsToPolicy ? 'the whole policy (the words are in its easy read)' : best ? describeSection(best) : undefined;
  if (section) {
    anchor.append(element('span', 'visually-hidden', ': '));
    anchor.append(element('span', 'search-result__section', section));
  }
  heading.append(anchor);
  item.append(heading);

  const labels = element('p', 'search-result__labels');
  for (const text of resultLabels({ status: data.meta['status'] ?? '', kind: leadsToPolicy ? 'policy' : data.meta['kind'] ?? 'policy', version: data.meta['version'] ?? '' })) {
    const warning = /^(Draft|Withdrawn)/.test(text);
    labels.append(element(warning ? 'strong' : 'span', warning ? 'tag tag--warning' : 'tag', text), ' ');
  }
  item.append(labels);

  const excerpt = element('p', 'search-result__excerpt');
  if (best && !best.keywordsOnly && best.excerpt.length > 0) {
    for (const part of best.excerpt) excerpt.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  } else {
    excerpt.textContent = data.meta['summary'] ?? '';
  }
  item.append(excerpt);

  const links: { text: string; href: string }[] = [];
  const other = data === group.easyRead && !leadsToPolicy ? policyFirst : group.easyRead;
  if (other) {
    const otherBest = matchingSections(other, asked)[0];
    links.push({ text: other === group.easyRead ? describeEasyRead(otherBest) : `full policy: ${otherBest && !otherBest.keywordsOnly ? describeSection(otherBest) : 'the whole policy'}`, href: sectionLink(other, otherBest) });
  }
  for (const section of sections.slice(1).filter((each) => !each.keywordsOnly).slice(0, MORE_SECTIONS)) {
    links.push({ text: describeSection(section), href: sectionLink(data, section) });
  }
  if (links.length > 0) {
    const more = element('div', 'search-result__more');
    more.append(element('p', undefined, 'Also:'));
    const list = element('ul');
    for (const link of links) {
      const entry = element('li');
      const each = element('a', undefined, link.text);
      each.href = link.href;
      entry.append(each);
      list.append(entry);
    }
    more.append(list);
    item.append(more);
  }
  return item;
}

interface Found {
  /** How many policies (and archived copies) match. */
  count: number;
  /**
   * Each word typed with the policies' words a Trust search term gives for it, to pick a result's section
   * (by its title): for a policy the search names, its name's words only, as "policy" says nothing of where.
   */
  askedFor(title: string): AskedWords;
  /** The next `count` results not yet shown, each one policy. */
  next(count: number): Promise<Shown[]>;
  /** How alike the question is to the questions a policy's section (none for the top of the page) and the policy answer (see question-likeness.ts). */
  alike(policy: string, id: string | undefined): number;
  /** Whether the search is this policy's name. */
  names(title: string): boolean;
}

interface Shown {
  group: PolicyGroup<ResultData>;
  /** Which of the page's matching sections leads (see answerOrder); 0, the best match, unless the questions search learnt from say otherwise. */
  lead: number;
}

/** The archived copies' index, joined to every search once someone first asks for them. */
let archiveJoined: Promise<void> | undefined;
function joinArchive(pagefind: Pagefind): Promise<void> {
  archiveJoined ??= pagefind.mergeIndex(searchIndexPath(base, ARCHIVE_INDEX_FOLDER), { baseUrl: base }).catch((error: unknown) => {
    // Not joined: the next search that asks for archived copies tries again.
    archiveJoined = undefined;
    throw error;
  });
  return archiveJoined;
}

let latestSearch = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** The search last started, so asking for it again does not draw the results again. */
let requestedSearch: string | undefined;

/** Each page's data being read, one read at a time per page (see pageData). */
const reading = new Map<string, Promise<unknown>>();

/**
 * A result's page with the matches of the search that found it. Pagefind keeps one object per page
 * and writes each search's matches into it, so two searches reading the same page at once would both
 * see the last one's: the reads of a page take turns, and each takes a copy of its matches at once.
 */
function pageData(result: PagefindResult): Promise<ResultData> {
  const read = (reading.get(result.id) ?? Promise.resolve()).then(async () => {
    const data = await result.data();
    return { ...data, weighted_locations: [...data.weighted_locations] };
  });
  // Only the turn is kept, not the data: a settled read lets the next one go.
  reading.set(result.id, read.then(() => undefined, () => undefined));
  return read;
}

/** Pagefind shortens a word that is in no page until something matches; the best result shows whether it did. */
async function foundEveryTerm(terms: readonly string[], results: readonly PagefindResult[]): Promise<boolean> {
  const best = results[0];
  return best !== undefined && hasEveryTerm(terms, await pageData(best));
}

/**
 * One ask of the index, or nothing when Pagefind only matched a shortened word. Checking costs a
 * download of the best page, so words the index is known to have (`checked` false) skip it.
 */
async function ask(pagefind: Pagefind, words: readonly string[], filters: PagefindFilters, checked = true): Promise<PagefindSearch | undefined> {
  const search = await pagefind.search(words.join(' '), { filters });
  if (search.results.length === 0) return undefined;
  return !checked || (await foundEveryTerm(words, search.results)) ? search : undefined;
}

/** One ask of the index and what it found. */
interface Ask extends Omit<Asked, 'pagesFound'> {
  found: PagefindSearch | undefined;
}

interface FoundPolicies {
  found: Found;
  /** No page has every word (itself or a word for it). */
  partial: boolean;
  /** No policy uses any word typed, nor the Trust's words for them: the results are only by related words, a guess. */
  onlyRelated: boolean;
}

async function findPolicies(pagefind: Pagefind, query: string, terms: readonly string[], help: SearchHelp, state: SearchState): Promise<FoundPolicies> {
  const filters = pagefindFilters(state);
  // Fetched alongside the index's answers, not after them.
  const learned = isQuestion(terms.join(' ')) ? help.questions() : Promise.resolve(undefined);
  // Terms apply to the words as corrected: "been hakced" is "been hacked".
  const expansions = termsInQuery(correctedQueryWords(query, terms), help.terms);
  const isKnown = (word: string) => help.spelling?.isKnown(word) ?? false;
  const chosen = wordsToAsk(terms, (word) => help.spelling?.commonness(word) ?? 0);
  // Related words only for a word the policies do not use: for one they use, the word itself is the best clue.
  const unknown = terms.filter((term, index) => chosen.has(index) && !isKnown(term));
  const relatedToUnknown = unknown.length > 0 ? await help.related(unknown) : [];
  const related = terms.map((term) => relatedToUnknown[unknown.indexOf(term)] ?? []);
  const asking = (words: readonly string[], weight: number, covers: readonly number[], checked = true): Promise<Ask> =>
    ask(pagefind, words, filters, checked).then((found) => ({ found, words, weight, covers }));
  const commonPages = terms.map((term, index) => (chosen.has(index) ? pagesWithCommonWord(term, help.common) : undefined));
  const plan = planAsks([...chosen], { commonOn: (index) => commonPages[index], isKnown: (index) => isKnown(terms[index]!) });
  const [alone, together, byTerms, byRelated] = await Promise.all([
    // Each word alone: a page with some of the words is still an answer, and how many pages have a word says how much it tells apart.
    Promise.all(terms.map((term, index) => (plan.alone.includes(index) ? asking([term], 1, [index], !isKnown(term)) : { found: undefined, words: [term], weight: 1, covers: [index] }))),
    // A common word with a rarer one: it is found on the pages worth reading, without asking for every page that has it.
    Promise.all(plan.together.map((indexes) => asking(indexes.map((index) => terms[index]!), 1, indexes, false))),
    // A term for one word counts for less than the word typed. A phrase ("freezing me out", "having a go") says more than its words one by one, and
    // when no policy has the words a term stands for, there is nothing to count less than: those count as much as the words typed.
    Promise.all(expansions.map((term) => asking(searchTerms(term.target), term.phraseLength > 1 || term.covers.every((index) => terms[index] === undefined || !isKnown(terms[index])) ? 1 : TRUST_TERM_WEIGHT, term.covers, false).then((each) => ({ ...each, phrase: term.phraseLength > 1 })))),
    // Words meaning nearly the same count for less again: they find a policy that says it another way. The build took them from the index, so they need no check.
    Promise.all(related.flatMap((words, index) => words.map(([word, weight]) => asking([word], RELATED_WORD_WEIGHT * weight, [index], false)))),
  ]);
  const pagesFirstFound = new Set([...alone, ...together, ...byTerms].flatMap((each) => each.found?.results.map((result) => result.id) ?? []));
  if (plan.later.length > 0 && pagesFirstFound.size < ENOUGH_PAGES) {
    for (const each of await Promise.all(plan.later.map((index) => asking([terms[index]!], 1, [index], false)))) alone[each.covers[0]!] = each;
  }
  // The words typed and the Trust's words for them; a related word is only a guess.
  const sure = [...alone, ...together, ...byTerms];
  const used = [...sure, ...byRelated].filter((each) => each.found);
  // Every page that answers any of the words is a result, best first: a page without one of the words
  // may still be the answer ("lift home" is in the policy on pupils outside school, "after a match" is not).
  const ranked = rankPages(used.map((each) => ({ results: each.found!.results, weight: each.weight, covers: each.covers })));
  const answering = terms.map((_, index) => new Set(sure.filter((each) => each.covers.includes(index)).flatMap((each) => each.found?.results.map((result) => result.id) ?? [])));
  // Only the words asked: the commonest words of a long question, and a word typed twice, are not asked for on their own.
  const everyWord = ranked.some((page) => answering.every((pages, index) => !chosen.has(index) || pages.has(page.id)));
  const policies = new Set(used.flatMap((each) => Object.entries(each.found!.filters?.[POLICY_FILTER] ?? {}).filter(([, count]) => count > 0).map(([key]) => key)));
  const pagesFound = (each: Ask, counted?: number): Asked => ({ ...each, pagesFound: each.found?.results.length ?? counted });
  // A common word not asked alone: the build counted its pages.
  const aloneFound = alone.map((each, index) => pagesFound(each, plan.later.includes(index) ? commonPages[index] : undefined));
  const askedWords = askedWordsOf(terms, aloneFound, [...byTerms, ...byRelated].map((each) => pagesFound(each)), help.pages);
  const onlyRelated = ranked.length > 0 && sure.every((each) => !each.found);
  const toAsk: Asking = {
    words: askedWords,
    names: (title) => namesPolicy(terms, title),
    naming: askedWords.map((ways, index) => (isKindWord(terms[index] ?? '') ? [] : ways)),
    alike: alikeTo(await learned, terms),
  };
  return { found: resultsOf(pagefind, ranked, policies.size, toAsk, filters), partial: !everyWord && ranked.length > 0, onlyRelated };
}

/** What one search asks of the pages it reads. */
interface Asking {
  words: AskedWords;
  /** Whether the search is this policy's name ("whistleblowing policy"). */
  names(title: string): boolean;
  /** The words that pick a named policy's section: all but "policy" and "procedure". */
  naming: AskedWords;
  alike(policy: string, id: string | undefined): number;
}

/**
 * Loads pages, best first, a few at a time, until there are enough policies to show: a policy and its
 * easy read make one result, so the pages are only known to be one policy's once their data is in.
 */
function resultsOf(pagefind: Pagefind, ranked: RankedPage<PagefindResult>[], count: number, asking: Asking, filters: PagefindFilters): Found {
  let cursor = 0;
  let pending: ResultData[] = [];
  const shown = new Set<string>();
  const answers = new Map<ResultData, number>();
  const named = new Set<ResultData>();
  const load = async (page: RankedPage<PagefindResult>): Promise<ResultData> => {
    const data = weighHits(await Promise.all(page.found.map(async ({ result, weight }) => ({ page: await pageData(result), weight }))));
    answers.set(data, pageAnswer(matchingSections(data, asking.words), data.meta['kind']));
    if (asking.names(data.meta['title'] ?? '')) named.add(data);
    return data;
  };
  return {
    count,
    askedFor: (title) => (asking.names(title) ? asking.naming : asking.words),
    alike: asking.alike,
    names: asking.names,
    async next(wanted) {
      while (groupByPolicy(pending, shown).length < wanted && cursor < ranked.length) {
        const batch = ranked.slice(cursor, cursor + wanted);
        cursor += batch.length;
        pending.push(...(await Promise.all(batch.map(load))));
        // The index ranks whole pages. A policy named by the search leads; after it, the page with the section that best answers.
        pending.sort((a, b) => Number(named.has(b)) - Number(named.has(a)) || answers.get(b)! - answers.get(a)!);
      }
      const groups = groupByPolicy(pending, shown).slice(0, wanted);
      for (const group of groups) shown.add(group.key);
      pending = pending.filter((page) => !shown.has(policyKey(page)));
      // An easy read that came first without its policy: the policy's own page, at its best section, still leads.
      // Which pages those are, the filters alone say, with no words to score; their matches are the asks' own.
      const withoutPolicy = groups.filter((group) => group.easyRead && !group.policy);
      if (withoutPolicy.length > 0) {
        const own = await pagefind.search(null, {
          filters: { ...filters, [POLICY_FILTER]: { any: withoutPolicy.map((group) => group.key) }, format: SEARCH_FORMATS.policy, [EDITION_FILTER]: CURRENT_EDITION },
        });
        const ids = new Set(own.results.map((result) => result.id));
        const pages = await Promise.all(ranked.filter((page) => ids.has(page.id)).map(load));
        // A policy none of whose words were asked for stays out: its easy read's result leads to the top of it.
        for (const group of withoutPolicy) group.policy = pages.find((page) => policyKey(page) === group.key);
      }
      return groups.map((group) => ({ group, lead: 0 }));
    },
  };
}

/** How alike the words searched for are to the questions each section and policy answer; nothing is alike without them. */
function alikeTo(learnt: QuestionsLearnt | undefined, terms: readonly string[]): (policy: string, id: string | undefined) => number {
  return learnt ? questionLikeness(learnt, terms.join(' ')) : () => 0;
}

/**
 * The results in the order the questions search learnt from put them, each with the section that leads
 * (see answerOrder). Easy reads, and archived copies, answer no learnt question: they keep the index's order.
 */
function inAnswerOrder(found: Found, shown: readonly Shown[], leadWithEasyRead: boolean): Shown[] {
  if (leadWithEasyRead) return [...shown];
  const pages = shown.map(({ group }) => leadingPage(group, false));
  const order = answerOrder(
    pages.map((data) => ({
      sections: matchingSections(data, found.askedFor(data.meta['title'] ?? '')).filter((section) => !section.keywordsOnly).slice(0, SECTIONS_TO_LEAD).map((section) => section.targetId),
      named: found.names(data.meta['title'] ?? ''),
    })),
    (result, id) => {
      const policy = policyIdOfPath(base, pages[result]!.url);
      return policy === undefined ? 0 : found.alike(policy, id);
    },
  );
  return order.map(({ result, lead }) => ({ ...shown[result]!, lead }));
}

function showResults(found: Found, shown: Shown[], startAt: number, leadWithEasyRead: boolean): void {
  if (startAt === 0) resultsList.replaceChildren();
  resultsList.append(...inAnswerOrder(found, shown, leadWithEasyRead).map((each) => renderResult(each, found.askedFor((each.group.policy ?? each.group.easyRead ?? each.group.version)?.meta['title'] ?? ''), leadWithEasyRead)));
  resultsSection.querySelector('.search-more')?.remove();
  const total = startAt + shown.length;
  if (found.count > total && shown.length > 0) {
    const more = element('button', 'button search-more', `Show more results (${total} of ${found.count} shown)`);
    more.type = 'button';
    more.addEventListener('click', async () => {
      const next = await found.next(RESULTS_PER_PAGE);
      showResults(found, next, total, leadWithEasyRead);
      // The button has gone; focus goes to the first new result, where reading carries on.
      resultsList.children[total]?.querySelector('a')?.focus();
    });
    resultsSection.append(more);
  }
}

/** The search page's own address for a search, without the origin. */
function addressOf(state: SearchState): string {
  return `${location.pathname}${searchStateQueryString(state)}`;
}

function updateAddress(state: SearchState, history: 'push' | 'replace' | 'none'): void {
  document.title = state.query ? `${state.query}: ${originalTitle}` : originalTitle;
  if (history === 'none') return;
  const address = addressOf(state);
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

/** "Showing results for harassment; search instead for harrasment", both links keeping the filters. */
function showSpelling(state: SearchState, corrected: string | undefined): void {
  spellingNote.hidden = corrected === undefined;
  if (corrected === undefined) return;
  const correctedLink = element('a', undefined, corrected);
  correctedLink.href = addressOf({ ...state, query: corrected, asTyped: false });
  const typedLink = element('a', undefined, state.query);
  typedLink.href = addressOf({ ...state, asTyped: true });
  spellingNote.replaceChildren('Showing results for ', correctedLink, '; search instead for ', typedLink, '.');
}

/** The email names the search's own address, which the address bar shows only once the search is shown. */
function showNothingFound(state: SearchState): void {
  if (tellUs && contact) tellUs.href = missingSearchMailto(contact, state.query, `${location.origin}${addressOf(state)}`);
}

interface SearchHelp {
  spelling: Spelling | undefined;
  terms: readonly TrustTerm[];
  /** The words on a large share of the pages, with how many pages have each. */
  common: Readonly<Record<string, number>>;
  /** How many pages the index has, to tell a rare word from a common one. */
  pages: number;
  /** For each word, the policies' words that mean nearly the same (none when they cannot be loaded). */
  related(words: readonly string[]): Promise<RelatedWord[][]>;
  /** For each word, whether it is an English word (a word the policies do not use is not a misspelling when it is one). */
  inDictionary(words: readonly string[]): Promise<boolean[]>;
  /** What the judgement lists' questions teach, learnt once from the file: which sections answer questions like the one searched for (undefined when it cannot be had). */
  questions(): Promise<QuestionsLearnt | undefined>;
}

async function runSearch(pagefind: Pagefind, help: SearchHelp, state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
  // The address changes only once the search is shown: a new address makes the browser fetch and draw
  // the site's icon again, work that would otherwise hold up the results.
  if (await showSearch(pagefind, help, state)) updateAddress(state, history);
}

/** Runs a search and shows what it found; false when a newer search took its place meanwhile. */
async function showSearch(pagefind: Pagefind, help: SearchHelp, state: SearchState): Promise<boolean> {
  // The same search again (Enter after the results appeared as you typed): keep the results as they
  // are, so a keyboard user who has already moved into them does not lose their place.
  const key = JSON.stringify(state);
  if (key === requestedSearch) return true;
  requestedSearch = key;
  const ticket = ++latestSearch;
  if (!state.query || hasOnlyCommonWords(state.query)) {
    resultsSection.hidden = true;
    noResults.hidden = true;
    spellingNote.hidden = true;
    status.textContent = state.query ? commonWordsMessage(state.query) : '';
    return true;
  }
  // A hyphenated word is one word when the policies, staff or the dictionary have it joined ("co-worker": coworker, which leads to colleague).
  const compounds = joinedCompounds(state.query);
  const joinedInDictionary = compounds.length > 0 ? await help.inDictionary(compounds).catch(() => []) : [];
  const query = withCompoundsResolved(state.query, {
    isKnown: (word) => (help.spelling?.isKnown(word) || help.spelling?.isStaffWord(word)) ?? false,
    isEnglish: (word) => joinedInDictionary[compounds.indexOf(word)] === true,
  });
  const typed = searchTerms(query);
  // Only a word the policies do not use can be a slip; whether it is an English word is looked up only then.
  const unknown = help.spelling ? typed.filter((word) => !help.spelling!.isKnown(word)) : [];
  const real = unknown.length > 0 ? await help.inDictionary(unknown).catch(() => []) : [];
  const isReal = typed.map((word) => real[unknown.indexOf(word)] ?? false);
  const corrected = state.asTyped || !help.spelling ? undefined : help.spelling.correctAll(typed, isReal);
  const terms = corrected?.changed ? corrected.words : typed;
  let found: Found;
  let partial: boolean;
  let onlyRelated: boolean;
  let first: Shown[];
  try {
    if (state.includeArchived) await joinArchive(pagefind);
    ({ found, partial, onlyRelated } = await findPolicies(pagefind, query, terms, help, state));
    first = await found.next(RESULTS_PER_PAGE);
  } catch {
    if (ticket !== latestSearch) return false;
    requestedSearch = undefined;
    showProblem();
    return true;
  }
  // A newer search started while this one was loading: its results win.
  if (ticket !== latestSearch) return false;
  problem.hidden = true;
  const leadWithEasyRead = (state.filters.format ?? []).join() === SEARCH_FORMATS['easy-read'];
  showResults(found, first, 0, leadWithEasyRead);
  const shownQuery = corrected?.changed ? correctedQuery(query, corrected.words) : undefined;
  showSpelling(state, shownQuery);
  resultsSection.hidden = first.length === 0;
  // Results found only by related words may not be what was meant: what to try, and the email, still show.
  const nothingFound = first.length === 0 || onlyRelated;
  noResults.hidden = !nothingFound;
  if (nothingFound) showNothingFound(state);
  const count = Math.max(found.count, first.length);
  status.textContent = describeResults({ count, query: shownQuery ?? state.query, partial, onlyRelated, filtered: hasFilters(state) });
  return true;
}

/** A file of the search data (see SEARCH_DATA_FOLDER), or undefined when it cannot be had. */
async function searchData<T>(file: string): Promise<T | undefined> {
  const response = await fetch(searchDataPath(base, file)).catch(() => undefined);
  return response?.ok ? ((await response.json()) as T) : undefined;
}

/**
 * The index's words, the Trust's search terms and, fetched a file at a time as words need them, the
 * related words; search still works, less forgivingly, without them.
 */
async function loadHelp(): Promise<Omit<SearchHelp, 'pages'>> {
  const [vocabulary, terms] = await Promise.all([searchData<{ words: string[]; common?: Record<string, number> }>(SEARCH_VOCABULARY_FILE), searchData<{ terms: TrustTerm[] }>(SEARCH_TERMS_DATA_FILE)]);
  // Fetched once, the first time a search says enough to use it: a search of a word or two downloads nothing more.
  let questions: Promise<QuestionsLearnt | undefined> | undefined;
  // Each file of related words is fetched once, the first time a word in it is searched for.
  const shards = new Map<string, Promise<Record<string, readonly RelatedWord[]>>>();
  const shard = (name: string) => {
    if (!shards.has(name)) shards.set(name, searchData<Record<string, readonly RelatedWord[]>>(relatedWordsFile(name)).then((entries) => entries ?? {}));
    return shards.get(name)!;
  };
  const shardsFor = async (words: readonly string[]) => {
    const names = [...new Set(words.flatMap((word) => baseForms(word.toLowerCase()).map(relatedWordsShard)))].filter(isRelatedWordsShard);
    return new Map(await Promise.all(names.map(async (name) => [name, await shard(name)] as const)));
  };
  return {
    spelling: vocabulary ? new Spelling(vocabulary.words, (terms?.terms ?? []).flatMap((term) => wordsOfText(term.phrase))) : undefined,
    terms: terms?.terms ?? [],
    common: vocabulary?.common ?? {},
    questions: () => (questions ??= searchData<AnsweredQuestionsFile>(SEARCH_QUESTIONS_FILE).then((file) => file && learnQuestions(file.questions)).catch(() => undefined)),
    related: async (words) => {
      const loaded = await shardsFor(words);
      return words.map((word) => relatedToTyped(word, loaded));
    },
    inDictionary: async (words) => {
      const loaded = await shardsFor(words);
      return words.map((word) => isDictionaryWord(word, loaded));
    },
  };
}

/** A whole search, drawing nothing, while nobody waits (see warmUpWord); with no common word, Pagefind's own first-search cost alone. */
async function warmUp(pagefind: Pagefind, help: SearchHelp, state: SearchState): Promise<void> {
  const word = warmUpWord(help.common);
  if (word === undefined) {
    await pagefind.search(null, { filters: pagefindFilters(state) });
    return;
  }
  const { found } = await findPolicies(pagefind, word, [word], help, state);
  await found.next(RESULTS_PER_PAGE);
}

async function start(): Promise<void> {
  // The words go back in the box at once, before the index loads, so nothing typed meanwhile is lost.
  const fromAddress = readSearchState(new URLSearchParams(location.search));
  input.value = fromAddress.query;
  const helping = loadHelp();
  // The build writes the archive's index only when there are archived copies, and says whether it did.
  const hasArchive = searchData<{ archive?: unknown }>(SEARCH_INDEXES_FILE).then((indexes) => indexes?.archive === true, () => false);
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${searchIndexPath(base, SEARCH_INDEX_FOLDER)}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
  } catch {
    showProblem();
    return;
  }
  const available = await pagefind.filters();
  // Every page has a format, so its counts add up to the pages in the index.
  const help: SearchHelp = { ...(await helping), pages: Math.max(1, Object.values(available['format'] ?? {}).reduce((sum, count) => sum + count, 0)) };
  // With words in the address, their own search comes first and is the one that waits.
  if (!fromAddress.query) await warmUp(pagefind, help, fromAddress).catch(() => undefined);
  renderFilters(available, fromAddress, await hasArchive);

  input.addEventListener('input', () => {
    const typed = formState();
    if (typed.query) void pagefind.preload(searchTerms(typed.query).join(' '), { filters: pagefindFilters(typed) });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void runSearch(pagefind, help, formState(), 'replace'), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void runSearch(pagefind, help, formState(), 'push');
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void runSearch(pagefind, help, formState(), 'replace');
  });
  window.addEventListener('popstate', () => {
    const previous = readSearchState(new URLSearchParams(location.search));
    input.value = previous.query;
    showFilters(previous);
    void runSearch(pagefind, help, previous, 'none');
  });
  // Whatever was typed while the index loaded is searched now, and goes into the address.
  await runSearch(pagefind, help, { ...formState(), asTyped: fromAddress.asTyped && formState().query === fromAddress.query }, 'replace');
}

void start();
