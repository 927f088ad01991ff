import GithubSlugger from 'github-slugger';

/**
 * Gives each section of a page an id made from its heading text, GitHub style
 * ("Personal use of social media at work" becomes personal-use-of-social-media-at-work).
 * Repeated headings get -1, -2... One instance per page, used in reading order.
 */
export class SectionIds {
  readonly #slugger = new GithubSlugger();

  /**
   * The id for a heading, or the id the owner pinned with `{#id}`, which is kept as written. A pinned
   * id is taken, so a later heading with the same words gets -1 rather than the same id.
   */
  next(headingText: string, pinned?: string): string {
    if (pinned === undefined) return this.#slugger.slug(headingText);
    this.#slugger.slug(pinned);
    return pinned;
  }
}
