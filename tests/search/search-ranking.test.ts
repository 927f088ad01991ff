import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedWordsOf, EASY_READ_SHARE, groupByPolicy, namesPolicy, pageAnswer, rankPages, rarity, weighHits } from '#src/search/search-ranking.ts';

test('pages are ranked by the best match of each typed word, added up; a search term counts for less; the index only picks which pages to read', () => {
  const ranked = rankPages([
    { results: [{ id: 'social-media', score: 5 }, { id: 'code-of-conduct', score: 1 }], weight: 1, covers: [0] },
    { results: [{ id: 'code-of-conduct', score: 2 }], weight: 1, covers: [1] },
    { results: [{ id: 'disciplinary', score: 20 }], weight: 0.5, covers: [0] },
    { results: [{ id: 'social-media', score: 4 }], weight: 0.5, covers: [0] },
    { results: [{ id: 'equality', score: 8 }], weight: 1, covers: [0, 1] },
  ]);
  assert.deepEqual(ranked.map(({ id, coverage, score }) => ({ id, coverage, score })), [
    { id: 'disciplinary', coverage: 1, score: 10 },
    { id: 'equality', coverage: 2, score: 8 },
    { id: 'social-media', coverage: 1, score: 5 },
    { id: 'code-of-conduct', coverage: 2, score: 3 },
  ], 'a second, weaker match of the same word adds nothing; an ask for two words shares its score between them');
});

test('a page found by several asks keeps each match once, weighed by the ask that found it', () => {
  const page = (locations: [number, number][]) => ({ content: 'a b c d', anchors: [], weighted_locations: locations.map(([location, score]) => ({ location, weight: 1, balanced_score: score })) });
  const merged = weighHits([{ page: page([[0, 4], [2, 1]]), weight: 1 }, { page: page([[2, 6], [3, 2]]), weight: 0.5 }]);
  assert.deepEqual(merged.weighted_locations.map((hit) => [hit.location, hit.balanced_score]), [[0, 4], [2, 3], [3, 1]]);
});

test('a policy and its easy read are one result, in the place of the better; an archived copy stands alone', () => {
  const page = (url: string, kind: string) => ({ url, meta: { kind } });
  const groups = groupByPolicy([
    page('/policies/social-media/easy-read/', 'easy-read'),
    page('/policies/disciplinary/', 'policy'),
    page('/policies/social-media/', 'policy'),
    page('/policies/social-media/versions/1.0/', 'version'),
  ]);
  assert.deepEqual(groups.map((group) => [group.key, group.policy?.url, group.easyRead?.url, group.version?.url]), [
    ['/policies/social-media/', '/policies/social-media/', '/policies/social-media/easy-read/', undefined],
    ['/policies/disciplinary/', '/policies/disciplinary/', undefined, undefined],
    ['/policies/social-media/versions/1.0/', undefined, undefined, '/policies/social-media/versions/1.0/'],
  ]);
  assert.deepEqual(groupByPolicy([page('/policies/social-media/easy-read/', 'easy-read')], new Set(['/policies/social-media/'])), [], 'a policy already shown is not shown again');
});

test('a typed word counts by how rare it is in the index; another word for it never counts for more than the word itself, and a phrase typed counts as what it stands for', () => {
  const asked = (words: string[], weight: number, covers: number[], pagesFound: number | undefined) => ({ words, weight, covers, pagesFound });
  const [union, hearing] = askedWordsOf(
    ['union', 'hearing'],
    [asked(['union'], 1, [0], 2), asked(['hearing'], 1, [1], 12)],
    [asked(['trade', 'union'], 0.5, [0], 1), asked(['meeting'], 0.4, [1], 1), asked(['nothing'], 0.4, [1], undefined)],
    14,
  );
  assert.ok(union![0]!.weight > hearing![0]!.weight, 'found on 2 pages of 14, against 12');
  assert.equal(union![0]!.weight, rarity(14, 2));
  assert.equal(union![1]!.weight, 0.5 * rarity(14, 2), 'rarer still, but capped at the word typed');
  assert.equal(hearing![1]!.weight, 0.4 * rarity(14, 12));
  assert.equal(hearing!.length, 2, 'a word the index did not find is no way of answering');
  const [vote] = askedWordsOf(['vote'], [asked(['vote'], 1, [0], undefined)], [asked(['political'], 0.4, [0], 3)], 14);
  assert.deepEqual(vote, [{ words: ['vote'], weight: 1 }, { words: ['political'], weight: 0.4 * rarity(14, 3) }], 'a word no page has leaves its related words their own rarity');
  const [having] = askedWordsOf(['having'], [asked(['having'], 1, [0], 12)], [{ ...asked(['bullying'], 1, [0], 3), phrase: true }], 14);
  assert.deepEqual(having, [{ words: ['bullying'], weight: rarity(14, 3) }], 'a term for a phrase typed ("having a go") is not capped at its common word');
  const [blowing, whistle] = askedWordsOf(['blowing', 'whistle'], [asked(['blowing'], 1, [0], 1), asked(['whistle'], 1, [1], 2)], [{ ...asked(['whistleblowing'], 1, [0, 1], 5), phrase: true }], 14);
  assert.deepEqual(blowing, [{ words: ['whistleblowing'], weight: rarity(14, 5) }], 'a word of a phrase typed ("blowing the whistle") is answered only by the words the phrase stands for, not by itself, however rare');
  assert.deepEqual(whistle, blowing);
  const [manager, hasAGo] = askedWordsOf(['manager'], [asked(['manager'], 1, [0], 4)], [{ ...asked(['bullying'], 1, [1], 3), phrase: true }], 14);
  assert.deepEqual([manager, hasAGo], [[{ words: ['manager'], weight: rarity(14, 4) }], [{ words: ['bullying'], weight: rarity(14, 3) }]], 'a phrase of small words ("has a go") is a word of its own, answered by what it stands for');
});

test('a page answers by its best section, with its title and keywords counting for half', () => {
  assert.equal(pageAnswer([{ keywordsOnly: false, score: 3 }, { keywordsOnly: false, score: 2 }, { keywordsOnly: true, score: 4 }]), 5);
  assert.equal(pageAnswer([{ keywordsOnly: true, score: 4 }]), 2, 'only its keywords');
  assert.equal(pageAnswer([]), 0);
});

test('an easy read\'s answer counts for less than a policy\'s, so everyday words do not pull a question to another policy\'s easy read', () => {
  const sections = [{ keywordsOnly: false, score: 4 }];
  assert.ok(pageAnswer(sections, 'easy-read') < pageAnswer([{ keywordsOnly: false, score: 3 }], 'policy'));
  assert.equal(pageAnswer(sections, 'easy-read'), 4 * EASY_READ_SHARE);
  assert.equal(pageAnswer(sections), 4);
});

test('a search names a policy when its words are the title\'s, "policy" and "procedure" aside', () => {
  assert.ok(namesPolicy(['whistleblowing', 'policy'], 'Whistleblowing Procedure'), 'a procedure asked for as a policy');
  assert.ok(namesPolicy(['disciplinary'], 'Disciplinary Procedure'));
  assert.ok(namesPolicy(['code', 'conduct'], 'Employee Code of Conduct'));
  assert.ok(namesPolicy(['acceptable', 'use', 'policy'], 'Acceptable Use of Email, Intranet and Internet'));
  assert.ok(namesPolicy(['Social', 'Media'], 'Social Media Policy'));
  assert.ok(!namesPolicy(['media'], 'Social Media Policy'), 'one word of a longer title is a topic, not its name');
  assert.ok(!namesPolicy(['work'], 'Dignity at Work: preventing bullying and harassment'));
  assert.ok(!namesPolicy(['whistleblowing', 'meeting'], 'Whistleblowing Procedure'), 'a question about the policy, not its name');
  assert.ok(!namesPolicy(['policy'], 'Equality Policy'));
  assert.ok(!namesPolicy([], 'Equality Policy'));
});
