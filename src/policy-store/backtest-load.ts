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

/**
 * The most drafts one backtest replays. Each is scanned under both policies (about 2 ms a time for
 * an ordinary 2 KB email), so 5,000 drafts are 20-40 s of work; a longer period is replayed as its
 * most recent whole days that fit, and the report says how many drafts the period held.
 */
export const BACKTEST_MAX_DRAFTS = 5000;

/**
 * The drafts created since `since`, oldest first, as backtest rows; at most `maxDrafts` of them:
 * past that, the most recent ones, less the oldest UTC day among them when the cap cut into it (a
 * day's review load is counted whole or not at all). `periodDrafts`: how many the period held.
 */
export async function loadBacktestRows(
  db: Db,
  sql: postgres.Sql,
  since: Date,
  maxDrafts = BACKTEST_MAX_DRAFTS,
): Promise<{ rows: BacktestRow[]; book: Account[]; periodDrafts: number }> {
  const book = (await db.select().from(accounts)).map(rowToAccount);
  const byId = new Map(book.map((a) => [a.id, a]));
  const from = since.toISOString();
  // The period's count rides on the same read: the window is counted before the limit applies.
  let drafts = await sql`
    select d.id, d.external_id, d.account_id, d.to_email, d.to_name, d.from_mailbox, d.subject, d.body,
           d.workflow, d.template_id, d.prompt, d.policy_version,
           to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
           r.reviewer, r.decision,
           exists (select 1 from suppressions s where s.value = lower(d.to_email) or s.value = split_part(lower(d.to_email), '@', 2)) as suppressed,
           d.period_drafts
    from (select *, count(*) over ()::int as period_drafts from drafts where created_at >= ${from}::timestamptz order by created_at desc, id desc limit ${maxDrafts + 1}) d
    left join lateral (select reviewer, decision from reviews where draft_id = d.id order by id limit 1) r on true
    order by d.created_at, d.id`;
  const periodDrafts = drafts.length === 0 ? 0 : Number(drafts[0]!.period_drafts);
  if (drafts.length > maxDrafts) {
    // One draft past the cap, read to see whether the cap cut into a day: if it shares the oldest
    // kept draft's day, that day is left out (unless it is the only one: then its latest drafts).
    const day = (d: (typeof drafts)[number]) => (d.created_at as string).slice(0, 10);
    const cut = day(drafts[0]!) === day(drafts[1]!);
    const kept = drafts.slice(1);
    const whole = cut ? kept.filter((d) => day(d) !== day(drafts[0]!)) : kept;
    drafts = (whole.length > 0 ? whole : kept) as unknown as typeof drafts;
  }
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
  return { rows, book, periodDrafts };
}

/**
 * The backtest as the console runs it: both policies' scans in slices (lib/slices.ts), so the
 * server keeps answering Slack's clicks and the agent's drafts while a month of drafts is scanned
 * twice (about 2 ms a draft each time: 10,000 drafts held the event loop for ~40 s in one go).
 */
export async function backtestInSlices(rows: BacktestRow[], candidate: Policy, active: Policy, book: Book, periodDrafts = rows.length): Promise<BacktestReport> {
  const scan = async (policy: Policy) => new Map(await mapInSlices(rows, (r) => [r.draftId, scanDraft(r.draft, r.account, book, policy)] as const));
  return backtestPolicy(rows, candidate, active, book, { scanned: { candidate: await scan(candidate), active: await scan(active) }, periodDrafts });
}
