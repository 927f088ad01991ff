import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureSite, policySource } from '../helpers/fixture-site.ts';

test('bad frontmatter fails the build with one plain line per problem, naming file and field', async () => {
  const build = await buildFixtureSite({
    policies: {
      'good/index.mdx': policySource(),
      'bad/index.mdx': policySource({ nextReview: 'next July', status: 'aproved', reviewCycleMonths: undefined, reveiwCycleMonths: '36' }),
      'also-bad/index.mdx': policySource({ approved: '2021-02-30' }),
    },
  });
  assert.notEqual(build.code, 0, 'the build must fail');
  const lines = build.output.split('\n').map((line) => line.trim());
  const expected = [
    'policies/also-bad/index.mdx:8: approved: "2021-02-30" is not a real day: February 2021 has 28 days. Write it like 2021-07-14 or 2021-07.',
    'policies/bad/index.mdx:5: status: "aproved" is not one we know. Use one of approved, draft, under-review, withdrawn (did you mean approved?).',
    'policies/bad/index.mdx:9: nextReview: "next July" is not a date. Write it like 2024-07-31 or 2024-07.',
    'policies/bad/index.mdx:12: reveiwCycleMonths: is not a field we know. Did you mean reviewCycleMonths? Check the spelling.',
  ];
  for (const line of expected) assert.ok(lines.includes(line), `expected the line:\n  ${line}\nin the output:\n${build.output}`);
  const first = lines.findIndex((line) => line.startsWith('Found 4 problems'));
  assert.ok(first >= 0, `the problems are counted:\n${build.output}`);
  const stack = lines.findIndex((line) => /^at |Stack trace/.test(line));
  assert.ok(stack === -1 || stack > first + expected.length, 'no stack trace comes before the problems');
});

test('an unknown related policy fails the build with a suggestion', async () => {
  const build = await buildFixtureSite({
    policies: {
      'code-of-conduct/index.mdx': policySource({ title: 'Employee Code of Conduct' }),
      'social-media/index.mdx': policySource({ related: '[code-of-condcut]' }),
    },
  });
  assert.notEqual(build.code, 0);
  assert.match(build.output, /policies\/social-media\/index\.mdx: related: "code-of-condcut" is not a policy here\. Did you mean code-of-conduct\?/);
});
