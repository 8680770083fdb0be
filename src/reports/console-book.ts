/**
 * Read model for the console's Book page: the accounts table in a few figures (how many, how many
 * do-not-contact, strategic, with an open opportunity, with no owner to review their drafts) and
 * the import ledger (src/accounts/snapshots.ts `listImports`).
 */
import { sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { listImports, type ImportListItem } from '../accounts/snapshots.js';

export interface BookFigures {
  accounts: number;
  doNotContact: number;
  strategic: number;
  namedOpportunity: number;
  /** Accounts with neither an owner Slack id nor an owner email: their drafts go to the default reviewers. */
  noOwner: number;
  /** Accounts that carry at least one sensitive CRM value (contract value, discount, renewal, notes…). */
  withSensitive: number;
}

export async function bookFigures(deps: Pick<Deps, 'db'>): Promise<BookFigures> {
  const [row] = await deps.db.execute<{ accounts: number; dnc: number; strategic: number; opp: number; no_owner: number; sensitive: number }>(sql`
    select count(*)::int as accounts,
           count(*) filter (where do_not_contact)::int as dnc,
           count(*) filter (where strategic)::int as strategic,
           count(*) filter (where named_opportunity is not null)::int as opp,
           count(*) filter (where owner_slack_id is null and owner_email is null)::int as no_owner,
           count(*) filter (where sensitive <> '{}'::jsonb)::int as sensitive
    from accounts`);
  return {
    accounts: row?.accounts ?? 0,
    doNotContact: row?.dnc ?? 0,
    strategic: row?.strategic ?? 0,
    namedOpportunity: row?.opp ?? 0,
    noOwner: row?.no_owner ?? 0,
    withSensitive: row?.sensitive ?? 0,
  };
}

export async function bookOverview(deps: Pick<Deps, 'db'>): Promise<{ figures: BookFigures; imports: ImportListItem[] }> {
  const [figures, imports] = await Promise.all([bookFigures(deps), listImports(deps.db, { limit: 30 })]);
  return { figures, imports };
}
