import { ProblemsError } from '#src/policy/problem.ts';
import { buildDate } from './build-date.ts';
import { SettingError } from './setting-error.ts';
import { readSiteConfig } from './site-config.ts';

/**
 * Reads every setting the build reads (trust/settings.yaml, the environment over it, the build date)
 * and returns what is wrong with them, in the words to print, or undefined when all is well.
 * `npm run build` asks this before it starts Astro, because Astro reports a mistake in its config with
 * the file, line and stack trace of the code that found it, which would bury the message.
 * Any other error is a fault in the code, not a setting, so it is thrown on with its stack trace.
 */
export function settingsProblem(env: Record<string, string | undefined>, root: string): string | undefined {
  try {
    readSiteConfig(env, root);
    buildDate(env);
    return undefined;
  } catch (error) {
    if (error instanceof SettingError || error instanceof ProblemsError) return error.message;
    throw error;
  }
}
