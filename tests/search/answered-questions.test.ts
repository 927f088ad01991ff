import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { questionWords } from '#src/search/answered-questions/question-words.ts';
import { answeredQuestions, isQuestion, questionVector, sectionKey, similarity } from '#src/search/answered-questions/answered-questions.ts';
import { answerOrder } from '#src/search/answered-questions/answer-order.ts';
import { readAnsweredQuestions } from '#src/search/answered-questions/read-answered-questions.ts';
import { formatProblem } from '#src/policy/problem.ts';

test('a question\'s words are its words that say what it is about, each form of a word counted as one', () => {
  assert.deepEqual(questionWords('Who do I report it to?'), ['report']);
  assert.deepEqual(questionWords('reported reporting reports'), ['report', 'report', 'report']);
  assert.deepEqual(questionWords('the bus news'), ['bus', 'news'], 'a short word keeps its ending');
});

const LEARNED = answeredQuestions([
  { question: 'heard nothing back since I raised my concern', policy: 'whistleblowing', sections: ['what-happens-next'] },
  { question: 'how long until I hear back about my concern', policy: 'whistleblowing', sections: ['what-happens-next'] },
  { question: 'who do I raise a concern with', policy: 'whistleblowing', sections: ['raising-a-concern-inside-the-trust'] },
  { question: 'can my union rep come to the hearing', policy: 'disciplinary', sections: ['your-right-to-be-accompanied', 'paragraph-b'] },
]);

test('a new question like the ones a section answers is alike to that section, not to the others', () => {
  const vector = questionVector(LEARNED, 'still heard nothing back about my concern');
  const next = similarity(LEARNED, vector, sectionKey('whistleblowing', 'what-happens-next'));
  const raising = similarity(LEARNED, vector, sectionKey('whistleblowing', 'raising-a-concern-inside-the-trust'));
  assert.ok(next > 0.5, `alike to "what happens next" (${next})`);
  assert.ok(raising < next / 2, `much less alike to "raising a concern", which shares only "concern" (${raising})`);
  assert.equal(similarity(LEARNED, vector, sectionKey('disciplinary', 'your-right-to-be-accompanied')), 0);
  assert.equal(similarity(LEARNED, questionVector(LEARNED, 'parking permit'), sectionKey('whistleblowing', 'what-happens-next')), 0, 'no word in common, nothing alike');
  assert.ok(similarity(LEARNED, questionVector(LEARNED, 'union rep at my meeting'), sectionKey('disciplinary', 'paragraph-b')) > 0.5, 'a question answering two ids teaches both');
});

test('a search of one or two words names a topic and is like no question: the index\'s own words answer it', () => {
  assert.deepEqual(questionVector(LEARNED, 'concern'), {});
  assert.deepEqual(questionVector(LEARNED, 'union rep'), {});
  assert.notDeepEqual(questionVector(LEARNED, 'union rep at my meeting'), {});
  assert.deepEqual([isQuestion('union rep'), isQuestion('can I get my union rep'), isQuestion('union rep at my meeting')], [false, false, true], 'small words do not count');
});

test('a word every section\'s questions use tells sections apart less than one only a few use', () => {
  assert.ok(LEARNED.weights['concern']! < LEARNED.weights['back']!, '"concern" is in two sections\' questions, "back" in one');
});

test('without a question alike to any section the index\'s order stands, each result led by its best match', () => {
  const order = answerOrder([{ sections: ['a', 'b'], named: false }, { sections: ['c'], named: false }, { sections: [], named: false }], () => 0);
  assert.deepEqual(order, [{ result: 0, lead: 0 }, { result: 1, lead: 0 }, { result: 2, lead: 0 }]);
});

test('a section whose questions are like the one asked leads, and its result moves up, when it is alike enough to outweigh its place', () => {
  const alike = (result: number, id: string) => (result === 1 && id === 'what-happens-next' ? 0.9 : 0);
  assert.deepEqual(answerOrder([{ sections: ['a', 'b', 'c'], named: false }, { sections: ['raising', 'what-happens-next'], named: false }], alike), [
    { result: 1, lead: 1 },
    { result: 0, lead: 0 },
  ]);
  const faint = (result: number, id: string) => (result === 1 && id === 'what-happens-next' ? 0.1 : 0);
  assert.deepEqual(answerOrder([{ sections: ['a'], named: false }, { sections: ['raising', 'what-happens-next'], named: false }], faint), [
    { result: 0, lead: 0 },
    { result: 1, lead: 0 },
  ], 'a faint likeness does not outweigh two places');
});

test('a policy the search names keeps its place at the top, though another\'s section is more alike', () => {
  const alike = (result: number) => (result === 1 ? 1 : 0);
  assert.deepEqual(answerOrder([{ sections: ['a'], named: true }, { sections: ['b'], named: false }], alike).map((each) => each.result), [0, 1]);
});

test('search learns from every judgement list but the held-out ones, and only about the policies the site publishes', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'answered-questions-'));
  await mkdir(path.join(root, 'tests/search'), { recursive: true });
  for (const policy of ['disciplinary', 'whistleblowing']) await mkdir(path.join(root, 'policies', policy), { recursive: true });
  await writeFile(path.join(root, 'tests/search/judgements.yaml'), '- [can i bring my union rep, disciplinary, your-right-to-be-accompanied]\n- [how do i post on twitter, social-media, principles]\n');
  await writeFile(path.join(root, 'tests/search/judgements-written.yaml'), '- [heard nothing back, whistleblowing, what-happens-next]\n');
  await writeFile(path.join(root, 'tests/search/judgements-held-out.yaml'), '- [who keeps the records, whistleblowing, records-and-monitoring]\n');
  const { questions, problems } = await readAnsweredQuestions(root, path.join(root, 'policies'));
  assert.deepEqual(problems, []);
  assert.deepEqual(questions.map((each) => each.question).sort(), ['can i bring my union rep', 'heard nothing back']);

  await writeFile(path.join(root, 'tests/search/judgements.yaml'), '- [can i bring my union rep, disciplinary]\n');
  const broken = await readAnsweredQuestions(root, path.join(root, 'policies'));
  assert.match(broken.problems.map(formatProblem).join('\n'), /tests\/search\/judgements\.yaml:1: .*Write it like - \[/);
});
