import { test } from 'node:test';
import assert from 'node:assert/strict';
import { irregularFormsByBase, withIrregularPhrases } from '#src/search/terms/irregular-phrases.ts';
import { termsInQuery } from '#src/search/terms/trust-terms.ts';
import { loadExceptions } from '#src/search/related-words/wordnet.ts';
import { correctedQueryWords, searchTerms } from '#src/search/search-query.ts';

test('a term\'s phrase is also found with an irregular form of a word: "blew the whistle" and "blown the whistle" for "blow the whistle"', async () => {
  const forms = irregularFormsByBase(await loadExceptions(['noun', 'verb']));
  const terms = withIrregularPhrases([{ phrase: 'blow the whistle', targets: ['whistleblowing'] }, { phrase: 'get the sack', targets: ['dismissal'] }], forms);
  const phrases = terms.map((each) => each.phrase);
  for (const phrase of ['blew the whistle', 'blown the whistle', 'got the sack']) assert.ok(phrases.includes(phrase), `${phrase} in ${phrases.join(', ')}`);
  assert.deepEqual(terms.find((each) => each.phrase === 'blown the whistle')?.targets, ['whistleblowing']);
  const query = 'a colleague has blown the whistle';
  assert.deepEqual(termsInQuery(correctedQueryWords(query, searchTerms(query)), terms).map((each) => each.target), ['whistleblowing']);
});

test('a doubled last letter is an ending, not another word: "on the spot" gains no "on the spotted", "kid" no "kidding"', async () => {
  const forms = irregularFormsByBase(await loadExceptions(['noun', 'verb']));
  assert.equal(forms.get('spot'), undefined);
  assert.equal(forms.get('kid'), undefined);
  assert.deepEqual(withIrregularPhrases([{ phrase: 'sacked on the spot', targets: ['gross misconduct'] }], forms).map((each) => each.phrase), ['sacked on the spot']);
});

test('a phrase already among the terms keeps its own targets, and no phrase is added twice', () => {
  const forms = new Map([['blow', ['blew', 'blown']]]);
  const terms = withIrregularPhrases([{ phrase: 'blow the whistle', targets: ['whistleblowing'] }, { phrase: 'blew the whistle', targets: ['protected disclosure'] }, { phrase: 'Blow the whistle!', targets: ['concern'] }], forms);
  assert.deepEqual(terms.filter((each) => each.phrase === 'blew the whistle').map((each) => each.targets), [['protected disclosure']]);
  assert.equal(terms.filter((each) => each.phrase === 'blown the whistle').length, 1);
});
