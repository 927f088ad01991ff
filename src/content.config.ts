import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readSiteConfig } from './site.config.ts';
import { policiesLoader } from './loaders/policies-loader.ts';
import { policyVersionsLoader, type ArchivedVersionData } from './loaders/policy-versions-loader.ts';
import type { PolicyEntryData } from './lib/policy-files.ts';

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

export const collections = { policies, policyVersions };
