import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readSiteConfig } from './site/site-config.ts';
import { policiesLoader } from './library/policies-loader.ts';
import { policyVersionsLoader, type ArchivedVersionData } from './library/policy-versions-loader.ts';
import { easyReadLoader } from './library/easy-read-loader.ts';
import type { PolicyEntryData } from './library/policy-files.ts';
import type { EasyReadEntryData } from './easy-read/easy-read-files.ts';

const site = readSiteConfig(process.env, process.cwd());

/*
 * The loaders have already checked each file against their schemas (src/policy/policy-schema.ts, src/easy-read/easy-read-schema.ts) and hand over the result, so
 * these schemas only carry its shape through to the pages.
 */
const policies = defineCollection({
  loader: policiesLoader(site.policiesDir),
  schema: z.custom<PolicyEntryData>(),
});

const policyVersions = defineCollection({
  loader: policyVersionsLoader(site.policiesDir),
  schema: z.custom<ArchivedVersionData>(),
});

/** The easy-read version of each policy that has one, checked the same way (src/easy-read/). */
const easyRead = defineCollection({
  loader: easyReadLoader(site.policiesDir),
  schema: z.custom<EasyReadEntryData>(),
});

export const collections = { policies, policyVersions, easyRead };
