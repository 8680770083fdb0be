/**
 * Who owns a send attempt. The claim transaction writes the attempt's `sends` row ('started') with
 * a fencing token (`lease_token`, random per attempt) and a lease (`lease_until` = now +
 * SEND_LOCK_MS). While the worker works on it — waiting at the fence, inside the transport call,
 * writing the outcome — it renews the lease every third of SEND_LOCK_MS, in Postgres (so a Redis
 * outage does not make a live worker look dead).
 *
 * What must stay true:
 * - The reconciler holds a `sending` draft only when its attempt's lease has run out (the worker
 *   is gone or cut off from Postgres), and it takes the attempt over in the same transaction:
 *   row → 'unknown', token → null. A live worker's draft is never held.
 * - Every outcome write checks the token under the row locks (`lockAttempt`). The owner writes the
 *   outcome. A worker whose attempt was taken over while its transport call went through reports
 *   the delivery anyway: a held draft whose held attempt was in fact delivered becomes `sent`
 *   (never left held to be released and sent twice). Anything later (a person already released the
 *   draft) is recorded as `send.late_delivery` and touches nothing.
 * - One lock order everywhere: the `drafts` row, then its `sends` rows (claim, fence release,
 *   outcomes, reconciler hold, held release). Two orders deadlocked under load.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import type { Tx } from '../db/client.js';
import { isConnectionError } from '../db/client.js';
import { drafts, sends } from '../db/schema.js';

/** SQL for "now + the lease length" (lease_until of a claim or a renewal). */
export const leaseUntil = (lockMs: number) => sql`now() + make_interval(secs => ${lockMs / 1000})` as unknown as Date;

/** SQL condition: the attempt's lease has run out (rows written before leases: started_at + lock). */
export const leaseExpired = (lockMs: number) => sql`coalesce(${sends.leaseUntil}, ${sends.startedAt} + make_interval(secs => ${lockMs / 1000})) < now()`;

export interface Lease {
  readonly token: string;
  /** True once a renewal found the attempt no longer ours (taken over): do not call the transport. */
  lost(): boolean;
  stop(): void;
}

/** Renew the lease of one attempt until stopped. Renewal failures while Postgres is down are retried. */
export function startLease(deps: Pick<Deps, 'db' | 'config' | 'log'>, sendRowId: number, token: string): Lease {
  const lockMs = deps.config.SEND_LOCK_MS;
  let lost = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const renew = async () => {
    try {
      const rows = await deps.db
        .update(sends)
        .set({ leaseUntil: leaseUntil(lockMs) })
        .where(and(eq(sends.id, sendRowId), eq(sends.leaseToken, token), eq(sends.status, 'started')))
        .returning({ id: sends.id });
      if (!rows.length) lost = true;
    } catch (err) {
      deps.log.warn({ err: (err as Error).message, sendRowId }, 'send lease renewal failed');
    }
    if (!stopped && !lost) schedule();
  };
  const schedule = () => {
    timer = setTimeout(() => void renew(), Math.max(200, Math.floor(lockMs / 3)));
    timer.unref();
  };
  schedule();
  return {
    token,
    lost: () => lost,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export type Ownership =
  | { kind: 'owner' }
  /** The reconciler took the attempt over (lease ran out) and held the draft; no one released it yet. */
  | { kind: 'taken_over' }
  /** Anything else: a person released or cancelled the held draft, or the row is gone. */
  | { kind: 'gone'; draftStatus: string | null; attemptStatus: string | null };

/**
 * Lock the draft row (before any sends row: the one lock order) and say who owns the attempt.
 * Call first in every transaction that writes an attempt's outcome.
 */
export async function lockAttempt(tx: Tx, draftId: string, sendRowId: number, token: string): Promise<Ownership> {
  // One round trip. Only the draft row is locked: every writer of an attempt's status or token
  // (outcomes, the reconciler's hold, held release) takes the draft row first, so holding it
  // settles who owns the attempt; lease renewals touch neither status nor token.
  const [r] = await tx
    .select({
      draftStatus: drafts.status,
      status: sends.status,
      token: sends.leaseToken,
      later: sql<number>`(select count(*)::int from sends l where l.draft_id = ${draftId} and l.id > ${sendRowId})`,
    })
    .from(drafts)
    .leftJoin(sends, eq(sends.id, sendRowId))
    .where(eq(drafts.id, draftId))
    .for('update', { of: drafts });
  if (r?.draftStatus === 'sending' && r.status === 'started' && r.token === token) return { kind: 'owner' };
  if (r?.draftStatus === 'held' && r.status === 'unknown' && r.token === null && r.later === 0) return { kind: 'taken_over' };
  return { kind: 'gone', draftStatus: r?.draftStatus ?? null, attemptStatus: r?.status ?? null };
}

/**
 * Run fn until it succeeds or fails for a reason other than the database being unreachable, for
 * at most `maxMs`. Used for outcome writes after a transport call: the outcome is a fact that must
 * reach Postgres, and the lease keeps the reconciler away only while Postgres is reachable.
 */
export async function retryWhileDown<T>(deps: Pick<Deps, 'log'>, what: string, fn: () => Promise<T>, maxMs = 10 * 60_000): Promise<T> {
  const end = Date.now() + maxMs;
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!isConnectionError(err) || Date.now() > end) throw err;
      deps.log.warn({ err: (err as Error).message, what }, 'database unreachable; retrying');
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** i, 2000)));
    }
  }
}
