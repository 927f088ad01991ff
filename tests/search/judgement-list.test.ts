import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '#src/policy/problem.ts';
import { readJudgementList } from '#src/search/judgements/judgement-list.ts';
import { describeMiss, describeScore, judgeAnswer, scoreJudgements } from '#src/search/judgements/judge-answer.ts';

const FILE = 'tests/search/judgements.yaml';

test('a judgement list gives each question its policy, the sections that answer it and its line', () => {
  const { judgements, problems } = readJudgementList('# staff questions\n- [off sick again, code-of-conduct, attendance-and-timekeeping paragraph-b]\n- [sacked for a post, social-media, disciplinary-action]\n', FILE);
  assert.deepEqual(problems, []);
  assert.deepEqual(judgements, [
    { question: 'off sick again', policy: 'code-of-conduct', sections: ['attendance-and-timekeeping', 'paragraph-b'], line: 2 },
    { question: 'sacked for a post', policy: 'social-media', sections: ['disciplinary-action'], line: 3 },
  ]);
});

test('a line without its policy or section, a repeated question or unreadable YAML is named with file and line and an example', () => {
  const { problems } = readJudgementList('- [off sick again, code-of-conduct]\n- [sacked for a post, social-media, disciplinary-action]\n- [Sacked for a post, disciplinary, dismissal]\n- just a question\n', FILE);
  const lines = problems.map(formatProblem);
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^tests\/search\/judgements\.yaml:1: should be a question, the policy's folder and the section ids that answer it, in square brackets\. Write it like - \[can i bring/);
  assert.match(lines[1]!, /^tests\/search\/judgements\.yaml:3: "Sacked for a post" is already on line 2/);
  assert.match(lines[2]!, /^tests\/search\/judgements\.yaml:4: should be a question/);
  assert.match(formatProblem(readJudgementList('- [off sick, code-of-conduct\n', FILE).problems[0]!), /^tests\/search\/judgements\.yaml:\d+: this line cannot be read/);
  assert.match(formatProblem(readJudgementList('off sick: code-of-conduct\n', FILE).problems[0]!), /should list questions, one a line/);
});

test('a first result is right only at one of the wanted sections of the wanted policy, under the site base', () => {
  const judgement = { question: 'off sick', policy: 'code-of-conduct', sections: ['attendance-and-timekeeping', 'paragraph-b'], line: 1 };
  const judged = [
    judgeAnswer(judgement, { first: '/policies-site/policies/code-of-conduct/#paragraph-b', status: '2 results.' }, '/policies-site/'),
    judgeAnswer(judgement, { first: '/policies-site/policies/code-of-conduct/#gifts-and-hospitality', status: '2 results.' }, '/policies-site/'),
    judgeAnswer(judgement, { first: '/policies-site/policies/code-of-conduct/easy-read/#paragraph-b', status: '2 results.' }, '/policies-site/'),
    judgeAnswer(judgement, { first: null, status: 'Search is not working at the moment.' }, '/policies-site/'),
  ];
  assert.deepEqual(judged.map(({ rightSection, rightPolicy }) => [rightSection, rightPolicy]), [[true, true], [false, true], [false, false], [false, false]]);
  assert.equal(describeScore(scoreJudgements(judged)), '1 of 4 right (25%); the right policy for 2');
  assert.equal(describeMiss(judged[3]!), '"off sick": wanted code-of-conduct#attendance-and-timekeeping or #paragraph-b, got no result ("Search is not working at the moment.")');
});
