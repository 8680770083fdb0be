/**
 * Load stored drafts for `draftgate policy backtest`: every draft since a date with its account,
 * its first review decision and whether the recipient is suppressed, as the pure backtest's rows.
 */
import type postgres from 'postgres';
import type { Db } from '../db/client.js';
import { accounts } from '../db/schema.js';
import { rowToAccount } from '../accounts/book.js';
import { backtestPolicy, type BacktestReport, type BacktestRow } from '../policy/backtest.js';
import type { Account } from '../detect/types.js';
import type { Book } from '../detect/book.js';
import { scanDraft } from '../detect/scan.js';
import type { Policy } from '../policy/schema.js';
import { mapInSlices } from '../lib/slices.js';

export async function loadBacktestRows(db: Db, sql: postgres.Sql, since: Date): Promise<{ rows: BacktestRow[]; book: Account[] }> {
  const book = (await db.select().from(accounts)).map(rowToAccount);
  const byId = new Map(book.map((a) => [a.id, a]));
  const drafts = await sql`
    select d.id, d.external_id, d.account_id, d.to_email, d.to_name, d.from_mailbox, d.subject, d.body,
           d.workflow, d.template_id, d.prompt, d.policy_version,
           to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
           r.reviewer, r.decision,
           exists (select 1 from suppressions s where s.value = lower(d.to_email) or s.value = split_part(lower(d.to_email), '@', 2)) as suppressed
    from drafts d
    left join lateral (select reviewer, decision from reviews where draft_id = d.id order by id limit 1) r on true
    where d.created_at >= ${since.toISOString()}::timestamptz
    order by d.created_at, d.id`;
  const rows: BacktestRow[] = [];
  for (const d of drafts) {
    const account = byId.get(d.account_id as string);
    if (!account) continue;
    rows.push({
      draftId: d.id as string,
      draft: {
        external_id: d.external_id,
        account_id: d.account_id,
        to: { email: d.to_email, name: d.to_name ?? undefined },
        from: d.from_mailbox,
        subject: d.subject,
        body: d.body,
        workflow: d.workflow,
        template_id: d.template_id,
        prompt: d.prompt ?? undefined,
      },
      account,
      createdAt: new Date(d.created_at as string),
      reviewer: (d.reviewer as string | null) ?? account.ownerSlackId,
      decision: (d.decision as 'approve' | 'edit' | 'reject' | null) ?? null,
      suppressed: Boolean(d.suppressed),
      policyVersion: Number(d.policy_version),
    });
  }
  return { rows, book };
}

/**
 * The backtest as the console runs it: both policies' scans in slices (lib/slices.ts), so the
 * server keeps answering Slack's clicks and the agent's drafts while a month of drafts is scanned
 * twice (about 2 ms a draft each time: 10,000 drafts held the event loop for ~40 s in one go).
 */
export async function backtestInSlices(rows: BacktestRow[], candidate: Policy, active: Policy, book: Book): Promise<BacktestReport> {
  const scan = async (policy: Policy) => new Map(await mapInSlices(rows, (r) => [r.draftId, scanDraft(r.draft, r.account, book, policy)] as const));
  return backtestPolicy(rows, candidate, active, book, { candidate: await scan(candidate), active: await scan(active) });
}
