/**
 * Asking for a policy in a format the site does not make (Braille, audio, British Sign Language,
 * another language, a printed copy). An email link fills in the policy's name, version and address,
 * so the person asking only has to say what they need and the Trust knows exactly which text to send.
 */

/** The formats people can ask for, in the words the pages use. */
export const FORMATS_ON_REQUEST = [
  'Braille',
  'an audio recording',
  'a British Sign Language (BSL) video',
  'another language',
  'a printed copy, in standard or large print, or easy read',
] as const;

export interface RequestedPolicy {
  title: string;
  version: string;
  /** The policy page's full address. */
  pageUrl: string;
}

export function formatRequestSubject(policy: Pick<RequestedPolicy, 'title' | 'version'>): string {
  return `Request for another format: ${policy.title}, version ${policy.version}`;
}

/**
 * mailto:hr@example.org?subject=…&body=… (RFC 6068): every part percent-encoded, spaces as %20 (a "+"
 * would reach the subject line as a "+"), and line breaks as CRLF. Without a policy, the subject asks
 * generally and the body asks which policy.
 */
export function formatRequestMailto(email: string, policy?: RequestedPolicy): string {
  const subject = policy ? formatRequestSubject(policy) : 'Request for a policy in another format';
  const body = [
    ...(policy ? [`Policy: ${policy.title}, version ${policy.version}`, `Web page: ${policy.pageUrl}`] : ['Policy (its title, and its version if you know it):']),
    'The format I need:',
    '',
  ].join('\r\n');
  const address = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
