import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { buildFixtureSite, type BuildResult, type FixtureOptions } from './fixture-site.ts';
import { serveStatic, type StaticSite } from '#src/site/static-server.ts';

export interface BrowserSite {
  build: BuildResult;
  server: StaticSite;
  browser: Browser;
  /** A new page that records every request it makes, so a test can prove none leaves the site. */
  newPage(options?: { width?: number; height?: number }): Promise<{ page: Page; requests: string[] }>;
  close(): Promise<void>;
}

/** Builds the sample policies into a temp dir, serves them on 127.0.0.1 and opens Chromium: for tests of what the site does with them. */
export function openSampleSite(env: Record<string, string> = {}): Promise<BrowserSite> {
  return openBuiltSite({ withSamplePolicies: true, env });
}

/** The same with the policies the Trust publishes, whatever they are (none, too): for tests of every page. */
export function openTrustSite(env: Record<string, string> = {}): Promise<BrowserSite> {
  return openBuiltSite({ withTrustPolicies: true, env });
}

async function openBuiltSite(options: FixtureOptions & { env: Record<string, string> }): Promise<BrowserSite> {
  const { env } = options;
  const build = await buildFixtureSite(options);
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveStatic(build.distDir, env['POLICY_SITE_BASE'] ?? '/');
  const browser = await launchBrowser();
  return {
    build,
    server,
    browser,
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      return { page, requests };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
