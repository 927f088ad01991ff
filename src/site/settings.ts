import { buildDate } from './build-date.ts';
import { readSiteConfig } from './site-config.ts';

/** Settings and the build date, read once per build for every page. */
export const site = readSiteConfig(process.env, process.cwd());
export const today = buildDate(process.env);
export const base = import.meta.env.BASE_URL;
