import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { contentProblems } from '#src/policy/content-rules/index.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { newConversion, type ImportedPicture } from './conversion.ts';
import { findContentsList, isContentsStyle } from './contents-list.ts';
import { readCover, type CoverDetails } from './cover.ts';
import { droppedFeatures, textBoxParagraphKeys } from './dropped-features.ts';
import { importedDetails, type DetailOptions } from './imported-details.ts';
import { mdxText } from './mdx-text.ts';
import { convertBlocks } from './policy-body.ts';
import { asHeading } from './headings.ts';
import { hasPageBreak, paragraphText, readWordDocument, textBoxParagraphs, type WordBlock, type WordDocument, type WordParagraph } from './word/word-document.ts';
import { numberedParagraphs, type NumberedParagraph } from './word/word-numbering.ts';
import { nonBreakingHyphens, plainHyphens, plainHyphensIn } from './plain-hyphens.ts';
import type JSZip from 'jszip';

/** A cover line is short; a longer line before the first heading is the policy's own text and stays. */
const MOST_WORDS_ON_A_COVER_LINE = 15;

export interface ImportedPolicy {
  /** The whole index.mdx. */
  source: string;
  title: string;
  status: 'approved' | 'draft';
  pictures: ImportedPicture[];
  report: ImportReport;
}

export interface ImportReport {
  converted: string[];
  fromCover: string[];
  dropped: string[];
  assumptions: string[];
  toDo: string[];
}

/** Matches the converter's numbered paragraphs to Word's own numbering by their words, to learn their letters. */
function lettersOf(blocks: readonly WordBlock[], numbered: readonly NumberedParagraph[]): Map<WordParagraph, string> {
  const letters = new Map<WordParagraph, string>();
  let cursor = 0;
  const visit = (block: WordBlock) => {
    if (block.type === 'table') {
      for (const row of block.children) for (const cell of row.children) cell.children.forEach(visit);
      return;
    }
    if (!block.numbering) return;
    const key = paragraphText(block).replace(/\s+/g, '');
    const found = numbered.findIndex((paragraph, index) => index >= cursor && paragraph.key === key);
    if (found === -1) return;
    cursor = found + 1;
    const letter = numbered[found]!.letter;
    if (letter) letters.set(block, letter);
  };
  blocks.forEach(visit);
  return letters;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Where the policy's own text starts: after the contents list if there is one, else after a cover
 * (short lines before the first heading, ended by a page break or saying who approved it).
 */
function splitCover(document: WordDocument, conversionHeading: (paragraph: WordParagraph) => boolean): { cover: WordParagraph[]; body: WordBlock[]; contentsLines: number } {
  const blocks = document.blocks.filter((block) => !isContentsStyle(block));
  const contents = findContentsList(document.blocks);
  if (contents) {
    const before = document.blocks.slice(0, contents.start);
    const cover = before.filter((block): block is WordParagraph => block.type === 'paragraph' && wordCount(paragraphText(block)) <= MOST_WORDS_ON_A_COVER_LINE);
    const kept = before.filter((block) => !cover.includes(block as WordParagraph));
    return { cover, body: [...kept, ...document.blocks.slice(contents.end).filter((block) => !isContentsStyle(block))], contentsLines: contents.lines };
  }
  const firstHeading = blocks.findIndex((block) => block.type === 'paragraph' && conversionHeading(block));
  const leading = blocks.slice(0, firstHeading === -1 ? 0 : firstHeading);
  const looksLikeCover = leading.length > 0
    && leading.every((block) => block.type === 'paragraph' && wordCount(paragraphText(block)) <= MOST_WORDS_ON_A_COVER_LINE && !block.numbering)
    && leading.some((block) => block.type === 'paragraph' && (hasPageBreak(block) || /approved|version|review/i.test(paragraphText(block)) || block.styleName === 'Title'));
  if (!looksLikeCover) {
    const title = blocks.find((block): block is WordParagraph => block.type === 'paragraph' && block.styleName === 'Title');
    return { cover: title ? [title] : [], body: blocks.filter((block) => block !== title), contentsLines: 0 };
  }
  return { cover: leading as WordParagraph[], body: blocks.slice(leading.length), contentsLines: 0 };
}

function count(nodes: readonly RootContent[], type: string): number {
  let total = 0;
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === type) total++;
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  nodes.forEach((node) => visit(node));
  return total;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The first sentence of the policy's first paragraph, as a summary for the owner to confirm. */
function firstSentence(body: readonly RootContent[]): string | undefined {
  const paragraph = body.find((node) => node.type === 'paragraph');
  const sentence = paragraph ? /^.+?[.!?](?=\s|$)/.exec(toString(paragraph).replace(/\s+/g, ' ').trim())?.[0] : undefined;
  return sentence && wordCount(sentence) <= 40 ? sentence : undefined;
}

function describeCover(cover: CoverDetails): string[] {
  return [
    ...(cover.title ? [`title: ${cover.title}`] : []),
    ...(cover.approvedBy ? [`approved by: ${cover.approvedBy}`] : []),
    ...(cover.approved ? [`approved: ${cover.approved}`] : []),
    ...(cover.version ? [`version: ${cover.version}`] : []),
    ...(cover.nextReview ? [`next review: ${cover.nextReview}`] : []),
  ];
}

/**
 * One Word document as a policy file: its details from the cover and the options, its text as
 * Markdown that shows exactly as typed, its pictures, and a report of what was converted, dropped
 * and assumed.
 */
export async function importWordDocument(bytes: Buffer, zip: JSZip, fallbackTitle: string, options: DetailOptions, file: string): Promise<ImportedPolicy | { empty: true }> {
  const document = await readWordDocument(bytes);
  if (document.blocks.every((block) => block.type === 'paragraph' && paragraphText(block).trim() === '' && !block.children.some((child) => child.type === 'run' && child.children.some((inner) => inner.type === 'image')))) {
    return { empty: true };
  }
  const conversion = newConversion(document, lettersOf(document.blocks, await numberedParagraphs(zip)));
  const isHeading = (paragraph: WordParagraph) => {
    const recorded = conversion.recasedHeadings.length;
    const heading = asHeading(paragraph, conversion) !== undefined;
    conversion.recasedHeadings.length = recorded;
    return heading;
  };
  const { cover: coverLines, body: bodyBlocks, contentsLines } = splitCover(document, isHeading);
  const coverTexts = coverLines.map((paragraph) => paragraphText(paragraph));
  const cover = readCover(coverLines.map((paragraph, index) => ({ text: plainHyphens(coverTexts[index]!), isTitle: paragraph.styleName === 'Title' })));
  for (const paragraph of coverLines) conversion.textBoxWords.push(...textBoxParagraphs(paragraph.children).map((inner) => paragraphText(inner).trim()));
  // mammoth reads a text box's paragraphs where the box is anchored, as if they were the text's own.
  const inBoxes = await textBoxParagraphKeys(zip);
  const inText = bodyBlocks.filter((block) => {
    const key = block.type === 'paragraph' ? paragraphText(block).replace(/\s+/g, '') : '';
    if (!inBoxes.has(key) || block.type !== 'paragraph') return true;
    conversion.textBoxWords.push(paragraphText(block).trim());
    return false;
  });
  const body = convertBlocks(inText, conversion, { headings: true });
  const tree: Root = { type: 'root', children: [...body, ...conversion.footnotes] };
  const hyphens = plainHyphensIn(tree) + nonBreakingHyphens(coverTexts.join(''));
  const details = importedDetails(cover, options, fallbackTitle, firstSentence(body));
  const text = mdxText(tree);
  const source = `${details.frontmatter}\n${text}`;
  checkWrittenExactly(source, tree, file);

  const features = await droppedFeatures(zip);
  const withoutAlt = conversion.pictures.filter((picture) => picture.alt === '');
  const letters = [...conversion.letters.values()];
  const report: ImportReport = {
    converted: [
      plural(count(body, 'heading'), 'heading'),
      ...(letters.length > 0 ? [`${plural(letters.length, 'lettered paragraph')} (${letters[0]} to ${letters.at(-1)})`] : []),
      plural(count(body, 'list'), 'list'),
      plural(count(body, 'table'), 'table'),
      plural(conversion.pictures.length, 'picture'),
      plural(conversion.footnotes.length, 'footnote'),
      plural(count(body, 'link'), 'link'),
    ],
    fromCover: describeCover(cover),
    dropped: [
      ...(contentsLines > 0 ? [`the contents list (${plural(contentsLines, 'line')}): the page makes its own`] : []),
      ...cover.unused.map((line) => `"${line}" from the cover: it is not a detail the policy has`),
      ...features.map((feature) => `${feature.what} (${feature.count}): ${feature.why}`),
      ...conversion.textBoxWords.filter(Boolean).map((words) => `the text box "${words}"`),
    ],
    assumptions: [
      ...details.assumptions,
      ...conversion.recasedHeadings.map(({ from, to }) => `the heading "${from}" is written "${to}": check any names in it`),
      ...conversion.notes,
      ...(hyphens > 0 ? [`${plural(hyphens, 'non-breaking hyphen')} (U+2011, which ${hyphens === 1 ? 'looks' : 'look'} like -) ${hyphens === 1 ? 'is' : 'are'} written as ${hyphens === 1 ? 'a plain hyphen' : 'plain hyphens'} (-): ${hyphens === 1 ? 'it looks and means' : 'they look and mean'} the same, and the PDFs' font has no non-breaking hyphen`] : []),
    ],
    toDo: [
      ...details.toDo,
      ...withoutAlt.map((picture) => `Describe ${picture.file}: the document gives it no description, so the build stops until ![what it shows](${picture.file}) says what it shows`),
    ],
  };
  return { source, title: details.title, status: details.status, pictures: conversion.pictures, report };
}

/**
 * Reads the written file back as the site will and proves nothing turned into markup: its words
 * are the document's words, and the content rules accept it.
 */
function checkWrittenExactly(source: string, tree: Root, file: string): void {
  const parsed = parsePolicyText(source);
  if (!parsed.ok) throw new Error(`${file}: the text written could not be read back (${parsed.message}); please report this with the document`);
  const problems = contentProblems(file, parsed.tree).filter((problem) => problem.severity !== 'warning');
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  const words = (root: Root) => toString({ type: 'root', children: root.children.filter((node) => node.type !== 'yaml' && node.type !== ('toml' as string)) } as Root).replace(/\s+/g, '');
  if (words(parsed.tree) !== words(tree)) throw new Error(`${file}: the text written does not read back as the document's words; please report this with the document`);
}
