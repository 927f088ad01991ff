import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUpWord } from '#src/search/search-warm-up.ts';

test('the search page warms up on the policies\' commonest word, never a small word search leaves out', () => {
  assert.equal(warmUpWord({ the: 1000, and: 1000, staff: 640, policy: 980, report: 620 }), 'policy');
});

test('between words on as many pages the first in the alphabet is chosen, so every visit warms up alike', () => {
  assert.equal(warmUpWord({ trust: 1000, manager: 1000, policy: 1000 }), 'manager');
});

test('with no common word there is nothing to warm up on', () => {
  assert.equal(warmUpWord({}), undefined);
  assert.equal(warmUpWord({ the: 14, and: 14 }), undefined);
});
