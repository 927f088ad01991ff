import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Usage: npm run check:reviews -- [--as-of YYYY-MM-DD] [--within DAYS]';
const OPTIONS = { 'as-of': { type: 'string' }, within: { type: 'string' }, check: { type: 'boolean' } } as const;

function mistake(args: string[]): string {
  try {
    readArguments({ args, options: OPTIONS }, USAGE);
  } catch (error) {
    return (error as Error).message;
  }
  return assert.fail(`${args.join(' ')} was accepted`);
}

test('a mistyped option says which, what was probably meant, and how the command is used', () => {
  assert.equal(mistake(['--wihtin', '5']), `There is no option --wihtin. Did you mean --within?\n${USAGE}`);
  assert.equal(mistake(['--bogus']), `There is no option --bogus.\n${USAGE}`);
});

test('an option without its value, a value taken for an option, a value where none goes and a stray word are each said plainly', () => {
  assert.equal(mistake(['--as-of']), `--as-of needs a value after it.\n${USAGE}`);
  assert.equal(mistake(['--within', '-5']), `--within is followed by something starting with "-", which is taken for another option. If it is the value, write it joined: --within=<value>.\n${USAGE}`);
  assert.equal(mistake(['--check=yes']), `--check takes no value: write it on its own.\n${USAGE}`);
  assert.equal(mistake(['soon']), `"soon" is not an option: every option starts with --.\n${USAGE}`);
});

test('good options are read as parseArgs reads them', () => {
  assert.deepEqual({ ...readArguments({ args: ['--within', '30', '--check'], options: OPTIONS }, USAGE).values }, { within: '30', check: true });
});
