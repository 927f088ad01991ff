import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Spelling } from '#src/search/search-spelling.ts';
import { vocabularyOf, wordsOfText } from '#src/search/search-vocabulary.ts';
import { termsInQuery } from '#src/search/terms/trust-terms.ts';
import { correctedQueryWords, hasOnlyCommonWords, queryWords } from '#src/search/search-query.ts';
import { commonWordsMessage, missingSearchMailto } from '#src/search/search-messages.ts';

const spelling = new Spelling(vocabularyOf([
  'Harassment is unwanted conduct. Whistleblowing is raising a concern. The disciplinary hearing decides on dismissal.',
  'Bullying and harassment; a disciplinary warning; dismissals are rare; the manager harassed nobody.',
]));

test('misspelt words are corrected from the index\'s own words, swapped letters counting as one slip', () => {
  assert.equal(spelling.correction('harrasment'), 'harassment');
  assert.equal(spelling.correction('whistelblowing'), 'whistleblowing');
  assert.equal(spelling.correction('dicsiplinary'), 'disciplinary');
  assert.deepEqual(spelling.correctAll(['dicsiplinary', 'hearing']), { words: ['disciplinary', 'hearing'], changed: true });
});

test('a slip that only starts a word the index has is still corrected, not taken for a form of it', () => {
  const suspension = new Spelling(['suspended', 'suspension', 'classroom']);
  assert.equal(suspension.isKnown('suspened'), false, '"suspen" + "ed" is not a form of "suspended"');
  assert.equal(suspension.correction('suspened'), 'suspended');
  assert.equal(suspension.isKnown('suspend'), true, 'the word being typed');
  assert.equal(suspension.isKnown('class'), false, '"classroom" is another word');
});

test('a slip of a word staff use for something ("hakced" for "hacked") is corrected to it, so its search term still applies', () => {
  const staff = new Spelling(['security', 'incident', 'hacking'], ['hacked', 'sacked']);
  assert.equal(staff.correction('hakced'), 'hacked');
  assert.equal(staff.correction('sacked'), undefined, 'staff\'s own word is no slip');
  assert.equal(staff.correction('hackign'), 'hacking', 'a policy\'s word before staff\'s');
  assert.equal(new Spelling(['security'], ['hacked']).isKnown('hacked'), false, 'the index still does not have it, so Pagefind\'s match for it is still checked');
});

test('words the index has, or forms of them, are left alone, and so are short and unknown ones', () => {
  for (const word of ['harassment', 'harass', 'dismissals', 'bullied', 'warnings', 'managers', 'HEARING']) assert.equal(spelling.isKnown(word), true, word);
  assert.equal(spelling.correction('harass'), undefined);
  assert.equal(spelling.correction('xyzzy'), undefined, 'nothing is near enough');
  assert.equal(spelling.correction('tha'), undefined, 'too short to guess');
  assert.equal(spelling.correction('12345'), undefined, 'a number is not a slip');
  assert.equal(new Spelling(['she', 'health']).correction('pshe'), undefined, 'a small word is never searched for, so it is no correction');
  assert.equal(spelling.isKnown('12345'), false, 'nor is it in the index: a page matching only its first digit is not a result');
  assert.ok(spelling.commonness('harassment') < spelling.commonness('dismissal'), 'used twice, against once');
  assert.equal(spelling.commonness('xyzzy'), Number.POSITIVE_INFINITY, 'a word the index lacks counts as the rarest');
  assert.deepEqual(spelling.correctAll(['disciplinary', 'hearing']), { words: ['disciplinary', 'hearing'], changed: false });
  assert.deepEqual(spelling.correctAll(['harrasment', 'hearings'], [false, true]), { words: ['harassment', 'hearings'], changed: true });
  assert.deepEqual(new Spelling(['march', 'hearing']).correctAll(['match'], [true]), { words: ['match'], changed: false }, 'an English word the policies do not use is not a slip');
});

test('the vocabulary lists each word once, most used first', () => {
  const words = vocabularyOf(['Sick, sick and SICK; note', 'doctor\'s note']);
  assert.deepEqual(words.slice(0, 2), ['sick', 'note']);
  assert.ok(!words.includes('s'), 'single letters are left out');
  assert.deepEqual(wordsOfText('Doctor’s note, 2FA'), ['doctor', 's', 'note', '2fa']);
});

test('a Trust search term applies where its phrase is in the query, plural or not, small words and all, and says which searched words it stands for', () => {
  const terms = [
    { phrase: 'sacked', targets: ['dismissal'] },
    { phrase: 'dodgy email', targets: ['phishing', 'scam'] },
    { phrase: 'having a go', targets: ['bullying'] },
  ];
  assert.deepEqual(termsInQuery(queryWords('can i get sacked'), terms), [{ covers: [0], target: 'dismissal', phraseLength: 1 }], 'the only word searched for is "sacked"');
  assert.deepEqual(termsInQuery(queryWords('Dodgy emails at work'), terms), [{ covers: [0, 1], target: 'phishing', phraseLength: 2 }, { covers: [0, 1], target: 'scam', phraseLength: 2 }]);
  assert.deepEqual(termsInQuery(queryWords('an email that looks dodgy'), terms), [], 'a phrase is matched in its order');
  assert.deepEqual(termsInQuery(queryWords('head keeps having a go at me'), terms), [{ covers: [2], target: 'bullying', phraseLength: 3 }], '"having a go", not "having" or "go" alone');
  assert.deepEqual(termsInQuery(queryWords('having a baby'), terms), [], 'a phrase\'s small words count');
  const small = [{ phrase: 'has a go', targets: ['bullying', 'unacceptable behaviour'] }, { phrase: 'had a go', targets: ['bullying'] }];
  assert.deepEqual(termsInQuery(queryWords('my manager has a go at me in front of the class'), small), [
    { covers: [3], target: 'bullying', phraseLength: 3 },
    { covers: [3], target: 'unacceptable behaviour', phraseLength: 3 },
  ], 'a phrase of small words only stands for a word of its own, after the three searched for (manager, front, class)');
  assert.deepEqual(termsInQuery(queryWords('boss has a go and then head had a go'), small).map((each) => each.covers), [[2], [2], [3]], 'each such phrase is a word of its own');
  const forms = [{ phrase: 'vape', targets: ['smoking'] }, { phrase: 'late', targets: ['timekeeping'] }, { phrase: 'party', targets: ['social events'] }, { phrase: 'friended', targets: ['social media'] }];
  assert.deepEqual(termsInQuery(queryWords('staff parties'), forms), [{ covers: [1], target: 'social events', phraseLength: 1 }], 'a plural');
  assert.deepEqual(termsInQuery(queryWords('vaped at work'), forms), [{ covers: [0], target: 'smoking', phraseLength: 1 }], 'a form of the verb');
  assert.deepEqual(termsInQuery(queryWords('friend request'), forms), [], '"friend" is not "friended"');
  assert.deepEqual(termsInQuery(queryWords('tell me later'), forms), [], '"later" is not a form of "late"');
});

test('a search term applies to a word as corrected, so a slip in staff\'s word still finds the policies\' word', () => {
  const terms = [{ phrase: 'hacked', targets: ['security incident'] }, { phrase: 'having a go', targets: ['bullying'] }];
  assert.deepEqual(termsInQuery(correctedQueryWords('my insta has been hakced', ['insta', 'hacked']), terms), [{ covers: [1], target: 'security incident', phraseLength: 1 }]);
  assert.deepEqual(termsInQuery(correctedQueryWords('head keeps havng a go', ['head', 'keeps', 'having']), terms), [{ covers: [2], target: 'bullying', phraseLength: 3 }], 'small words kept for phrases');
});

test('a query of only common words says what to try', () => {
  assert.equal(hasOnlyCommonWords('how do I'), true);
  assert.equal(hasOnlyCommonWords('how do I report'), false);
  assert.match(commonWordsMessage('how do I'), /^“how do I” has only common words.*for example: sick, phone/);
});

test('"Tell us what you were looking for" opens an email with the search filled in', () => {
  const link = missingSearchMailto('hr@example.org', 'parking permit', 'https://policies.example/search/?q=parking+permit');
  assert.equal(link.split('?')[0], 'mailto:hr@example.org');
  const params = new URLSearchParams(link.split('?')[1]);
  assert.equal(params.get('subject'), 'A search that found nothing: parking permit');
  assert.match(params.get('body') ?? '', /^I searched for: parking permit\r\nSearch page: https:\/\/policies\.example\/search\/\?q=parking\+permit\r\n/);
  assert.doesNotMatch(link, /\+/, 'spaces are %20, never +');
});
