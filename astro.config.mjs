// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readSiteConfig } from './src/site/site-config.ts';
import { letteredParagraphsPlugin } from './src/cross-references/lettered-paragraphs-plugin.ts';
import { sectionHeadingsPlugin } from './src/cross-references/section-headings-plugin.ts';
import { crossReferencesPlugin } from './src/cross-references/cross-references-plugin.ts';
import { MARKDOWN_FEATURES } from './src/policy/markdown-features.ts';
import { buildReport } from './src/site/build-report.ts';
import { policyPdfs } from './src/pdf/policy-pdfs.ts';
import { searchIndex } from './src/search/search-index.ts';
import { easyReadPictures } from './src/easy-read/easy-read-pictures.ts';
import { precompress } from './src/publish/precompress.ts';
import { trustFilesIntegration } from './src/site/trust-files-integration.ts';

const site = readSiteConfig(process.env, process.cwd());

export default defineConfig({
  site: site.siteUrl,
  base: site.base,
  trailingSlash: 'always',
  // Styles always come from files, so the Content-Security-Policy can refuse inline ones (src/publish/content-security-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The Trust's sites must work with no request to anyone else, so nothing is prefetched or fetched at run time.
  prefetch: false,
  devToolbar: { enabled: false },
  // Pages whose data and code are unchanged since the last build are copied from it, not rendered
  // again: each page's getStaticPaths gives a cacheKey of its data (src/site/cache-key.ts), and Astro
  // re-renders a route's pages when its code changes. ARCHITECTURE.md, "What a build reuses".
  experimental: { incrementalBuild: true },
  markdown: {
    processor: satteri({
      features: MARKDOWN_FEATURES,
      mdastPlugins: [crossReferencesPlugin(site.base), letteredParagraphsPlugin],
      hastPlugins: [sectionHeadingsPlugin],
    }),
  },
  // The search index reads the finished pages, so it comes after everything that writes them;
  // compression comes after the search index, to compress its files too; the build report comes
  // last of all, to time the others.
  integrations: [mdx(), easyReadPictures(), trustFilesIntegration(site), policyPdfs(site), searchIndex(site), precompress(), buildReport()],
  vite: {
    build: {
      // Astro would put a small script inside the page; the Content-Security-Policy allows scripts from files only.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns about each one. It is Astro's business, not an owner's, and would bury real messages.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
