import type { YAMLError } from 'yaml';
import type { Problem } from './problem.ts';

/**
 * A YAML file's syntax errors in an owner's words: the line, the parser's first sentence, then how to
 * write the file (`advice`, e.g. "Write one term a line, like sacked: dismissal").
 */
export function yamlSyntaxProblems(errors: readonly YAMLError[], file: string, advice: string): Problem[] {
  return errors.map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    message: `this line cannot be read (${error.message.split('\n')[0]?.replace(/\.$/, '')}). ${advice}`,
  }));
}
