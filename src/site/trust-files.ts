import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from './site-config.ts';
import { BRAND_STYLESHEET, TRUST_LOGO } from './urls.ts';

/**
 * The stylesheet that carries the brand colour. It is a file, not a style in the page, because the
 * Content-Security-Policy refuses inline styles; src/styles/site.css uses --brand for links and the header.
 */
export function brandStylesheet(brandColour: string): string {
  return `/* Made by the build from brandColour in trust/settings.yaml: change it there, not here. */\n:root { --brand: ${brandColour}; }\n`;
}

/** The files the Trust's settings add to the built site, by their path in it. */
export async function trustFiles(site: Pick<SiteConfig, 'brandColour' | 'logo'>): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>([[BRAND_STYLESHEET, brandStylesheet(site.brandColour)]]);
  if (site.logo) files.set(TRUST_LOGO, await readFile(site.logo.file));
  return files;
}

export async function writeTrustFiles(site: Pick<SiteConfig, 'brandColour' | 'logo'>, distDir: string): Promise<string[]> {
  const files = await trustFiles(site);
  for (const [name, contents] of files) {
    await mkdir(path.dirname(path.join(distDir, name)), { recursive: true });
    await writeFile(path.join(distDir, name), contents);
  }
  return [...files.keys()];
}
