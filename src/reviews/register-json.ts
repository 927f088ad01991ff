import { z } from 'zod';
import type { PolicyOverview } from '#src/library/policy-overview.ts';
import { POLICY_STATUSES, type PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { lastDay } from '#src/policy/policy-date.ts';
import type { PolicyDownload } from '#src/pdf/policy-downloads.ts';

const policyDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).describe('A day (2021-07-14) or, where only the month is recorded, a month (2021-07).');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const downloadSchema = z.object({
  kind: z.string().describe('The layout the file was made in: standard, large-print or easy-read.'),
  label: z.string().describe('What the file is, as the policy page lists it, e.g. "Large print PDF".'),
  url: z.url(),
  bytes: z.int().min(0),
  pages: z.int().min(1),
});

const registerRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  summary: z.string(),
  version: z.string().regex(/^\d+\.\d+$/),
  status: z.enum(POLICY_STATUSES),
  owner: z.string().describe('A role, not a person.'),
  category: z.string(),
  approvedBy: z.string().nullable(),
  approved: policyDate.nullable(),
  effective: policyDate.nullable(),
  reviewCycleMonths: z.int().min(1),
  nextReview: policyDate,
  reviewDueBy: day.describe('The last day the review is on time.'),
  reviewStatus: z.enum(['current', 'due-soon', 'overdue']),
  url: z.url(),
  versionsUrl: z.url(),
  downloads: z.array(downloadSchema).describe('The files made from the policy: its PDFs.'),
});

/** /policies.json: the register as data. Its JSON Schema, /policies.schema.json, is made from this. */
export const policyRegisterSchema = z.object({
  $schema: z.url(),
  generated: day.describe('The day the register was built for.'),
  policies: z.array(registerRecordSchema),
}).meta({ title: 'Policy register', description: 'Every staff policy, with its status, owner, review dates and downloads.' });

export type RegisterRecord = z.output<typeof registerRecordSchema>;
export type RegisterDownload = z.output<typeof downloadSchema>;

export function registerRecord(
  overview: PolicyOverview,
  data: PolicyFrontmatter,
  urls: { page: string; versions: string; downloads: RegisterDownload[] },
): RegisterRecord {
  return {
    id: overview.id,
    title: data.title,
    summary: data.summary,
    version: data.version,
    status: data.status,
    owner: data.owner,
    category: data.category,
    approvedBy: data.approvedBy ?? null,
    approved: data.approved ?? null,
    effective: data.effective ?? null,
    reviewCycleMonths: data.reviewCycleMonths,
    nextReview: data.nextReview,
    reviewDueBy: lastDay(data.nextReview),
    reviewStatus: overview.review.state,
    url: urls.page,
    versionsUrl: urls.versions,
    downloads: urls.downloads,
  };
}

/** A PDF as the register lists it, at its full address. */
export function registerDownload(download: PolicyDownload, url: string): RegisterDownload {
  return { kind: download.layout, label: download.label, url, bytes: download.bytes, pages: download.pages };
}

/** JSON Schema (2020-12) for /policies.json, published beside it as /policies.schema.json. */
export function policyRegisterJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(policyRegisterSchema, { target: 'draft-2020-12', io: 'output' });
  return { $schema: schema.$schema, $id: schemaUrl, ...schema };
}
