import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { questionWords } from '#src/search/answered-questions/question-words.ts';
import { answeredQuestionsFile, isQuestion, type AnsweredQuestion } from '#src/search/answered-questions/answered-questions.ts';
import { learnQuestions, questionLikeness } from '#src/search/answered-questions/question-likeness.ts';
import { answerOrder } from '#src/search/answered-questions/answer-order.ts';
import { readAnsweredQuestions } from '#src/search/answered-questions/read-answered-questions.ts';
import { formatProblem } from '#src/policy/problem.ts';

test('a question\'s words are its words that say what it is about, each form of a word counted as one', () => {
  assert.deepEqual(questionWords('Who do I report it to?'), ['report']);
  assert.deepEqual(questionWords('reported reporting reports'), ['report', 'report', 'report']);
  assert.deepEqual(new Set(questionWords('raised raising raise')).size, 1);
});

const QUESTIONS: AnsweredQuestion[] = [
  { question: 'heard nothing back since I raised my concern', policy: 'whistleblowing', sections: ['what-happens-next'] },
  { question: 'how long until I hear back about my concern', policy: 'whistleblowing', sections: ['what-happens-next'] },
  { question: 'who do I raise a concern with', policy: 'whistleblowing', sections: ['raising-a-concern-inside-the-trust'] },
  { question: 'my manager is fiddling the expenses', policy: 'whistleblowing', sections: ['raising-a-concern-inside-the-trust'] },
  { question: 'can my union rep come to the hearing', policy: 'disciplinary', sections: ['your-right-to-be-accompanied', 'paragraph-b'] },
  { question: 'colleague fell asleep in class after a lunchtime pint', policy: 'disciplinary', sections: ['misconduct-and-gross-misconduct'] },
  { question: 'what counts as gross misconduct', policy: 'disciplinary', sections: ['misconduct-and-gross-misconduct'] },
  { question: 'what can get you sacked on the spot', policy: 'disciplinary', sections: ['misconduct-and-gross-misconduct'] },
  { question: 'what happens at a disciplinary hearing', policy: 'disciplinary', sections: ['at-the-hearing'] },
];
const LEARNT = learnQuestions(answeredQuestionsFile(QUESTIONS).questions);

test('a new question like the ones a section answers is alike to that section, more than to its policy\'s other sections and others\' sections', () => {
  const alike = questionLikeness(LEARNT, 'still heard nothing back about my concern');
  const next = alike('whistleblowing', 'what-happens-next');
  const raising = alike('whistleblowing', 'raising-a-concern-inside-the-trust');
  const other = alike('disciplinary', 'your-right-to-be-accompanied');
  assert.ok(next > 1, `alike to "what happens next" and to its policy (${next})`);
  assert.ok(raising < next - 0.3, `less alike to "raising a concern", which shares only "concern" (${raising})`);
  assert.ok(other < 0.05, `hardly alike to another policy's section (${other})`);
  assert.equal(questionLikeness(LEARNT, 'parking permit charges')('whistleblowing', 'what-happens-next'), 0, 'no word in common, nothing alike');
  assert.ok(questionLikeness(LEARNT, 'union rep at my meeting')('disciplinary', 'paragraph-b') > 0.5, 'a question answering two ids teaches both');
});

test('one question a section answers is enough to lead a new question like it there, though the section\'s other questions are about something else', () => {
  const alike = questionLikeness(LEARNT, 'teacher asleep in class again after the pub at lunchtime');
  assert.ok(alike('disciplinary', 'misconduct-and-gross-misconduct') > alike('disciplinary', 'at-the-hearing') + 0.3);
});

test('the policy a question is like counts, even for the top of its page', () => {
  const alike = questionLikeness(LEARNT, 'who do i tell about fiddling expenses');
  assert.ok(alike('whistleblowing', undefined) > 0.3, 'the top of the Whistleblowing Procedure');
  assert.equal(alike('disciplinary', undefined), 0);
});

test('a search of one or two words names a topic and is like no question: the index\'s own words answer it', () => {
  assert.equal(questionLikeness(LEARNT, 'concern')('whistleblowing', 'what-happens-next'), 0);
  assert.equal(questionLikeness(LEARNT, 'union rep')('disciplinary', 'your-right-to-be-accompanied'), 0);
  assert.ok(questionLikeness(LEARNT, 'union rep at my meeting')('disciplinary', 'your-right-to-be-accompanied') > 0);
  assert.deepEqual([isQuestion('union rep'), isQuestion('can I get my union rep'), isQuestion('union rep at my meeting')], [false, false, true], 'small words do not count');
});

test('a word every section\'s questions use tells sections apart less than one only a few use', () => {
  assert.ok(LEARNT.sectionWeights.get('concern')! < LEARNT.sectionWeights.get('back')!, '"concern" is in two sections\' questions, "back" in one');
});

test('the file the build writes holds each question\'s words, not its text, and leaves out a question of small words only', () => {
  const file = answeredQuestionsFile([...QUESTIONS.slice(0, 1), { question: 'what do I do', policy: 'disciplinary', sections: ['scope'] }]);
  assert.deepEqual(file.questions, [{ words: questionWords(QUESTIONS[0]!.question), policy: 'whistleblowing', sections: ['what-happens-next'] }]);
});

test('without a question alike to any section the index\'s order stands, each result led by its best match', () => {
  const order = answerOrder([{ sections: ['a', 'b'], named: false }, { sections: ['c'], named: false }, { sections: [], named: false }], () => 0);
  assert.deepEqual(order, [{ result: 0, lead: 0 }, { result: 1, lead: 0 }, { result: 2, lead: 0 }]);
});

test('a section whose questions are like the one asked leads, and its result moves up, when it is alike enough to outweigh its place', () => {
  const alike = (result: number, id: string | undefined) => (result === 1 && id === 'what-happens-next' ? 0.9 : 0);
  assert.deepEqual(answerOrder([{ sections: ['a', 'b', 'c'], named: false }, { sections: ['raising', 'what-happens-next'], named: false }], alike), [
    { result: 1, lead: 1 },
    { result: 0, lead: 0 },
  ]);
  const faint = (result: number, id: string | undefined) => (result === 1 && id === 'what-happens-next' ? 0.1 : 0);
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
