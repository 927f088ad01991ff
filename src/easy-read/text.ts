/**
 * The words of an easy read as its rules see them: blocks of text (a heading, a paragraph, a list
 * item), their sentences and words, and where each sentence starts in the file, so a rule can say
 * "12:5: this sentence has 19 words" about the line an author will edit.
 */
import { location } from 'vfile-location';

export interface SourcePoint { line: number; column: number; offset: number }
export interface SourcePosition { start: SourcePoint; end: SourcePoint }

/** An mdast or MDX node, as the rules need it: satteri's MDX nodes have no types in `mdast`. */
export interface MarkdownNode {
  type: string;
  children?: MarkdownNode[];
  value?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  depth?: number;
  url?: string;
  position?: SourcePosition;
}

export interface JsxAttribute { type: string; name?: string; value?: unknown }

export const POINT = 'Point';

export function isPoint(node: MarkdownNode): boolean {
  return node.type === 'mdxJsxFlowElement' && node.name === POINT;
}

/** A string attribute of a JSX element: picture="mobile-phone". Undefined when missing or written as {an expression}. */
export function stringAttribute(node: MarkdownNode, name: string): string | undefined {
  const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function hasAttribute(node: MarkdownNode, name: string): boolean {
  return node.attributes?.some((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name) ?? false;
}

interface Segment {
  /** Where the segment starts in the block's text. */
  from: number;
  to: number;
  /** Where its first character is in the file. */
  offset: number;
  strong: boolean;
  /** Link text: often the name of a document, such as "Whistleblowing Procedure". */
  link: boolean;
}

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  /** The words as a reader sees them, without Markdown marks. */
  text: string;
  segments: Segment[];
  node: MarkdownNode;
  /** The Point the block is in, if any. */
  point: MarkdownNode | undefined;
}

export interface Sentence {
  text: string;
  /** Where it starts and ends in its block's text. */
  from: number;
  to: number;
  block: TextBlock;
}

const PHRASING = new Set(['text', 'strong', 'emphasis', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'mdxJsxTextElement', 'image', 'imageReference', 'html', 'mdxTextExpression', 'footnoteReference']);

/** Every heading and paragraph in reading order, with the Point each sits in. */
export function textBlocks(tree: MarkdownNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: MarkdownNode, point: MarkdownNode | undefined) => {
    const children = node.children ?? [];
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push(block(node.type === 'heading' ? 'heading' : 'paragraph', node, point));
      return;
    }
    const inside = isPoint(node) ? node : point;
    // <Point picture="x" alt="y">Words on one line.</Point> holds its words directly, with no paragraph.
    if (isPoint(node) && children.length > 0 && children.every((child) => PHRASING.has(child.type))) {
      blocks.push(block('paragraph', node, inside));
      return;
    }
    for (const child of children) visit(child, inside);
  };
  visit(tree, undefined);
  return blocks;
}

function block(kind: TextBlock['kind'], node: MarkdownNode, point: MarkdownNode | undefined): TextBlock {
  const segments: Segment[] = [];
  let text = '';
  const add = (value: string, offset: number, strong: boolean, link: boolean) => {
    segments.push({ from: text.length, to: text.length + value.length, offset, strong, link });
    text += value;
  };
  const collect = (child: MarkdownNode, strong: boolean, link: boolean) => {
    const offset = child.position?.start.offset ?? 0;
    if (child.type === 'text' || child.type === 'inlineCode') add(child.value ?? '', offset, strong, link);
    else if (child.type === 'break') add(' ', offset, strong, link);
    else if (child.type !== 'image' && child.type !== 'imageReference') {
      for (const grandchild of child.children ?? []) collect(grandchild, strong || child.type === 'strong', link || child.type === 'link');
    }
  };
  for (const child of node.children ?? []) collect(child, false, false);
  return { kind, text, segments, node, point };
}

/** Is the character at `index` of the block's text inside **bold**? */
export function isStrongAt(block: TextBlock, index: number): boolean {
  return block.segments.some((segment) => segment.strong && index >= segment.from && index < segment.to);
}

export function isLinkAt(block: TextBlock, index: number): boolean {
  return block.segments.some((segment) => segment.link && index >= segment.from && index < segment.to);
}

/** Where the character at `index` of the block's text is in the file. */
export function offsetAt(block: TextBlock, index: number): number {
  const segment = block.segments.find((candidate) => index >= candidate.from && index < candidate.to) ?? block.segments.at(-1);
  if (!segment) return block.node.position?.start.offset ?? 0;
  return segment.offset + Math.min(index, segment.to) - segment.from;
}

// A sentence ends at . ! or ? (and any closing quote or bracket) followed by a space or the end.
const SENTENCE_END = /[.!?]+["'’”)\]]*(?=\s|$)/g;

export function sentencesOf(block: TextBlock): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = block.text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, from: start + leading, to: start + leading + trimmed.length, block });
  };
  for (const match of block.text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(block.text.length);
  return sentences;
}


/** Turns offsets in the file into line and column, as editors count them (from 1). */
export class SourceLines {
  readonly #location: ReturnType<typeof location>;

  constructor(source: string) {
    this.#location = location(source);
  }

  point(offset: number): SourcePoint {
    const { line, column } = this.#location.toPoint(offset) ?? { line: 1, column: 1 };
    return { line, column, offset };
  }

  /** The position of part of a block's text, for a message. */
  span(block: TextBlock, from: number, to: number): SourcePosition {
    return { start: this.point(offsetAt(block, from)), end: this.point(offsetAt(block, Math.max(from, to - 1)) + 1) };
  }
}

/** Whole-word, case-insensitive matches of `phrase` in `text`: "harass" does not match "harassment". */
export function findPhrase(text: string, phrase: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
