import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditFailures, readAuditExceptions } from '#src/checks/dependency-audit.ts';
import { formatProblem } from '#src/policy/problem.ts';

const ADVISORY = { source: 1, name: 'left-pad', title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', severity: 'high' };
const REPORT = {
  vulnerabilities: {
    'left-pad': { severity: 'high', via: [ADVISORY] },
    'some-wrapper': { severity: 'high', via: ['left-pad'] },
    'tiny-thing': { severity: 'moderate', via: [{ ...ADVISORY, name: 'tiny-thing', url: 'https://github.com/advisories/GHSA-dddd', severity: 'moderate' }] },
  },
};

test('a high or critical advisory fails the audit with what to do; a moderate one and a package that only depends on it do not', () => {
  assert.deepEqual(auditFailures(REPORT, { accepted: [] }, '2026-11-30'), [
    'left-pad: high: Prototype pollution (https://github.com/advisories/GHSA-aaaa-bbbb-cccc). Update the package, or accept it in .github/audit-exceptions.json with a reason and a date.',
  ]);
});

test('an accepted advisory passes until its date, then fails again saying why it was accepted', () => {
  const accepted = { accepted: [{ advisory: ADVISORY.url, package: 'left-pad', reason: 'Only used by the benchmark, never on the site.', until: '2026-12-31' }] };
  assert.deepEqual(auditFailures(REPORT, accepted, '2026-12-31'), []);
  assert.match(auditFailures(REPORT, accepted, '2027-01-01')[0]!, /It was accepted until 2026-12-31 \(Only used by the benchmark, never on the site\.\); that date has passed\./);
});

test('a mistake in the exceptions file is explained with the field and how to write it', () => {
  const read = readAuditExceptions(JSON.stringify({ accepted: [{ advisory: ADVISORY.url, package: 'left-pad', reason: 'ok', until: 'next year' }] }));
  assert.ok(!read.ok);
  assert.deepEqual(read.problems.map((problem) => problem.field), ['accepted, 0, reason', 'accepted, 0, until']);
  assert.match(formatProblem(read.problems[1]!), /^\.github\/audit-exceptions\.json: accepted, 0, until: .*like 2027-01-31\.$/);
  assert.equal(readAuditExceptions(undefined).ok, true, 'no file means nothing is accepted');
});
