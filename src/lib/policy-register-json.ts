import type { PolicyOverview } from './policy-overview.ts';
import type { PolicyFrontmatter } from '../schemas/policy.ts';
import { lastDay } from './policy-date.ts';

/** One policy in /policies.json. The JSON Schema beside it (policyRegisterSchema) describes exactly this. */
export interface RegisterRecord {
  id: string;
  title: string;
  summary: string;
  version: string;
  status: string;
  owner: string;
  category: string;
  approvedBy: string | null;
  approved: string | null;
  effective: string | null;
  reviewCycleMonths: number;
  nextReview: string;
  reviewDueBy: string;
  reviewStatus: 'current' | 'due-soon' | 'overdue';
  url: string;
  versionsUrl: string;
  downloads: { format: string; url: string }[];
}

export function registerRecord(
  overview: PolicyOverview,
  data: PolicyFrontmatter,
  urls: { page: string; versions: string; downloads: { format: string; url: string }[] },
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

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'A day (2021-07-14) or, where only the month is recorded, a month (2021-07).' };

/** JSON Schema (2020-12) for /policies.json, published beside it as /policies.schema.json. */
export function policyRegisterSchema(schemaUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Policy register',
    description: 'Every staff policy, with its status, owner and review dates.',
    type: 'object',
    required: ['generated', 'policies'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', format: 'uri' },
      generated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The day the register was built for.' },
      policies: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title', 'summary', 'version', 'status', 'owner', 'category', 'approvedBy', 'approved', 'effective', 'reviewCycleMonths', 'nextReview', 'reviewDueBy', 'reviewStatus', 'url', 'versionsUrl', 'downloads'],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            title: { type: 'string', minLength: 1 },
            summary: { type: 'string' },
            version: { type: 'string', pattern: '^\\d+\\.\\d+$' },
            status: { enum: ['approved', 'draft', 'under-review', 'withdrawn'] },
            owner: { type: 'string', description: 'A role, not a person.' },
            category: { type: 'string' },
            approvedBy: { type: ['string', 'null'] },
            approved: { oneOf: [date, { type: 'null' }] },
            effective: { oneOf: [date, { type: 'null' }] },
            reviewCycleMonths: { type: 'integer', minimum: 1 },
            nextReview: date,
            reviewDueBy: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The last day the review is on time.' },
            reviewStatus: { enum: ['current', 'due-soon', 'overdue'] },
            url: { type: 'string', format: 'uri' },
            versionsUrl: { type: 'string', format: 'uri' },
            downloads: {
              type: 'array',
              items: { type: 'object', additionalProperties: false, required: ['format', 'url'], properties: { format: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
            },
          },
        },
      },
    },
  };
}
