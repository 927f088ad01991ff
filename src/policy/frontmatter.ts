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
 * Where the details are in a policy file: the YAML between the two lines of dashes, from `start` to
 * `end`, and the text after the closing line from `bodyStart`. Offsets are into the file as given.
 */
export function frontmatterBlock(source: string): { start: number; end: number; bodyStart: number } | 'not-opened' | 'not-closed' {
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const opening = OPENING.exec(source.slice(bom));
  if (!opening) return 'not-opened';
  const start = bom + opening[0].length;
  const closing = CLOSING.exec(source.slice(start));
  if (!closing) return 'not-closed';
  return { start, end: start + closing.index, bodyStart: start + closing.index + closing[0].length };
}

/**
 * Reads the YAML block at the top of a policy file. YAML's "failsafe" schema keeps every value
 * as the text the owner typed, so the schema, not YAML's guessing, decides what a value means.
 */
export function readFrontmatter(source: string): FrontmatterResult {
  const block = frontmatterBlock(source);
  if (block === 'not-opened') {
    return { ok: false, line: 1, message: 'the file must start with a line of three dashes (---), then the policy details, then another line of ---' };
  }
  if (block === 'not-closed') {
    return { ok: false, line: 1, message: 'the policy details at the top are not closed. Add a line of three dashes (---) after them' };
  }
  // The details start on the line after the opening dashes.
  const details = readYamlDetails(source.slice(block.start, block.end), 'the policy details', 2);
  if (!details.ok) return details;
  return { ok: true, frontmatter: { ...details.details, body: source.slice(block.bodyStart).replace(/^\r?\n/, '') } };
}

export type YamlDetailsResult =
  | { ok: true; details: Omit<Frontmatter, 'body'> }
  | { ok: false; line: number; message: string };

/**
 * Reads YAML the way a policy's details are read: every value as the text typed, with the line of
 * each. `what` names the block in the message for a YAML mistake, e.g. "the Trust's settings";
 * `firstLine` is the line of the file the YAML starts on, so lines are counted as the file shows them.
 */
export function readYamlDetails(yamlText: string, what: string, firstLine = 1): YamlDetailsResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'failsafe', lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + firstLine - 1;
    return { ok: false, line, message: `${what} are not valid YAML (${describeYamlError(firstError.code)}). Check the punctuation on this line: each line is "name: value"` };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length > 0; length--) {
      const node: unknown = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { ok: true, details: { data: document.toJS() ?? {}, lineOf } };
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
