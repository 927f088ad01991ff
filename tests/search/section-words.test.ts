import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { formatProblem } from '#src/policy/problem.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { sectionWordsIn, sectionWordsProblems } from '#src/search/section-words.ts';
import { readSearchTerms, searchTermProblems } from '#src/search/terms/search-terms-file.ts';

function tree(source: string): Root {
  const parsed = parsePolicyText(source);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

test('section search words under a heading are read, each word once', () => {
  const text = tree('## Sick leave\n<SearchWords words="off sick, poorly , doctor\'s note" />\n\nText.\n');
  assert.deepEqual(sectionWordsIn(text), [{ line: 2, column: 1, words: ['off sick', 'poorly', "doctor's note"] }]);
  assert.deepEqual(sectionWordsProblems('policies/x/index.mdx', text), []);
});

test('a lettered paragraph can have its own search words, after its text or after its bullet list; a plain paragraph cannot', () => {
  const text = tree([
    '## Boundaries', '', 'Staff must:', '', 'A. keep records;', '<SearchWords words="notes of meetings" />', '',
    'B. avoid being alone with a pupil:', '', '- in a closed room', '- in a car', '', '<SearchWords words="one to one, door shut" />', '',
    'C. report concerns.', '', 'After the list.', '<SearchWords words="afterwards" />', '',
  ].join('\n'));
  assert.deepEqual(sectionWordsIn(text).map((entry) => [entry.line, entry.words]), [[6, ['notes of meetings']], [13, ['one to one', 'door shut']], [18, ['afterwards']]]);
  assert.deepEqual(sectionWordsProblems('policies/x/index.mdx', text).map((problem) => problem.line), [18], 'only the words after a plain paragraph are out of place');
});

test('misplaced, empty, repeated and small-word-only search words are refused with the file and line', () => {
  const text = tree([
    'Opening.', '', '<SearchWords words="early" />', '', '## A', '<SearchWords words="" />', '', '## B', '<SearchWords words="sick,, poorly" />',
    '', '## C', '<SearchWords words="Poorly" />', '', '## D', '<SearchWords words="who to go to, who to go to about bullying" />', '',
  ].join('\n'));
  assert.deepEqual(sectionWordsProblems('policies/x/index.mdx', text).map(formatProblem), [
    'policies/x/index.mdx:3:1: SearchWords: belongs on the line straight after a section\'s heading, or after a lettered paragraph ("A. …"), on a line of its own. Move it under the heading or paragraph it is for, like: ## Absence through illness, then on the next line <SearchWords words="off sick, poorly, doctor\'s note" />.',
    'policies/x/index.mdx:6:1: SearchWords: has no words. Write the words staff use for this section, separated by commas, like <SearchWords words="off sick, poorly, doctor\'s note" />.',
    'policies/x/index.mdx:9:1: SearchWords: "sick,, poorly" has an empty entry (two commas together, or a comma at one end). Remove the extra comma, like words="off sick, poorly".',
    'policies/x/index.mdx:12:1: SearchWords: "Poorly" is given twice (also on line 9). Give each word once, for the one section it belongs to.',
    'policies/x/index.mdx:15:1: SearchWords: "who to go to" has only small words, which search leaves out, so it would never find this section. Add a word that says what it is about, like "who to go to about bullying".',
  ]);
});

test('the Trust\'s search terms: a target no policy uses names the nearest words that are; a loop is refused', () => {
  const { terms, problems } = readSearchTerms('sacked: dismissal\noff sick: [sickness absense]\ndismissal: sacked\n');
  assert.deepEqual(problems, []);
  const found = searchTermProblems(terms, ['dismissal', 'sickness', 'absence', 'absent', 'sacked']).map(formatProblem);
  assert.equal(found[0], 'trust/search-terms.yaml:2: off sick: "sickness absense" is not in any policy ("absense" is in none), so it would find nothing. Use words the policies use; the nearest that are: for "absense": absence, absent.');
  assert.match(found[1]!, /^trust\/search-terms\.yaml:1: sacked: leads back to itself: sacked → dismissal → sacked\./);
  assert.equal(readSearchTerms('sacked: dismissal\nsacked: fired\n').problems.map(formatProblem)[0], 'trust/search-terms.yaml:2: sacked: is already on line 1. Give each term once, with all its words in one [list].');
});
