import { easyReadRule } from '../rule.ts';
import { wordsIn } from '#src/policy/words.ts';
import { sentencesOf, SourceLines, textBlocks } from '../text.ts';

/**
 * Long sentences are the commonest reason easy read is not easy. Each item in a list counts as
 * a sentence of its own, and so does a heading.
 */
export const sentenceLength = easyReadRule({
  id: 'sentence-length',
  summary: 'Each sentence has 15 words or fewer.',
  explanation: [
    'A long sentence asks the reader to hold many words in mind before it makes sense.',
    'Easy read guidance says 15 words at most, and 10 is better.',
    'Split a long sentence into two, with one idea in each. Each item in a list counts as a sentence.',
  ].join(' '),
  severity: 'error',
  options: { maxWords: { default: 15, description: 'the most words a sentence may have' } },
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="mobile-phone" alt="A mobile phone">',
        '',
        'Do not use social media on school computers. You can use it on your own phone at break time.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="mobile-phone" alt="A mobile phone">',
        '',
        'Employees must limit their personal use of social media on their own equipment to outside of their professional commitments.',
        '',
        '</Point>',
      ].join('\n'),
      messages: ['3:1: This sentence has 19 words. Keep each sentence to 15 words or fewer: split it into short sentences with one idea each'],
    },
  ],
}, (tree, file, _context, options) => {
  const maxWords = options['maxWords']!;
  const lines = new SourceLines(String(file.value));
  for (const block of textBlocks(tree)) {
    for (const sentence of sentencesOf(block)) {
      const count = wordsIn(sentence.text).length;
      if (count <= maxWords) continue;
      file.message(
        `This sentence has ${count} words. Keep each sentence to ${maxWords} words or fewer: split it into short sentences with one idea each`,
        { place: lines.span(block, sentence.from, sentence.to) },
      );
    }
  }
});
