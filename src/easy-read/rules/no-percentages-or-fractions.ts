import { easyReadRule } from '../rule.ts';
import { SourceLines, textBlocks } from '../text.ts';

const PERCENTAGE = /\d+(?:\.\d+)?\s?%|(?<![\p{L}])(?:per cent|percent|percentage|percentages)(?![\p{L}])/giu;
// 3/4 is a fraction; 14/07/2026 is a date and is left alone.
const FRACTION = /(?<![\d/])\d+\/\d+(?![\d/])|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?<![\p{L}])(?:a|one|two|three|four)\s+(?:half|halves|third|thirds|quarter|quarters|fifth|fifths)(?![\p{L}])/giu;

/** Percentages and fractions ask the reader to do sums in their head. */
export const noPercentagesOrFractions = easyReadRule({
  id: 'no-percentages-or-fractions',
  summary: 'No percentages or fractions.',
  explanation: [
    'Many readers cannot picture "25%" or "a quarter". Say it another way:',
    '"1 in 4 people", "most people", "some people", or the number itself.',
  ].join(' '),
  severity: 'error',
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
        'A tribunal can add up to 25% more money. That is a quarter more.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [
        '3:26: "25%" is a percentage, which is hard to picture. Say it another way, like "1 in 4" or "some"',
        '3:50: "a quarter" is a fraction, which is hard to picture. Say it another way, like "1 in 4" or "some"',
      ],
    },
  ],
}, (tree, file) => {
  const lines = new SourceLines(String(file.value));
  for (const block of textBlocks(tree)) {
    for (const [pattern, kind] of [[PERCENTAGE, 'a percentage'], [FRACTION, 'a fraction']] as const) {
      for (const match of block.text.matchAll(pattern)) {
        file.message(`"${match[0]}" is ${kind}, which is hard to picture. Say it another way, like "1 in 4" or "some"`, { place: lines.span(block, match.index, match.index + match[0].length) });
      }
    }
  }
});
