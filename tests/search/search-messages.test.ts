import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResults, describeSection, resultLabels } from '#src/search/search-messages.ts';

test('the result count a screen reader announces', () => {
  assert.equal(describeResults({ count: 1, query: 'twitter', partial: false, filtered: false }), '1 result for “twitter”.');
  assert.equal(describeResults({ count: 7, query: 'bullying', partial: false, filtered: true }), '7 results for “bullying” with the filters you chose.');
  assert.equal(describeResults({ count: 0, query: 'xyzzy', partial: false, filtered: false }), 'No policies match “xyzzy”.');
  assert.equal(
    describeResults({ count: 3, query: 'cousin', partial: false, onlyRelated: true, filtered: false }),
    'No policy uses the words “cousin”. 3 results with words like them, which may not be what you need.',
  );
  assert.equal(
    describeResults({ count: 2, query: 'friend xyzzy', partial: true, filtered: false }),
    '2 results for “friend xyzzy”, each with some of the words: no policy has them all.',
  );
});

test('a result names the section and paragraph it links to', () => {
  const section = { heading: 'Social media in a personal capacity', paragraph: 'C', keywordsOnly: false, matchedWords: ['friend'] };
  assert.equal(describeSection(section), 'Social media in a personal capacity, paragraph C');
  assert.equal(describeSection({ ...section, paragraph: undefined }), 'Social media in a personal capacity');
  assert.equal(describeSection({ ...section, heading: undefined, paragraph: undefined }), 'Opening text');
  assert.equal(describeSection({ ...section, keywordsOnly: true, matchedWords: ['X'] }), 'Matches the keyword “X”');
  assert.equal(describeSection({ ...section, keywordsOnly: true, matchedWords: ['X', 'Twitter'] }), 'Matches the keywords “X”, “Twitter”');
});

test('a draft or withdrawn policy says so first in its result', () => {
  assert.deepEqual(resultLabels({ status: 'approved', kind: 'policy', version: '1.0' }), ['Full policy', 'Version 1.0']);
  assert.deepEqual(resultLabels({ status: 'draft', kind: 'policy', version: '0.1' }), ['Draft: not approved', 'Full policy', 'Version 0.1']);
  assert.deepEqual(resultLabels({ status: 'withdrawn', kind: 'easy-read', version: '2.0' }), ['Withdrawn: no longer in force', 'Easy read', 'Version 2.0']);
  assert.deepEqual(resultLabels({ status: 'under-review', kind: 'version', version: '1.0' }), ['Under review', 'Archived copy of version 1.0']);
});

