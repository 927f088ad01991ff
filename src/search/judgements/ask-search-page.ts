import type { Page } from 'playwright-core';

/** Asks the search page a question and resolves to the first result's link, or null when it found nothing. */
export type AskSearch = (question: string) => Promise<string | null>;

/**
 * Asks the real search page, as staff do. The first question arrives in the address, as a shared search
 * does: the page searches once its index and its help (spelling, the Trust's terms) have loaded. Every
 * later question is typed into the same page's box and submitted, as someone searching again would,
 * which is many times quicker than loading the page for each one.
 */
export function searchPageAsker(page: Page, siteUrl: string): AskSearch {
  let loaded = false;
  let last: { question: string; first: string | null } | undefined;
  return async (question) => {
    // The page keeps its results for the same search again, so asking it twice would wait for ever.
    if (last?.question === question) return last.first;
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
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    const first = await page.locator('#search-results-list > li h3 a').first().getAttribute('href', { timeout: 500 }).catch(() => null);
    last = { question, first };
    return first;
  };
}
