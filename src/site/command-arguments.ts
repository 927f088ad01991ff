import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from '#src/policy/fields.ts';

/**
 * A command's options as parseArgs reads them, its mistakes said for the person who typed them: which
 * option, what was wrong, what they may have meant, then the command's usage. parseArgs's own messages
 * speak of "positional arguments" and "option arguments".
 */
export function readArguments<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new Error(`${argumentsMistake(error, Object.keys(config.options ?? {}))}\n${usage}`);
  }
}

function argumentsMistake(error: unknown, options: readonly string[]): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = quoted.replace(/^-+/, '').split('=')[0] ?? '';
    const guess = nearest(name, options);
    return `There is no option ${quoted}.${guess ? ` Did you mean --${guess}?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--([\w-]+)/.exec(quoted)?.[1] ?? quoted;
    if (/ambiguous/.test(message)) return `--${option} is followed by something starting with "-", which is taken for another option. If it is the value, write it joined: --${option}=<value>.`;
    if (/missing/.test(message)) return `--${option} needs a value after it.`;
    return `--${option} takes no value: write it on its own.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `"${quoted}" is not an option: every option starts with --.`;
  return message;
}
