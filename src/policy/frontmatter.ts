import { isNode, LineCounter, parseDocument } from 'yaml';

export interface Frontmatter {
  /** The frontmatter as plain data. Every scalar is a string, exactly as typed: `version: 1.0` stays "1.0". */
  data: unknown;
  /**
   * The 1-based line in the file where a value is written, e.g. ['nextReview'] or
   * ['history', 1, 'date']; for a value that is missing, the line of the nearest group that holds it.
   */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The text after the details block: the policy itself. */
  body: string;
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter }
  | { ok: false; line: number; message: string };

const OPENING = /^---\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Reads the YAML block at the top of a policy file. YAML's "failsafe" schema keeps every value
 * as the text the owner typed, so the schema, not YAML's guessing, decides what a value means.
 */
export function readFrontmatter(source: string): FrontmatterResult {
  const text = source.replace(/^\uFEFF/, '');
  const opening = OPENING.exec(text);
  if (!opening) {
    return { ok: false, line: 1, message: 'the file must start with a line of three dashes (---), then the policy details, then another line of ---' };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { ok: false, line: 1, message: 'the policy details at the top are not closed. Add a line of three dashes (---) after them' };
  }
  const yamlText = rest.slice(0, closing.index);
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'failsafe', lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    return { ok: false, line, message: `the policy details are not valid YAML (${describeYamlError(firstError.code)}). Check the punctuation on this line: each line is "name: value"` };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length > 0; length--) {
      const node: unknown = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return undefined;
  };
  return {
    ok: true,
    frontmatter: {
      data: document.toJS() ?? {},
      lineOf,
      body: rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, ''),
    },
  };
}

function describeYamlError(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY': return 'a name is given twice';
    case 'BAD_INDENT':
    case 'MISSING_CHAR': return 'the indentation or a bracket is wrong';
    case 'MULTILINE_IMPLICIT_KEY': return 'a line is missing its colon';
    default: return code.toLowerCase().replaceAll('_', ' ');
  }
}

/**
 * One detail as the text typed, trimmed, or '' when it is missing or not text. For checks that must
 * read files today's schema would refuse: an old version in git, or a file with another mistake
 * that the build reports in full.
 */
export function detailText(data: unknown, name: string): string {
  if (data === null || typeof data !== 'object') return '';
  const value = (data as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
}
