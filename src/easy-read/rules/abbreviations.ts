import { baseAbbreviation, capitalRuns, isCapitalBlock } from '../capitals.ts';
import { easyReadRule } from '../rule.ts';
import { escapeRegExp, findPhrase, SourceLines, textBlocks, type TextBlock } from '../text.ts';
import { ABBREVIATIONS, LATIN_ABBREVIATIONS, PLAIN_CAPITALS } from '../word-lists.ts';

const MIXED_CASE = ABBREVIATIONS.map((entry) => entry.abbreviation).filter((abbreviation) => abbreviation !== abbreviation.toUpperCase());
const LATIN = new RegExp(`(?<![\\p{L}.])(${Object.keys(LATIN_ABBREVIATIONS).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');

/**
 * Abbreviations are a code the reader has to know. The first time one is used, its meaning is in
 * the same point; one the glossary does not know is written out in full.
 */
export const abbreviations = easyReadRule({
  id: 'abbreviations',
  summary: 'An abbreviation has its meaning in the same point the first time it is used; Latin short forms are written out.',
  explanation: [
    'Write the words in full if you can. If readers will meet the abbreviation at work (DSL, HR),',
    'say what it means the first time, in the same point: "the designated safeguarding lead (DSL)".',
    'Write "for example" instead of "e.g.". Known abbreviations and their meanings are in `src/easy-read/word-lists.ts`.',
  ].join(' '),
  severity: 'error',
  examples: [
    {
      name: 'ok.mdx',
      source: [
        '<Point picture="office-worker" alt="A person at work">',
        '',
        'The chief executive leads the Trust. We call them the CEO.',
        '',
        '</Point>',
        '',
        '<Point picture="telephone" alt="A telephone">',
        '',
        'You can phone the CEO.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      source: [
        '<Point picture="teacher" alt="A teacher">',
        '',
        'Tell the DSL straight away.',
        '',
        'Social media sites, e.g. Facebook, are public.',
        '',
        'Ask the SBM for help.',
        '',
        '</Point>',
      ].join('\n'),
      messages: [
        '3:10: "DSL" is an abbreviation. The first time you use it, say what it means in the same point, like "designated safeguarding lead (DSL)"',
        '5:21: Write "for example" instead of "e.g."',
        '7:9: "SBM" looks like an abbreviation that the glossary does not know. Write the words in full. If it is a word, write it in small letters',
      ],
    },
  ],
}, (tree, file) => {
  const lines = new SourceLines(String(file.value));
  const blocks = textBlocks(tree);
  const explained = new Set<string>();
  for (const block of blocks) {
    for (const match of block.text.matchAll(LATIN)) {
      const written = match[0];
      file.message(`Write "${LATIN_ABBREVIATIONS[written.toLowerCase()]}" instead of "${written}"`, { place: lines.span(block, match.index, match.index + written.length) });
    }
    const words = capitalRuns(block.text).filter((run) => !isCapitalBlock(run)).flat();
    for (const abbreviation of MIXED_CASE) {
      for (const index of findPhrase(block.text, abbreviation)) {
        if (block.text.slice(index, index + abbreviation.length) === abbreviation) words.push({ word: abbreviation, index });
      }
    }
    for (const { word, index } of words.sort((a, b) => a.index - b.index)) {
      const base = baseAbbreviation(word);
      if (PLAIN_CAPITALS.includes(base) || explained.has(base)) continue;
      const place = lines.span(block, index, index + word.length);
      const entry = ABBREVIATIONS.find((candidate) => candidate.abbreviation === base);
      if (!entry) {
        explained.add(base);
        file.message(`"${base}" looks like an abbreviation that the glossary does not know. Write the words in full. If it is a word, write it in small letters`, { place });
        continue;
      }
      if (block.kind === 'heading') continue;
      explained.add(base);
      const nearby = wordsOfPoint(blocks, block).toLowerCase();
      if (entry.meanings.some((meaning) => nearby.includes(meaning.toLowerCase()))) continue;
      file.message(`"${base}" is an abbreviation. The first time you use it, say what it means in the same point, like "${entry.meanings[0]} (${base})"`, { place });
    }
  }
});

/** The words of the point a block is in, or of the block alone when it is in none. */
function wordsOfPoint(blocks: readonly TextBlock[], block: TextBlock): string {
  if (!block.point) return block.text;
  return blocks.filter((candidate) => candidate.point === block.point).map((candidate) => candidate.text).join(' ');
}
