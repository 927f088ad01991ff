import type { DiffBlock, DiffPart } from '#src/versions/text-diff.ts';
import { escapeMarkup } from '#src/pdf/escape.ts';

/*
 * Changes marked so that they survive black-and-white printing and reach a screen reader: inserted
 * words are underlined and deleted words struck through, and every change is also announced in words
 * that print ("[inserted:] … [end of insertion]"). Typst cannot tag a span as an insertion or a
 * deletion, so the words are the only mark a screen reader gets; colour is never used.
 */

export const MARK_WORDS = {
  inserted: { start: '[inserted:]', end: '[end of insertion]' },
  deleted: { start: '[deleted:]', end: '[end of deletion]' },
} as const;

const BLOCK_NAMES: Record<DiffBlock['kind'], string> = { heading: 'heading', paragraph: 'paragraph', item: 'list item' };

/** The labels around a whole heading, paragraph or list item that is new or taken out. */
export function wholeBlockWords(kind: DiffBlock['kind'], change: 'added' | 'removed'): { start: string; end: string } {
  const name = BLOCK_NAMES[kind];
  return change === 'added'
    ? { start: `[New ${name}:]`, end: `[end of new ${name}]` }
    : { start: `[Removed ${name}:]`, end: `[end of removed ${name}]` };
}

const label = (words: string) => `#strong[${escapeMarkup(words)}]`;

function marked(text: string, change: 'added' | 'removed', words: { start: string; end: string }): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (core === '') return escapeMarkup(text);
  const shown = change === 'added' ? `#underline[${escapeMarkup(core)}]` : `#strike[${escapeMarkup(core)}]`;
  return `${escapeMarkup(lead)}${label(words.start)} ${shown} ${label(words.end)}${escapeMarkup(trail)}`;
}

/** One block's words with its insertions and deletions marked, as Typst markup on one line. */
export function markedWords(parts: readonly DiffPart[]): string {
  let previousChanged = false;
  return parts.map((part) => {
    if (part.change === 'same') {
      previousChanged = false;
      return escapeMarkup(part.text);
    }
    // A deletion straight after an insertion ("networking" to "media") would otherwise touch it.
    const gap = previousChanged && !/^\s/.test(part.text) ? ' ' : '';
    previousChanged = true;
    return gap + marked(part.text, part.change, part.change === 'added' ? MARK_WORDS.inserted : MARK_WORDS.deleted);
  }).join('');
}

function wholeChange(block: DiffBlock): 'added' | 'removed' | undefined {
  const [only] = block.parts;
  return block.parts.length === 1 && only && only.change !== 'same' ? only.change : undefined;
}

function blockBody(block: DiffBlock): string {
  const whole = wholeChange(block);
  if (!whole) return markedWords(block.parts);
  return marked(block.parts[0]!.text, whole, wholeBlockWords(block.kind, whole));
}

/**
 * The compared text as Typst markup: headings stay headings (a removed one becomes a marked paragraph,
 * so no bookmark leads to words that are going), paragraphs stay paragraphs, and list items are lists
 * again, nested as they were. A whole new or removed block also has a rule in the margin beside it.
 */
export function markedText(blocks: readonly DiffBlock[]): string {
  const out: string[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'item') {
      const run: DiffBlock[] = [];
      while (blocks[index]?.kind === 'item') run.push(blocks[index++]!);
      index--;
      out.push(`#list(tight: true, ${listEntries(run, Math.min(...run.map((item) => item.depth))).join(', ')})`);
      continue;
    }
    const whole = wholeChange(block);
    if (block.kind === 'heading' && whole !== 'removed') {
      out.push(`#heading(level: ${Math.min(6, Math.max(2, block.depth))})[${blockBody(block)}]`);
      continue;
    }
    out.push(whole ? `#block(stroke: (left: 2pt), inset: (left: 0.6em))[${blockBody(block)}]` : blockBody(block));
  }
  return out.join('\n\n');
}

function listEntries(items: readonly DiffBlock[], depth: number): string[] {
  const entries: { item: DiffBlock; children: DiffBlock[] }[] = [];
  for (const item of items) {
    const parent = entries.at(-1);
    if (parent && item.depth > depth) parent.children.push(item);
    else entries.push({ item, children: [] });
  }
  return entries.map(({ item, children }) => {
    const nested = children.length > 0 ? ` #list(tight: true, ${listEntries(children, depth + 1).join(', ')})` : '';
    return `[${blockBody(item)}${nested}]`;
  });
}
