import { test } from 'node:test';
import assert from 'node:assert/strict';
import { howManyPolicies } from '#src/accessibility/available-formats.ts';
import { formatRequestMailto, formatRequestSubject } from '#src/accessibility/format-request.ts';

test('a request for another format is an email naming the policy, its version and address, every part encoded', () => {
  const policy = { title: 'Pay & Conditions Policy', version: '1.2', pageUrl: 'https://intranet.example.org/policies-site/policies/pay/' };
  assert.equal(formatRequestSubject(policy), 'Request for another format: Pay & Conditions Policy, version 1.2');
  assert.equal(
    formatRequestMailto('access+formats@trust.example', policy),
    'mailto:access%2Bformats@trust.example?subject=Request%20for%20another%20format%3A%20Pay%20%26%20Conditions%20Policy%2C%20version%201.2'
      + '&body=Policy%3A%20Pay%20%26%20Conditions%20Policy%2C%20version%201.2%0D%0AWeb%20page%3A%20https%3A%2F%2Fintranet.example.org%2Fpolicies-site%2Fpolicies%2Fpay%2F%0D%0AThe%20format%20I%20need%3A%0D%0A',
  );
  const general = new URL(formatRequestMailto('hr@trust.example'));
  assert.equal(general.searchParams.get('subject'), 'Request for a policy in another format');
});

test('how many policies have a format is said as it is', () => {
  assert.equal(howManyPolicies(7, 7), 'all 7 policies');
  assert.equal(howManyPolicies(1, 1), 'the one policy');
  assert.equal(howManyPolicies(3, 7), '3 of the 7 policies');
  assert.equal(howManyPolicies(0, 7), 'no policy yet');
  assert.equal(howManyPolicies(0, 0), 'no policy yet');
});

