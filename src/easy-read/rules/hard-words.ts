import { easyReadRule } from '../rule.ts';
import { findPhrase, isLinkAt, isStrongAt, sentencesOf, SourceLines, textBlocks, type Sentence, type TextBlock } from '../text.ts';
import { HARD_WORDS } from '../word-lists.ts';

// "**Disrepute** means…", "**Harassment** is when…" or "**safeguarding**, which means…" explains the word in its own sentence.
const DEFINES = /^[\s,]+(?:which\s+)?(?:means|is when|is where|is what|is an?|are)\b/i;
// "Treating people unfairly is wrong. This is called **discrimination**." explains it just before.
const NAMES = /\b(?:this is called|is called|are called|we call this|known as)\s+$/i;

/**
 * Some hard words cannot be avoided ("harassment" is the word the law and the policy use). The
 * first time one appears it is in bold, and the very next sentence says what it means. Which words
 * are hard is decided by people, in word-lists.ts, not guessed.
 */
export const hardWords = easyReadRule({
  id: 'hard-words',
  summary: 'A hard word from the glossary is in bold the first time, and explained in the next sentence.',
  explanation: [
    'Use an everyday word if there is one. When the hard word is needed, for example because it is the word the policy uses,',
    'put it in bold the first time (`**harassment**`) and say what it means in the same point: in the next sentence,',
    'in the same sentence ("**Disrepute** means a bad name", "**safeguarding**, which means…"), or just before it',
    '("Do not treat people unfairly. This is called **discrimination**.").',
    'Use the same word for the same thing every time after that. The glossary is in `src/easy-read/word-lists.ts`:',
    'add a word there when readers find it hard. The words of a link (often the name of another policy) are not checked.',
  ].join(' '),
  severity: 'error',
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="speak-no-evil-monkey" alt="A monkey covering its mouth">',
        '',
        'Some things at work are **confidential**. This means they are private.',
        '',
        'Do not share confidential things on social media.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="prohibited" alt="A sign that says no">',
        '',
        'Do not treat anyone unfairly because of who they are. This is called **discrimination**.',
        '',
        'Keeping children safe is called **safeguarding**, which means protecting them from harm.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="speak-no-evil-monkey" alt="A monkey covering its mouth">',
        '',
        'Do not share confidential things on social media.',
        '',
        '</Point>',
        '',
        '<Point picture="angry-face" alt="An angry face">',
        '',
        'Do not post anything that is **harassment**.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [
        '3:14: "confidential" is a hard word. Use an easier word if you can, like "private". If you need it, put it in bold the first time (**confidential**) and say what it means in the next sentence',
        '9:32: "harassment" is in bold but not explained. Say what it means in the next sentence of this point',
      ],
    },
  ],
}, (tree, file) => {
  const lines = new SourceLines(String(file.value));
  const blocks = textBlocks(tree).filter((block) => block.kind === 'paragraph');
  for (const hard of HARD_WORDS) {
    const first = firstUse(blocks, hard.forms);
    if (!first) continue;
    const { block, index, length } = first;
    const written = block.text.slice(index, index + length);
    const place = lines.span(block, index, index + length);
    if (!isStrongAt(block, index)) {
      const plainer = hard.plainer ? `Use an easier word if you can, like "${hard.plainer}". ` : '';
      file.message(`"${written}" is a hard word. ${plainer}If you need it, put it in bold the first time (**${written}**) and say what it means in the next sentence`, { place });
    } else if (!isExplained(blocks, block, index, length)) {
      file.message(`"${written}" is in bold but not explained. Say what it means in the next sentence of this point`, { place });
    }
  }
});

function firstUse(blocks: readonly TextBlock[], forms: readonly string[]): { block: TextBlock; index: number; length: number } | undefined {
  for (const block of blocks) {
    let best: { index: number; length: number } | undefined;
    for (const form of forms) {
      // A link's words name a document ("the Whistleblowing Procedure"): the name is not the place to explain a word.
      const index = findPhrase(block.text, form).find((candidate) => !isLinkAt(block, candidate));
      if (index !== undefined && (best === undefined || index < best.index)) best = { index, length: form.length };
    }
    if (best) return { block, ...best };
  }
  return undefined;
}

/** Explained: its own sentence defines or names it, or another sentence follows it in the same point. */
function isExplained(blocks: readonly TextBlock[], block: TextBlock, index: number, length: number): boolean {
  const sentences = sentencesOf(block);
  const at = sentences.findIndex((sentence: Sentence) => index >= sentence.from && index < sentence.to);
  if (DEFINES.test(block.text.slice(index + length))) return true;
  // "This is called **gross misconduct**" names "misconduct" too: look before the whole bold phrase.
  const boldStart = block.segments.find((segment) => segment.strong && index >= segment.from && index < segment.to)?.from ?? index;
  const before = block.text.slice(at >= 0 ? sentences[at]!.from : 0, boldStart);
  const position = blocks.indexOf(block);
  const previous = blocks[position - 1];
  if (NAMES.test(before) && (at > 0 || (previous !== undefined && block.point !== undefined && previous.point === block.point))) return true;
  if (at >= 0 && at < sentences.length - 1) return true;
  const next = blocks[position + 1];
  return next !== undefined && block.point !== undefined && next.point === block.point;
}
