/**
 * The send worker's two hot statements, each ONE prepared statement (one round trip, atomic on its
 * own, no transaction opened): the claim of a queued draft together with its 'started' attempt,
 * and the 'sent' outcome of an attempt this worker still owns.
 *
 * Why here and not in drafts/lifecycle.ts: each statement moves a draft status (queued → sending,
 * sending → sent) in the same statement as a `sends` write, which the lifecycle's one-table moves
 * cannot express. They keep the lifecycle's discipline exactly: a guarded
 * `UPDATE drafts … WHERE id = $1 AND status = $from`, the audit row selected from the update's own
 * RETURNING (written if and only if the row moved; the same actor, action, subject and data
 * { from, to, version, …data } as `claimForSend` / `markSent`), zero rows a typed outcome. Zero
 * rows sends the worker down the general path (lifecycle functions in a transaction), which
 * classifies why: lost race, suppressed (cancelled, audited), taken over, closed by a person.
 *
 * What must stay true:
 * - Claim: the draft moves to `sending` and its 'started' attempt (fencing token, lease) commits in
 *   the same statement, or neither happens. A do-not-contact account or a suppressed recipient or
 *   domain makes the claim match no row (the general path then cancels the draft, audited).
 * - Sent: the draft moves sending → sent only while the attempt is 'started' with this worker's
 *   token; the draft row is locked first, then the attempt row (the one lock order, send/lease.ts).
 */
import { getTableColumns } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { drafts } from '../db/schema.js';
import type { DraftRow } from '../drafts/lifecycle.js';
import type { Actor } from '../audit/actor.js';

const DRAFT_COLUMN_LIST = Object.entries(getTableColumns(drafts));

function draftFromRaw(raw: Record<string, unknown>): DraftRow {
  const row: Record<string, unknown> = {};
  for (const [key, col] of DRAFT_COLUMN_LIST) {
    const v = raw[col.name];
    row[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
  }
  return row as DraftRow;
}

async function run(db: Db, name: string, text: string, params: unknown[]): Promise<Array<Record<string, unknown>>> {
  return (await db._.session.prepareQuery({ sql: text, params }, undefined, name, false).execute()) as Array<Record<string, unknown>>;
}

// $1 draft id, $2 actor, $3 transport, $4 message id, $5 lease token, $6 lease seconds
const CLAIM_SQL =
  `with moved as (` +
  `update drafts d set status = 'sending', updated_at = now() ` +
  `where d.id = $1 and d.status = 'queued' ` +
  `and not exists (select 1 from accounts a where a.id = d.account_id and a.do_not_contact) ` +
  `and not exists (select 1 from suppressions s where s.value in (lower(d.to_email), split_part(lower(d.to_email), '@', 2))) ` +
  `returning d.*), ` +
  `audit as (insert into audit_log (actor, action, subject, data) ` +
  `select $2::jsonb, 'send.claimed', 'draft:' || moved.id, jsonb_build_object('from', 'queued', 'to', 'sending', 'version', moved.version) from moved), ` +
  `started as (insert into sends (draft_id, attempt, transport, message_id, status, lease_token, lease_until) ` +
  `select moved.id, coalesce((select max(s.attempt) from sends s where s.draft_id = moved.id), 0) + 1, $3, $4, 'started', $5, now() + make_interval(secs => $6::float8) from moved ` +
  `returning id, attempt) ` +
  `select moved.*, started.id as "__send_id", started.attempt as "__attempt" from moved, started`;

export type FastClaim = { ok: true; draft: DraftRow; sendRowId: number; attempt: number } | { ok: false };

/**
 * queued → sending + the 'started' attempt, in one statement. `{ ok: false }` when the draft is not
 * queued or its recipient may not be contacted: the caller takes the general path to learn which.
 */
export async function claimAndStart(
  db: Db,
  input: { draftId: string; actor: Actor; transport: string; messageId: string; leaseToken: string; lockMs: number },
): Promise<FastClaim> {
  const rows = await run(db, 'send.claim_start', CLAIM_SQL, [input.draftId, JSON.stringify(input.actor), input.transport, input.messageId, input.leaseToken, input.lockMs / 1000]);
  const raw = rows[0];
  if (!raw) return { ok: false };
  return { ok: true, draft: draftFromRaw(raw), sendRowId: Number(raw.__send_id), attempt: Number(raw.__attempt) };
}

// $1 draft id, $2 send row id, $3 lease token, $4 actor, $5 audit data, $6 provider response
const SENT_SQL =
  `with moved as (` +
  `update drafts d set status = 'sent', sent_at = now(), updated_at = now() ` +
  `where d.id = $1 and d.status = 'sending' ` +
  `and exists (select 1 from sends s where s.id = $2 and s.draft_id = $1 and s.status = 'started' and s.lease_token = $3) ` +
  `returning d.id, d.version), ` +
  `audit as (insert into audit_log (actor, action, subject, data) ` +
  `select $4::jsonb, 'draft.sent', 'draft:' || moved.id, jsonb_build_object('from', 'sending', 'to', 'sent', 'version', moved.version) || $5::jsonb from moved), ` +
  // Runs after moved (it reads it): the draft row is locked before the attempt row.
  `fin as (update sends set status = 'sent', error = null, finished_at = now(), provider_response = $6, lease_token = null ` +
  `where id = $2 and exists (select 1 from moved) returning id) ` +
  // An attempt left open beside a sent draft must not commit: the division by zero rolls it all back.
  `select case when m.n = f.n then m.n else m.n / (f.n - f.n) end as moved from (select count(*)::int as n from moved) m, (select count(*)::int as n from fin) f`;

/**
 * sending → sent and the attempt 'sent', in one statement, only while the attempt is this worker's
 * ('started', same token). False when it is not (taken over, closed): the caller takes the general
 * path (lockAttempt), which confirms a held draft or records a late delivery.
 */
export async function settleSent(
  db: Db,
  input: { draftId: string; sendRowId: number; leaseToken: string; actor: Actor; data: Record<string, unknown>; providerResponse: string | null },
): Promise<boolean> {
  const rows = await run(db, 'send.settle_sent', SENT_SQL, [input.draftId, input.sendRowId, input.leaseToken, JSON.stringify(input.actor), JSON.stringify(input.data), input.providerResponse]);
  return Number(rows[0]?.moved ?? 0) === 1;
}
