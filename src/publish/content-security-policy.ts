/**
 * The site's Content-Security-Policy, defined once. deploy/nginx.conf sends it as a header (a test
 * checks the file carries exactly this text) and every page carries it in a meta tag, so a host that
 * sends no headers still gets it, and the two cannot drift apart.
 *
 * Nothing on the site is inline: Astro writes styles and scripts to files (astro.config.mjs), so
 * 'self' is all any directive needs. Pagefind compiles its search index reader from WebAssembly,
 * which browsers allow only with 'wasm-unsafe-eval' (it does not allow eval() of JavaScript).
 */
const DIRECTIVES: readonly (readonly [name: string, value: string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Browsers ignore these in a meta tag (and warn about them), so only the header carries them. */
const HEADER_ONLY = new Set(['frame-ancestors']);

function policyText(directives: typeof DIRECTIVES): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The header a web server sends with every response. */
export const CONTENT_SECURITY_POLICY_HEADER = policyText(DIRECTIVES);

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, less what a meta tag cannot carry. */
export const CONTENT_SECURITY_POLICY_META = policyText(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
