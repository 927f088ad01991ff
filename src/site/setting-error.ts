/**
 * A mistake in a setting given as an environment variable, e.g. POLICY_SITE_DUE_SOON_DAYS=abc.
 * Its message names the variable, says what is wrong and shows what right looks like, so it is the
 * whole answer: `npm run build` prints it alone (check-settings.ts), and a stack trace would only bury it.
 */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingError';
    this.stack = '';
  }
}
