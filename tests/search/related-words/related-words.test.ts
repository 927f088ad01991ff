import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseForms } from '#src/search/related-words/base-forms.ts';
import { isDictionaryWord, relatedToTyped, relatedWords, relatedWordsShards, type RelatedWord } from '#src/search/related-words/related-words.ts';
import { loadWordNet, readExceptions, readSenses, readSynsets, type WordNet } from '#src/search/related-words/wordnet.ts';

/**
 * Words that mean nearly the same, from the real WordNet the site ships with: what a member of staff
 * types ("sacked", "cousin") leads to the words the policies use ("dismissal", "relative").
 */
let wordnet: WordNet;
before(async () => { wordnet = await loadWordNet(); });

const related = (vocabulary: string[]) => relatedWordsShards(relatedWords(wordnet, vocabulary));
const words = (found: readonly RelatedWord[]) => found.map(([word]) => word);

test('a word staff type leads to the policies\' own words for it, closest first, and only to words the policies use', () => {
  const shards = related(['dismissal', 'relative', 'confidential', 'evidence', 'newspapers', 'policy']);
  assert.ok(words(relatedToTyped('sacked', shards)).includes('dismissal'), 'sacked → dismissal');
  assert.ok(words(relatedToTyped('cousin', shards)).includes('relative'), 'cousin → relative');
  assert.ok(words(relatedToTyped('private', shards)).includes('confidential'), 'private → confidential');
  assert.ok(words(relatedToTyped('proof', shards)).includes('evidence'), 'proof → evidence');
  assert.ok(words(relatedToTyped('Paper', shards)).includes('newspapers'), 'the policies\' spelling of the word, in any case typed');
  for (const typed of ['sacked', 'cousin', 'private', 'proof', 'paper']) {
    const found = relatedToTyped(typed, shards);
    assert.ok(found.length <= 4, `${typed}: a few words, not everything`);
    assert.deepEqual([...found].sort((a, b) => b[1] - a[1]), found, `${typed}: closest first`);
    assert.ok(found.every(([, weight]) => weight > 0 && weight <= 1), `${typed}: weights between 0 and 1`);
  }
});

test('a word is never related to a form of itself, nor to a word that only looks like an inflection of it', () => {
  const shards = related(['dismissed', 'dismissal', 'sacking', 'cater']);
  assert.ok(!words(relatedToTyped('sack', shards)).includes('sacking'), 'search finds "sacking" for "sack" anyway');
  assert.ok(!words(relatedToTyped('cat', shards)).includes('cater'), '"cater" is not a comparative of "cat"');
  assert.ok(words(relatedToTyped('fired', shards)).includes('dismissed'), 'the policies\' own form of the word');
});

test('every English word is listed, with or without related words, so a real word is never "corrected"', () => {
  const shards = related(['dismissal']);
  for (const word of ['match', 'hugged', 'parties', 'Netball']) assert.equal(isDictionaryWord(word, shards), true, word);
  for (const word of ['harrasment', 'whistelblowing', 'xyzzy']) assert.equal(isDictionaryWord(word, shards), false, word);
});

test('a form no ending makes ("rang", "wrote") or a hyphenated word typed joined ("coworker") is a real word, and leads to the policies\' words', () => {
  const shards = related(['writing', 'teaching', 'child']);
  for (const word of ['rang', 'wrote', 'children', 'taught']) assert.equal(isDictionaryWord(word, shards), true, word);
  assert.equal(words(relatedToTyped('wrote', shards))[0], 'writing');
  assert.equal(words(relatedToTyped('taught', shards))[0], 'teaching');
  assert.equal(words(relatedToTyped('children', shards))[0], 'child');
  assert.deepEqual(words(relatedToTyped('coworker', related(['colleague']))), ['colleague'], 'a hyphenated word ("co-worker") typed joined');
  assert.deepEqual(readExceptions('rang ring\nbetter good well\n\n'), new Map([['rang', ['ring']], ['better', ['good', 'well']]]));
});

test('the forms a word may be an inflection of, by WordNet\'s rules', () => {
  assert.ok(baseForms('parties').includes('party'));
  assert.ok(baseForms('hugging').includes('hug'));
  assert.ok(baseForms('dismissed').includes('dismiss'));
  assert.ok(baseForms('watches').includes('watch'));
  assert.deepEqual(baseForms('bus'), ['bus'], 'a short word is left as it is');
});

test('WordNet\'s files are read as their format says: words, the links between sets of them, and each word\'s senses commonest first', () => {
  const synsets = readSynsets([
    '  1 This software and database is being provided to you, the LICENSEE, by',
    '02405252 41 v 04 dismiss 0 displace 0 fire 0 sack 0 003 @ 02404436 v 0000 + 00218707 n 0401 ! 02408023 v 0101 01 + 09 00 | terminate the employment of',
  ].join('\n'), 'v');
  assert.deepEqual(synsets.get('v02405252'), {
    words: ['dismiss', 'displace', 'fire', 'sack'],
    links: [{ relation: 'broader', synset: 'v02404436', from: 0, to: 0 }, { relation: 'derived', synset: 'n00218707', from: 4, to: 1 }],
  }, 'the licence is skipped; antonyms (!) are not kept');
  const senses = readSenses('sack v 4 3 @ ~ + 4 1 02405252 01484103 01532435 02078834\n', 'verb');
  assert.deepEqual(senses.get('sack'), { verb: ['v02405252', 'v01484103', 'v01532435', 'v02078834'] });
});
