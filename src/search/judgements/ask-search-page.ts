import type { Page } from 'playwright-core';

/** What the search page showed for a question. */
export interface SearchAnswer {
  /** The first result's link as the page drew it, e.g. /policies/disciplinary/#appeals, or null when it drew none. */
  first: string | null;
  /** What the page said, e.g. "3 results for “sacked”." or "Search is not working at the moment." */
  status: string;
}

export type AskSearch = (question: string) => Promise<SearchAnswer>;

/**
 * Asks the real search page, as staff do. The first question arrives in the address, as a shared search
 * does: the page searches once its index and its help (spelling, the Trust's terms) have loaded. Every
 * later question is typed into the same page's box and submitted, as someone searching again would,
 * which is many times quicker than loading the page for each one.
 */
export function searchPageAsker(page: Page, siteUrl: string): AskSearch {
  let loaded = false;
  let last: { question: string; answer: SearchAnswer } | undefined;
  return async (question) => {
    // The page keeps its results for the same search again, so asking it twice would wait for ever.
    if (last?.question === question) return last.answer;
    if (loaded) {
      await page.evaluate((text) => {
        document.getElementById('search-status')!.textContent = '';
        document.getElementById('search-results-list')?.replaceChildren();
        (document.getElementById('search-q') as HTMLInputElement).value = text;
        (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
      }, question);
    } else {
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(question)}`);
      loaded = true;
    }
    const status = String(await (await page.waitForFunction(() => document.getElementById('search-status')?.textContent || false)).jsonValue());
    const first = await page.locator('#search-results-list > li h3 a').first().getAttribute('href', { timeout: 500 }).catch(() => null);
    last = { question, answer: { first, status } };
    return last.answer;
  };
}
