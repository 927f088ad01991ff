import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctedQuery, joinedCompounds, MAX_QUERY_LENGTH, searchTerms, tidyQuery, withCompoundsResolved, wordsToAsk } from '#src/search/search-query.ts';
import { hasEveryTerm } from '#src/search/search-matching.ts';
import { isFormOf } from '#src/search/word-forms.ts';

test('a question keeps only the words that carry its meaning', () => {
  assert.deepEqual(searchTerms('can I accept a friend request from a parent'), ['accept', 'friend', 'request', 'parent']);
  assert.deepEqual(searchTerms('What happens at a disciplinary hearing?'), ['disciplinary', 'hearing']);
  assert.deepEqual(searchTerms('colleague keeps asking me out even though i said no'), ['colleague', 'keeps', 'asking', 'out']);
  assert.deepEqual(searchTerms("I'm being bullied by my manager"), ['bullied', 'manager']);
  assert.deepEqual(searchTerms('someone got me sacked'), ['sacked']);
  assert.deepEqual(searchTerms('treated worse since i complained'), ['treated', 'worse', 'complained'], '"since" only joins the question');
  assert.deepEqual(searchTerms('can u tell me if i don’t have to pls'), ['tell'], 'as typed on a phone');
});

test('the small words WordNet does not list are not searched for, so they are never taken for slips', () => {
  assert.deepEqual(searchTerms('keep getting sign in approvals on my phone that arent me'), ['keep', 'sign', 'approvals', 'phone'], 'not "parent"');
  assert.deepEqual(searchTerms('whose job is it to check'), ['job', 'check'], 'not "those"');
  assert.deepEqual(searchTerms("that's not fair, I haven't done anything wrong"), ['fair', 'wrong']);
});

test('a corrected question is shown as typed, with only the slips put right', () => {
  assert.equal(correctedQuery('What counts as harrasment?', ['counts', 'harassment']), 'What counts as harassment?');
  assert.equal(correctedQuery('Harrasment', ['harassment']), 'Harassment', 'a capital stays');
  assert.equal(correctedQuery('my  insta has been "hakced"!', ['insta', 'hacked']), 'my insta has been "hacked"!');
  assert.equal(correctedQuery('can i bring my union rep to a disiplinary', ['bring', 'union', 'rep', 'disciplinary']), 'can i bring my union rep to a disciplinary');
});

test('a hyphenated word is searched joined when the policies have it joined, as its parts when they have the parts, and joined when it is an English word; a slash parts words', () => {
  const known = new Set(['email', 'whistleblowing', 'social', 'media', 'worker', 'part', 'time', 'year']);
  const english = new Set(['parttime', 'coworker']);
  const words = { isKnown: (word: string) => known.has(word), isEnglish: (word: string) => english.has(word) };
  assert.equal(withCompoundsResolved('E-mail from a parent', words), 'Email from a parent');
  assert.equal(withCompoundsResolved('whistle-blowing?', words), 'whistleblowing?');
  assert.equal(withCompoundsResolved('social-media rules', words), 'social media rules', 'no policy writes "social-media"');
  assert.equal(withCompoundsResolved('part-time', words), 'part time', 'the policies have both parts');
  assert.equal(withCompoundsResolved('co-worker', words), 'coworker', 'an English word, whose related words are the policies\' ("colleague")');
  assert.equal(withCompoundsResolved('co-worker', { ...words, isEnglish: () => false }), 'worker', '"co" would match the start of every "colleague" and "code"');
  assert.equal(withCompoundsResolved('year-9 trip', words), 'year 9 trip', 'a number is kept');
  assert.equal(withCompoundsResolved('off sick - again', words), 'off sick - again', 'a dash on its own is not a word');
  assert.equal(withCompoundsResolved('safeguarding/child protection', words), 'safeguarding child protection', 'a slash always parts words');
  assert.equal(withCompoundsResolved('e-mail/social-media', words), 'email social media');
  assert.equal(withCompoundsResolved('“social-media”, the year’s-end', words), '“social media”, the year\'s end', 'punctuation kept, and a curly apostrophe is no bar');
  assert.deepEqual(joinedCompounds('Co-worker and e-mail/social-media, not - this'), ['coworker', 'email', 'socialmedia'], 'what to look up first');
});

test('words people search for on their own are kept as typed', () => {
  for (const query of ['twitter', 'X', 'phone', 'bullying', 'grievance', 'whistleblowing', 'facebook']) assert.deepEqual(searchTerms(query), [query]);
  assert.deepEqual(searchTerms('  disciplinary   hearing '), ['disciplinary', 'hearing']);
  assert.deepEqual(searchTerms('"whistle-blowing",'), ['whistle-blowing']);
});

test('a query of only small words is searched as it is, rather than as nothing', () => {
  assert.deepEqual(searchTerms('can I'), ['can', 'I']);
  assert.deepEqual(searchTerms('  '), []);
});

test('a query is tidied and kept to a sensible length', () => {
  assert.equal(tidyQuery(' friend \n request '), 'friend request');
  assert.equal(tidyQuery('a'.repeat(500)).length, MAX_QUERY_LENGTH);
});

test('a word on the page counts as the word typed when it is a form of it', () => {
  for (const [typed, onPage] of [['request', 'requests,'], ['twitter', 'Twitter;'], ['days', 'day'], ['phones', 'phone'], ['frie', 'friend'], ['X', 'X,'], ['hearing', 'hears'], ['dismissed', 'dismissal'], ['sacked', 'sacking'], ['harass', 'harassment']]) {
    assert.equal(isFormOf(typed!, onPage!), true, `${onPage} for ${typed}`);
  }
});

test('a word Pagefind cut short, or matched as the start of a different word, does not count', () => {
  for (const [typed, onPage] of [['xyzzy', 'X,'], ['freind', 'from'], ['freind', 'friend'], ['mobile', 'mob'], ['parent', ''], ['passed', 'passwords'], ['out', 'outcomes'], ['part', 'particular'], ['classed', 'classroom'], ['class', 'classroom'], ['friendly', 'friend'], ['seems', 'see']]) {
    assert.equal(isFormOf(typed!, onPage!), false, `${onPage} for ${typed}`);
  }
});

test('a page has every term only if each has a form of itself among the page\'s matches', () => {
  const page = { content: 'X, Twitter, friend request, parent.', anchors: [], weighted_locations: [0, 2].map((location) => ({ location, weight: 1, balanced_score: 1 })) };
  assert.equal(hasEveryTerm(['friend'], page), true);
  assert.equal(hasEveryTerm(['xyzzy'], page), false);
  assert.equal(hasEveryTerm(['friend', 'xyzzy'], page), false);
});

test('a long question is searched for its rarest words; a short one for all of them', () => {
  const usage = ['policy', 'staff', 'manager', 'shouting', 'children'];
  const commonness = (word: string) => (usage.includes(word) ? usage.indexOf(word) : Number.POSITIVE_INFINITY);
  assert.deepEqual([...wordsToAsk(['manager', 'shouting'], commonness)].sort(), [0, 1]);
  const words = ['policy', 'staff', 'manager', 'shouting', 'children', 'eleven'];
  assert.deepEqual([...wordsToAsk(words, commonness, 3)].sort(), [3, 4, 5], 'the rarest three: a word the index lacks, then the least used');
  assert.deepEqual([...wordsToAsk(['shouting', 'manager', 'Shouting'], commonness)].sort(), [0, 1], 'a word typed twice is asked once');
});
