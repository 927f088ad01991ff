import { isStopWord } from './search-query.ts';

/**
 * The word the search page searches for while it is idle, before anyone has typed: the policies'
 * commonest word that is not a small word search leaves out (the first in the alphabet when several
 * are on as many pages), or none when no word is on a large share of the pages.
 *
 * Why: the browser runs Pagefind's code, and the page's own, several times slower the first time than
 * once it has compiled it for speed. A whole search made while nobody waits (every page that has the
 * word scored, a few pages' data read and ranked, nothing drawn) leaves the words typed next to come
 * back sooner: at 500 policies a quarter sooner, for one index file and a few pages' data downloaded.
 * The commonest word scores the most pages, which is what warms that code the most.
 */
export function warmUpWord(common: Readonly<Record<string, number>>): string | undefined {
  let best: [string, number] | undefined;
  for (const [word, pages] of Object.entries(common)) {
    if (isStopWord(word)) continue;
    if (!best || pages > best[1] || (pages === best[1] && word < best[0])) best = [word, pages];
  }
  return best?.[0];
}
