/**
 * getAccountContext: the account as one workflow may see it (DESIGN promise 8).
 *
 * Built by allow-list: only fields named in policy.workflows[wf].fields are copied, and a field
 * that is in policy.sensitive_fields (or a built-in sensitive one) is dropped even if a policy
 * somehow lists it. The `sensitive` map is never read here, so no sensitive value can leak through
 * a custom field name that shadows it.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { accounts } from '../db/schema.js';
import { getActivePolicy } from '../policy-store/store.js';
import { AppError } from '../lib/errors.js';
import { BUILTIN_SENSITIVE } from './parse.js';

export const AccountContextOut = z
  .object({
    account_id: z.string(),
    workflow: z.string(),
    fields: z.record(z.string(), z.unknown()),
  });
export type AccountContextOut = z.infer<typeof AccountContextOut>;

export const AccountContextQuery = z.strictObject({ workflow: z.string().min(1).max(100) });

/** Public (non-sensitive) account columns a workflow may name. */
const COLUMNS: Record<string, (a: typeof accounts.$inferSelect) => unknown> = {
  id: (a) => a.id,
  name: (a) => a.name,
  domain: (a) => a.domain,
  aliases: (a) => a.aliases,
  segment: (a) => a.segment,
  facts: (a) => a.facts,
  value_usd: (a) => a.valueUsd,
  strategic: (a) => a.strategic,
  named_opportunity: (a) => a.namedOpportunity,
  owner_slack_id: (a) => a.ownerSlackId,
  owner_email: (a) => a.ownerEmail,
  do_not_contact: (a) => a.doNotContact,
};

export async function getAccountContext(
  deps: Pick<Deps, 'db'>,
  input: { accountId: string; workflow: string; allowedWorkflows?: string[] },
): Promise<AccountContextOut> {
  const { policy } = await getActivePolicy(deps.db);
  const wf = policy.workflows[input.workflow];
  if (!wf) {
    const known = Object.keys(policy.workflows);
    throw new AppError('UNPROCESSABLE', `unknown workflow "${input.workflow}"`, {
      errors: [{ path: 'workflow', message: known.length ? `must be one of: ${known.join(', ')}` : 'no workflows are defined in the active policy' }],
    });
  }
  if (input.allowedWorkflows?.length && !input.allowedWorkflows.includes(input.workflow)) {
    throw new AppError('FORBIDDEN', `this token may not read context for workflow "${input.workflow}"`);
  }
  const [a] = await deps.db.select().from(accounts).where(eq(accounts.id, input.accountId));
  if (!a) throw new AppError('NOT_FOUND', `unknown account "${input.accountId}"`);
  const sensitive = new Set<string>([...policy.sensitive_fields, ...BUILTIN_SENSITIVE]);
  const fields: Record<string, unknown> = {};
  for (const f of wf.fields) {
    if (sensitive.has(f)) continue;
    const col = COLUMNS[f];
    if (col) fields[f] = col(a);
    else if (Object.hasOwn(a.custom, f)) fields[f] = a.custom[f];
  }
  return { account_id: a.id, workflow: input.workflow, fields };
}
