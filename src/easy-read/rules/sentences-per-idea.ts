import { easyReadRule } from '../rule.ts';
import { sentencesOf, SourceLines, textBlocks } from '../text.ts';

/** One idea at a time: a paragraph of many sentences is a page of small print by another name. */
export const sentencesPerIdea = easyReadRule({
  id: 'sentences-per-idea',
  summary: 'Each paragraph has at most 2 sentences.',
  explanation: [
    'Each point is one idea. A third sentence is usually a second idea.',
    'Give it a new point with its own picture, or a new paragraph in the same point if it explains the first.',
  ].join(' '),
  severity: 'error',
  options: { maxSentences: { default: 2, description: 'the most sentences a paragraph may have' } },
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="locked" alt="A padlock">',
        '',
        'Keep your password secret. Do not tell anyone, not even a friend.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="locked" alt="A padlock">',
        '',
        'Keep your password secret. Do not tell anyone. Lock your screen when you leave your computer.',
        '',
        '</Point>',
      ].join('\n'),
      messages: ['3:48: This paragraph has 3 sentences. Keep to 2: start a new point for the next idea'],
    },
  ],
}, (tree, file, _context, options) => {
  const maxSentences = options['maxSentences']!;
  const lines = new SourceLines(String(file.value));
  for (const block of textBlocks(tree)) {
    if (block.kind !== 'paragraph') continue;
    const sentences = sentencesOf(block);
    const first = sentences[maxSentences];
    if (!first) continue;
    file.message(
      `This paragraph has ${sentences.length} sentences. Keep to ${maxSentences}: start a new point for the next idea`,
      { place: lines.span(block, first.from, first.to) },
    );
  }
});
