import type { Features } from 'satteri';

/**
 * How policy text is read, shared by the page build and the link checker so both see the same
 * headings and ids. Heading attributes let an owner pin an id (`## New wording {#old-id}`);
 * smart punctuation is off because approved text is published exactly as approved.
 */
export const MARKDOWN_FEATURES = { headingAttributes: true, smartPunctuation: false } as const satisfies Features;
