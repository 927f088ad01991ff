import { isInForce } from '#src/policy/policy-status.ts';
import { easyReadRule } from '../rule.ts';

/** Compares "1.10" and "1.9" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/**
 * An easy read explains one version of its policy. When the policy moves on, the easy read must be
 * checked and moved on too: an error for a policy in force, a warning for a draft.
 */
export const basedOnVersion = easyReadRule({
  id: 'based-on-version',
  summary: '`basedOnVersion` is the policy\'s current version.',
  explanation: [
    'An easy read that explains an old version could tell a reader to follow a rule that has changed.',
    'When the policy gets a new version, read the changes, change the easy read to match, then set `basedOnVersion` to the new version.',
    'For an approved policy (or one under review) an out-of-date easy read is an error, and the build fails;',
    'for a draft it is a warning. Either way the easy-read page says that the policy has changed since.',
  ].join(' '),
  severity: (context) => (context.policy && !isInForce(context.policy.status) ? 'warning' : 'error'),
  examples: [
    {
      name: 'ok.mdx',
      policy: { version: '1.0', status: 'approved' },
      source: ['---', 'basedOnVersion: "1.0"', 'checkedByReaders: not yet', '---', ''].join('\n'),
      messages: [],
    },
    {
      name: 'not-ok.mdx',
      policy: { version: '1.1', status: 'approved' },
      source: ['---', 'basedOnVersion: "1.0"', 'checkedByReaders: not yet', '---', ''].join('\n'),
      messages: ['2:1: This easy read explains version 1.0, but the policy is now version 1.1. Change the easy read to match the new version, then write basedOnVersion: "1.1"'],
    },
  ],
}, (_tree, file, context) => {
  const written = context.basedOnVersion;
  const policy = context.policy;
  if (!written || !policy || written.version === policy.version) return;
  const place = { line: written.line, column: 1 };
  if (compareVersions(written.version, policy.version) < 0) {
    file.message(`This easy read explains version ${written.version}, but the policy is now version ${policy.version}. Change the easy read to match the new version, then write basedOnVersion: "${policy.version}"`, { place });
  } else {
    file.message(`basedOnVersion is ${written.version}, but the policy is version ${policy.version}. Write the version this easy read explains, like basedOnVersion: "${policy.version}"`, { place });
  }
});
