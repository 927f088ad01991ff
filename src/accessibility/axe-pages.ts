import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { pageUrl } from '#src/site/built-pages.ts';
import { AXE_TAGS, wcagCriteria, type AccessibilityViolation } from './accessibility-report.ts';

export interface AxeRun {
  /** What axe found, page by page, as the accessibility statement records it. */
  violations: AccessibilityViolation[];
  /** One readable entry per violation, with the elements it is on. */
  failures: string[];
  axeCoreVersion: string;
}

/** Runs axe, with the WCAG 2.2 AA rules, on each of the pages of a site being served at `siteUrl`. */
export async function axePages(browser: Browser, siteUrl: string, pages: readonly string[]): Promise<AxeRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const run: AxeRun = { violations: [], failures: [], axeCoreVersion: '' };
  try {
    for (const file of pages) {
      await page.goto(pageUrl(siteUrl, file));
      const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
      run.axeCoreVersion = results.testEngine.version;
      for (const violation of results.violations) {
        run.failures.push(`${file}: ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`);
        run.violations.push({ page: file, rule: violation.id, impact: violation.impact ?? '', help: violation.help, criteria: wcagCriteria(violation.tags) });
      }
    }
  } finally {
    await context.close();
  }
  return run;
}
