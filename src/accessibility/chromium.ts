import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The flags this project's machines need: no sandbox as root, and no calls home from the browser.
 * Chromium 156 also builds its address bar's suggestion popup (a web page of its own, in a process
 * of its own) for each new window, even headless: several hundred milliseconds of work competing
 * with the page under test on a two-core machine, which a person's browser did when its window
 * opened, long before they searched.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
];

/**
 * CHROMIUM_PATH first, then Debian's /usr/bin/chromium, then Playwright's own download
 * (what GitHub Actions installs with `npx playwright install chromium`).
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
        'or `npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
