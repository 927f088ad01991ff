import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, firstDay, formatPolicyDate, lastDay, parsePolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import { buildDate } from '#src/site/build-date.ts';

const d = (text: string) => text as PolicyDate;

test('a day or a month is a date; anything else says what is wrong', () => {
  assert.deepEqual(parsePolicyDate('2021-07-14'), { ok: true, date: '2021-07-14' });
  assert.deepEqual(parsePolicyDate('2021-07'), { ok: true, date: '2021-07' });
  assert.deepEqual(parsePolicyDate('next July'), { ok: false, problem: { kind: 'not-a-date' } });
  assert.deepEqual(parsePolicyDate('14/07/2021'), { ok: false, problem: { kind: 'not-a-date' } });
  assert.deepEqual(parsePolicyDate('2021-13'), { ok: false, problem: { kind: 'bad-month', month: 13 } });
  assert.deepEqual(parsePolicyDate('2023-02-29'), { ok: false, problem: { kind: 'bad-day', year: 2023, month: 2, day: 29, daysInMonth: 28 } });
  assert.equal(parsePolicyDate('2024-02-29').ok, true);
});

test('dates read as people write them, and a month is never given an invented day', () => {
  assert.equal(formatPolicyDate(d('2021-07')), 'July 2021');
  assert.equal(formatPolicyDate(d('2021-07-04')), '4 July 2021');
  assert.equal(firstDay(d('2021-07')), '2021-07-01');
  assert.equal(lastDay(d('2021-07')), '2021-07-31');
  assert.equal(lastDay(d('2024-02')), '2024-02-29');
});

test('adding a review cycle keeps a month a month and clamps the day', () => {
  assert.equal(addMonths(d('2021-07'), 36), '2024-07');
  assert.equal(addMonths(d('2021-11'), 2), '2022-01');
  assert.equal(addMonths(d('2024-01-31'), 1), '2024-02-29');
});

test('the build date can be fixed for tests, and a bad one is explained', () => {
  assert.equal(buildDate({ POLICY_SITE_TODAY: '2026-11-25' }), '2026-11-25');
  assert.equal(buildDate({}, new Date('2026-06-30T23:30:00Z')), '2026-07-01', 'UK time, not UTC, decides the day in summer');
  assert.throws(() => buildDate({ POLICY_SITE_TODAY: '2026-11' }), /POLICY_SITE_TODAY: "2026-11" is not a day\. Write it like POLICY_SITE_TODAY=2026-11-25\./);
});
