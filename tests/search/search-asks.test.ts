import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagesWithCommonWord, planAsks } from '#src/search/search-asks.ts';
import { commonWordsOf } from '#src/search/search-vocabulary.ts';

const facts = (common: Record<number, number>, unknown: number[] = []) => ({
  commonOn: (index: number) => common[index],
  isKnown: (index: number) => !unknown.includes(index),
});

test('a word on many pages is asked with the rarer words typed, and alone only if they find too little', () => {
  // "flexible working request": "flexible" is rare, the other two are on a third of the pages.
  assert.deepEqual(planAsks([0, 1, 2], facts({ 1: 600, 2: 500 })), { alone: [0], together: [[0, 1], [0, 2]], later: [1, 2] });
  assert.deepEqual(planAsks([3, 0, 1, 2], facts({ 1: 600, 2: 500 })), { alone: [3, 0], together: [[1, 3], [0, 1], [2, 3], [0, 2]], later: [1, 2] }, 'with the two rarest words only');
});

test('with no rarer word the index has, the common words are asked together', () => {
  assert.deepEqual(planAsks([0, 1], facts({ 0: 600, 1: 620 })), { alone: [], together: [[0, 1]], later: [0, 1] }, '"complaint investigation"');
  assert.deepEqual(planAsks([2, 0, 1], facts({ 0: 600, 1: 620 }, [2])), { alone: [2], together: [[0, 1]], later: [0, 1] }, 'a word the index does not have finds nothing in company');
  assert.deepEqual(planAsks([1, 0], facts({ 0: 600 }, [1])), { alone: [1, 0], together: [], later: [] }, 'one common word has nothing to be asked with');
});

test('without common words, or with one word, each word is asked alone', () => {
  assert.deepEqual(planAsks([0, 1], facts({})), { alone: [0, 1], together: [], later: [] });
  assert.deepEqual(planAsks([0], facts({ 0: 600 })), { alone: [0], together: [], later: [] });
});

test('the build counts the pages each common word is on; a form of it typed counts as it', () => {
  const common = commonWordsOf([['Working hours', 'a request'], ['Flexible working'], ['Requests to work from home'], ['Working well']], 1 / 2);
  assert.deepEqual(common, { working: 3 }, 'on at least half of the four pages; letters alone ("a") are not words');
  assert.equal(pagesWithCommonWord('Working', common), 3);
  assert.equal(pagesWithCommonWord('worked', common), 3, 'a form of a common word is as common');
  assert.equal(pagesWithCommonWord('flexible', common), undefined);
});
