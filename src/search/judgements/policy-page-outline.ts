import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { idsIn, parsePage } from '#src/checks/page-links.ts';
import { LETTERED_PARAGRAPH_ID } from '#src/cross-references/lettered-paragraphs.ts';

/**
 * What a judgement list is checked against on a built policy page: the ids it links to, and the
 * section each lettered paragraph is in. Someone writing a list names the section that answers a
 * question; a result at one of its lettered paragraphs has taken the reader into that section.
 */
export interface PolicyPageOutline {
  ids: ReadonlySet<string>;
  /** Each lettered paragraph's id, with the id of the heading it comes under. */
  sectionOfParagraph: ReadonlyMap<string, string>;
}

const HEADING = /^h[2-6]$/;

export function outlineOf(page: Root): PolicyPageOutline {
  const sectionOfParagraph = new Map<string, string>();
  let section: string | undefined;
  // visit goes in document order, so the last heading seen is the one a paragraph comes under.
  visit(page, 'element', (element) => {
    const { id } = element.properties;
    if (typeof id !== 'string') return;
    if (HEADING.test(element.tagName)) section = id;
    else if (section !== undefined && LETTERED_PARAGRAPH_ID.test(id)) sectionOfParagraph.set(id, section);
  });
  return { ids: idsIn(page), sectionOfParagraph };
}

/** Reads each policy's built page once, on first asking; undefined for a policy the site does not have. */
export function policyPageOutlines(distDir: string): (policy: string) => Promise<PolicyPageOutline | undefined> {
  const outlines = new Map<string, Promise<PolicyPageOutline | undefined>>();
  return (policy) => {
    if (!outlines.has(policy)) {
      outlines.set(policy, readFile(path.join(distDir, 'policies', policy, 'index.html'), 'utf8').then((html) => outlineOf(parsePage(html)), () => undefined));
    }
    return outlines.get(policy)!;
  };
}
