import { z } from 'zod';
import { nearest } from '#src/policy/fields.ts';
import type { Problem } from '#src/policy/problem.ts';

/** The one file that says which GitHub team reviews the policies of each owner role. */
export const OWNER_TEAMS_FILE = '.github/policy-owners.json';

const EXAMPLE_TEAM = '@true-learning-partnership/people-team';

/** A GitHub team (@org/team) or, for a very small trust, one person's account (@name). */
const HANDLE_PATTERN = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?$/;

const handle = z.string().trim().refine((value) => HANDLE_PATTERN.test(value), {
  error: (issue) => `"${String(issue.input)}" is not a GitHub team. Write it like "${EXAMPLE_TEAM}"`,
});
const handles = z.preprocess(
  (input) => (typeof input === 'string' ? [input] : input),
  z.array(handle, { error: `should be a GitHub team like "${EXAMPLE_TEAM}", or a list of them` })
    .min(1, { error: `is an empty list. Give at least one team, like "${EXAMPLE_TEAM}"` }),
);

const ROLES_EXAMPLE = `"roles": { "Director of People": "${EXAMPLE_TEAM}" }`;

const ownerTeamsSchema = z.strictObject({
  $comment: z.string().optional(),
  otherFiles: handles.optional(),
  roles: z.record(z.string().trim().min(1), handles, {
    error: (issue) => issue.input === undefined
      ? `is missing. Add each owner role with its team, like ${ROLES_EXAMPLE}`
      : `should list each owner role with its team, like ${ROLES_EXAMPLE}`,
  }),
}, { error: (issue) => issue.code === 'unrecognized_keys' ? undefined : `should hold "roles", like { ${ROLES_EXAMPLE} }` });

export interface OwnerTeams {
  /** Who reviews everything that is not a policy: the site's code, and these two files. */
  otherFiles: string[];
  /** Owner role, exactly as policies write it, to the teams that review its policies. */
  roles: Map<string, string[]>;
}

export type OwnerTeamsResult = { ok: true; teams: OwnerTeams } | { ok: false; problems: Problem[] };

/** Reads the mapping file's text, with one plain problem per mistake. */
export function readOwnerTeams(text: string, file = OWNER_TEAMS_FILE): OwnerTeamsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, message: `is not valid JSON (${reason}). Check the commas, quotation marks and brackets` }] };
  }
  const parsed = ownerTeamsSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue): Problem => {
        // A single team is read as a list of one, so a position in that list would only confuse.
        const field = issue.path.filter((part) => typeof part !== 'number').map(String).join(', ');
        const message = issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => {
            const suggestion = nearest(key, ['roles', 'otherFiles']);
            return `"${key}" is not a field we know. ${suggestion ? `Did you mean "${suggestion}"?` : 'The fields are "roles" and, if you want, "otherFiles"'}`;
          }).join('; ')
          : issue.message;
        return field === '' ? { file, message } : { file, field, message };
      }),
    };
  }
  return {
    ok: true,
    teams: {
      otherFiles: parsed.data.otherFiles ?? [],
      roles: new Map(Object.entries(parsed.data.roles).map(([role, teams]) => [role.trim(), teams])),
    },
  };
}

/** The teams for a policy's owner role, or the problem an owner reads when the role has none. */
export function teamsForRole(
  teams: OwnerTeams,
  policy: { file: string; owner: string; line?: number },
): { ok: true; teams: string[] } | { ok: false; problem: Problem } {
  const found = teams.roles.get(policy.owner);
  if (found) return { ok: true, teams: found };
  const suggestion = nearest(policy.owner, [...teams.roles.keys()]);
  const known = [...teams.roles.keys()];
  const addIt = `add the role to "roles" there, like "${policy.owner}": "${EXAMPLE_TEAM}"`;
  const advice = suggestion
    ? `Did you mean ${suggestion}? If not, ${addIt}`
    : `To fix it, ${addIt}${known.length > 0 ? `, or use a role it lists: ${known.join(', ')}` : ''}`;
  return {
    ok: false,
    problem: {
      file: policy.file,
      field: 'owner',
      ...(policy.line === undefined ? {} : { line: policy.line }),
      message: `the role "${policy.owner}" has no GitHub team in ${OWNER_TEAMS_FILE}, so no one would be asked to review changes to this policy. ${advice}`,
    },
  };
}
