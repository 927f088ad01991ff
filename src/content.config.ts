import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readSiteConfig } from './site.config.ts';
import { policiesLoader } from './loaders/policies-loader.ts';
import type { PolicyEntryData } from './lib/policy-files.ts';

const site = readSiteConfig(process.env, process.cwd());

/*
 * The loader has already checked each file against src/schemas/policy.ts and hands over the
 * result, so this schema only carries its shape through to the pages.
 */
const policies = defineCollection({
  loader: policiesLoader(site.policiesDir),
  schema: z.custom<PolicyEntryData>(),
});

export const collections = { policies };
