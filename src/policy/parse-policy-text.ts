import { mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

export type ParsedText = { ok: true; tree: Root } | { ok: false; line: number; column: number; message: string };

const POSITIONED = /^(\d+):(\d+): (.*?)(?: \([a-z-]+:[a-z-]+\))?$/s;

/** Reads a policy file's text (frontmatter included, so positions are the file's own lines). */
export function parsePolicyText(source: string): ParsedText {
  try {
    return { ok: true, tree: mdxToMdast(source, { features: MARKDOWN_FEATURES }) as Root };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = POSITIONED.exec(text);
    const detail = (match?.[3] ?? text).replace(/\s*\(\d+:\d+\)/, '');
    return {
      ok: false,
      line: Number(match?.[1] ?? 1),
      column: Number(match?.[2] ?? 1),
      message: `the text cannot be read here: ${detail.replace(/\.$/, '')}. In policy text, { } and < > have special meanings: write \\{ \\} \\< or \\>, or use words instead`,
    };
  }
}
