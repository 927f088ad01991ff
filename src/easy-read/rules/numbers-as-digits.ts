import { easyReadRule } from '../rule.ts';
import { SourceLines, textBlocks } from '../text.ts';
import { NUMBER_WORDS } from '../word-lists.ts';

const NUMBER_WORD = new RegExp(`(?<![\\p{L}-])(${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}-])`, 'giu');

/** "5 days" is quicker to read than "five days". A warning, because a number word is sometimes right. */
export const numbersAsDigits = easyReadRule({
  id: 'numbers-as-digits',
  summary: 'Numbers are written as digits: 5, not five.',
  explanation: [
    'Digits are easier to spot and to read than words. Write "5 working days", not "five working days".',
    'This is a warning, not an error: the build still passes, because a number word is sometimes the right choice.',
  ].join(' '),
  severity: 'warning',
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="calendar" alt="A calendar">',
        '',
        'You will hear back within 5 working days.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="calendar" alt="A calendar">',
        '',
        'You will hear back within five working days.',
        '',
        '</Point>',
      ].join('\n'),
      messages: ['3:27: Write numbers as digits: "5", not "five"'],
    },
  ],
}, (tree, file) => {
  const lines = new SourceLines(String(file.value));
  for (const block of textBlocks(tree)) {
    for (const match of block.text.matchAll(NUMBER_WORD)) {
      const digits = NUMBER_WORDS[match[0].toLowerCase()];
      file.message(`Write numbers as digits: "${digits}", not "${match[0]}"`, { place: lines.span(block, match.index, match.index + match[0].length) });
    }
  }
});
