import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readSiteConfig } from './site.config.ts';
import { policiesLoader } from './loaders/policies-loader.ts';
import { policyVersionsLoader, type ArchivedVersionData } from './loaders/policy-versions-loader.ts';
import { easyReadLoader } from './loaders/easy-read-loader.ts';
import type { PolicyEntryData } from './lib/policy-files.ts';
import type { EasyReadEntryData } from './lib/easy-read/easy-read-files.ts';

const site = readSiteConfig(process.env, process.cwd());

/*
 * The loaders have already checked each file against src/schemas/ and hand over the result, so
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

/** The easy-read version of each policy that has one, checked the same way (src/lib/easy-read/). */
const easyRead = defineCollection({
  loader: easyReadLoader(site.policiesDir),
  schema: z.custom<EasyReadEntryData>(),
});

export const collections = { policies, policyVersions, easyRead };
