/**
 * The send worker (BullMQ queue `send`, job id = draft id). Per job:
 *
 *   peek, only until the fence has answered synced and within a moment of a refusal (Redis:
 *     paused → park; over a cap → delay; consumes nothing, no Postgres)
 *   → claim tx: queued → sending, do-not-contact / suppression check (→ cancelled, audited),
 *     next attempt number, sends row 'started' — committed together
 *   → fence (Redis, ONE script: pause flags + every cap + register in flight) — the last check;
 *     a refusal withdraws the 'started' row and releases the claim (no transport call was made)
 *   → transport call
 *   → outcome tx: sends row sent + draft sent | permanent: failed | transient: released + retry
 *     with backoff and jitter (last attempt: failed) | unknown: held + alert.
 *
 * What must stay true:
 * - Nothing reaches the transport without a committed 'started' sends row; the partial unique
 *   index sends_one_live_uq allows one live attempt per draft. The row carries the worker's lease
 *   and fencing token (send/lease.ts): renewed while the job runs, checked under the row locks
 *   (drafts, then sends) by every outcome write. A draft whose lease ran out (worker killed) is
 *   held by the reconciler, never resent; a live worker's draft is never held.
 * - A job over a cap or paused is delayed (moveToDelayed), never failed and never spinning; the
 *   reason is kept in Redis for `draftgate status`.
 * - Duplicate or stale jobs settle on the guarded claim: losing it means drop the job.
 */
import { randomUUID } from 'node:crypto';
import { DelayedError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { redisOptions } from '../lib/redis.js';
import { accounts, drafts, sends, suppressions } from '../db/schema.js';
import { raiseHeldAlert } from './held.js';
import { cancelDraft, claimAndStart, claimForSend, confirmHeldSent, holdDraft, markFailed, markSent, releaseClaim, settleSent, type DraftRow } from '../drafts/lifecycle.js';
import { appendAudit } from '../audit/append.js';
import { leaseUntil, lockAttempt, retryWhileDown, startLease, type Lease, type Ownership } from './lease.js';
import { systemActor } from '../audit/actor.js';
import { getActivePolicy } from '../policy-store/store.js';
import { capsFor, clearDelayReason, fenceSend, limitsFromPolicy, peekSend, PARK_MS, callStartBound, settleFence, syncFromPostgres, unfenceSend, FENCE_RESERVE_MS, type CapLimits, type CapRule, type FenceResult, type SendTarget } from './fence/fence.js';
import { AGED_PRIORITY, SEND_QUEUE, sendTargetOf, SEND_ATTEMPTS } from './queue.js';
import { createTransport, messageIdFor, TransportError, type Transport } from './transports/index.js';
import type { Stopper } from '../lib/periodic.js';

export const sendActor = systemActor('send-worker');

export interface SendWorkerOptions {
  transport?: Transport;
  /** Override the policy's caps (benchmarks). */
  limits?: CapLimits;
  concurrency?: number;
  /** Backoff base for transient errors (ms); tests shorten it. */
  backoffMs?: number;
}

export type SendOutcome =
  | { outcome: 'sent'; messageId: string; attempt: number }
  | { outcome: 'failed'; error: string }
  | { outcome: 'held'; reason: string }
  | { outcome: 'cancelled'; reason: string }
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'delayed'; reason: string; untilMs: number };

export interface SendContext {
  transport: Transport;
  limits?: CapLimits;
  /** When this process last heard the fence (or its peek) refuse a send (Date.now()). */
  refusedAt?: number;
  /**
   * The last answer of the fence (or its peek) in this process was not 'unsynced'. Until one is,
   * every job peeks before it claims: a rebuild from Postgres counts each 'started' attempt as a
   * slot, so it must not run while this process holds claims that have not met the fence.
   */
  fenceSynced?: boolean;
  /** The rebuild of the fence from Postgres under way in this process, if any. */
  syncing?: Promise<unknown> | undefined;
}

/** After this long without a refusal, a job claims without a peek first (the fence alone checks). */
const PEEK_AFTER_REFUSAL_MS = 2000;

/** Peek before claiming: the fence is not known to be synced (or is being rebuilt), or it refused a job a moment ago. */
const peekFirst = (ctx: SendContext) => !ctx.fenceSynced || ctx.syncing !== undefined || Date.now() - (ctx.refusedAt ?? 0) < PEEK_AFTER_REFUSAL_MS;

async function currentLimits(deps: Deps, ctx: SendContext): Promise<CapLimits> {
  return ctx.limits ?? limitsFromPolicy((await getActivePolicy(deps.db)).policy);
}

async function withSync(deps: Deps, ctx: SendContext, run: () => Promise<FenceResult>): Promise<FenceResult> {
  const r = noteSynced(ctx, await run());
  if (r.kind !== 'unsynced') return r;
  // One rebuild at a time per process: every job that found the fence unsynced waits for it
  // (each rebuild reads a day of sends; one per job was a stampede at start-up).
  ctx.syncing ??= (async () => syncFromPostgres(deps, await currentLimits(deps, ctx)))().finally(() => {
    ctx.syncing = undefined;
  });
  await ctx.syncing;
  return noteSynced(ctx, await run());
}

function noteSynced(ctx: SendContext, r: FenceResult): FenceResult {
  ctx.fenceSynced = r.kind !== 'unsynced';
  return r;
}

async function loadTarget(deps: Deps, draftId: string): Promise<SendTarget | null> {
  const [d] = await deps.db.select().from(drafts).where(eq(drafts.id, draftId));
  return d ? sendTargetOf(d) : null;
}

/** Do-not-contact account or suppressed recipient/domain: the reason, else null. */
async function suppressedReason(tx: Parameters<Parameters<Deps['db']['transaction']>[0]>[0], d: DraftRow): Promise<string | null> {
  const email = d.toEmail.toLowerCase();
  const domain = email.split('@')[1] ?? '';
  const [acc] = await tx.select({ dnc: accounts.doNotContact }).from(accounts).where(eq(accounts.id, d.accountId));
  if (acc?.dnc) return 'account is do-not-contact';
  const [s] = await tx.select({ value: suppressions.value, reason: suppressions.reason }).from(suppressions).where(inArray(suppressions.value, [email, domain])).limit(1);
  if (s) return `recipient suppressed (${s.reason}: ${s.value})`;
  return null;
}

/** The claim's general path (one transaction): says why the one-statement claim matched no row. */
async function claimSlow(deps: Deps, ctx: SendContext, target: SendTarget, leaseToken: string) {
  return deps.db.transaction(async (tx) => {
    const c = await claimForSend(tx, target.draftId, sendActor);
    if (!c.ok) return { kind: 'lost' as const, reason: c.reason === 'lost_race' ? `draft is ${c.current.status}` : c.reason };
    const why = await suppressedReason(tx, c.draft);
    if (why) {
      await cancelDraft(tx, target.draftId, ['sending'], sendActor, why);
      return { kind: 'cancelled' as const, reason: why };
    }
    const [{ next }] = (await tx.select({ next: sql<number>`coalesce(max(${sends.attempt}), 0)::int + 1` }).from(sends).where(eq(sends.draftId, target.draftId))) as [{ next: number }];
    // The 'started' row commits with the claim, so the fence is the very last step before the
    // transport call: no Postgres round trip between counting a send and making it.
    const [row] = await tx
      .insert(sends)
      .values({
        draftId: c.draft.id,
        attempt: next,
        transport: ctx.transport.name,
        messageId: messageIdFor(c.draft.id, c.draft.fromMailbox),
        status: 'started',
        leaseToken,
        leaseUntil: leaseUntil(deps.config.SEND_LOCK_MS),
      })
      .returning({ id: sends.id });
    return { kind: 'claimed' as const, draft: c.draft, attempt: next, sendRowId: row!.id };
  });
}

/**
 * Process one send job. Returns the outcome; throws DelayedError after moving the job to delayed,
 * or the TransportError of a transient failure so BullMQ retries with backoff.
 */
export async function processSendJob(deps: Deps, ctx: SendContext, job: Job<SendTarget>, token?: string): Promise<SendOutcome> {
  const target = job.data.templateId ? job.data : await loadTarget(deps, job.data.draftId);
  if (!target) return { outcome: 'dropped', reason: 'draft not found' };
  const caps = capsFor(target, await currentLimits(deps, ctx));
  const order = job.timestamp;

  const delay = async (r: Extract<FenceResult, { kind: 'paused' | 'capped' }>): Promise<never> => {
    ctx.refusedAt = Date.now();
    const until = r.kind === 'paused' ? Date.now() + PARK_MS : r.untilMs;
    if (job.priority !== AGED_PRIORITY) await job.changePriority({ priority: AGED_PRIORITY });
    await job.moveToDelayed(Math.max(until, Date.now() + 1), token);
    throw new DelayedError();
  };

  // Claim + suppression check + attempt number + lease: one statement on the common path
  // (claimAndStart / settleSent in drafts/lifecycle.ts); the general path, one transaction, when it matched no row (lost race,
  // do-not-contact or suppressed: cancelled and audited there).
  const leaseToken = randomUUID();
  const claimNow = async () => {
    const messageId = messageIdFor(target.draftId, target.mailbox);
    const fast = await claimAndStart(deps.db, { draftId: target.draftId, actor: sendActor, transport: ctx.transport.name, messageId, leaseToken, lockMs: deps.config.SEND_LOCK_MS });
    return fast.ok ? { kind: 'claimed' as const, draft: fast.draft, attempt: fast.attempt, sendRowId: fast.sendRowId } : await claimSlow(deps, ctx, target, leaseToken);
  };
  const peekNow = () => withSync(deps, ctx, () => peekSend(deps, target, caps, order));

  // The peek saves a claim (and its release) for a job the fence would refuse, and spaces the jobs
  // waiting for the org cap. While this process has heard no refusal for a while it saves nothing:
  // the fence after the claim refuses the same jobs at the same cost (one release), so the job goes
  // straight to the claim, one Redis script less per send. The fence is still the last check.
  if (peekFirst(ctx)) {
    const peek = await peekNow();
    if (peek.kind === 'paused' || peek.kind === 'capped') return delay(peek);
  }
  const claim = await claimNow();
  if (claim.kind === 'lost') return { outcome: 'dropped', reason: claim.reason };
  if (claim.kind === 'cancelled') {
    await clearDelayReason(deps, target.draftId);
    return { outcome: 'cancelled', reason: claim.reason };
  }
  const { draft, attempt, sendRowId } = claim;
  const lease = startLease(deps, sendRowId, leaseToken);
  try {
    return await fenceAndSend(deps, ctx, job, target, caps, order, { draft, attempt, sendRowId, lease }, delay);
  } finally {
    lease.stop();
  }
}

/** No transport call was made: withdraw the attempt and put the draft back in the queue (only if it is still ours: drafts row, then sends row). */
async function withdrawAttempt(deps: Deps, target: SendTarget, caps: CapRule[], sendRowId: number, token: string, reason: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    if ((await lockAttempt(tx, target.draftId, sendRowId, token)).kind !== 'owner') return;
    await releaseClaim(tx, target.draftId, sendActor, reason);
    await tx.delete(sends).where(eq(sends.id, sendRowId));
  });
  // No call was made: no slot of this draft may stay counted. (A rebuild from Postgres that ran
  // while the attempt was 'started' reserved one for it, as for any call that may be starting.)
  await unfenceSend(deps, target, caps).catch(() => {});
}

const refusalReason = (r: Extract<FenceResult, { kind: 'paused' | 'capped' }>) => (r.kind === 'paused' ? `paused:${r.scope}` : `cap:${r.cap}`);

/** A cap refusal whose slot frees within this long is waited for in the job (at most FENCE_SHORT_WAITS times). */
const FENCE_SHORT_WAIT_MS = 30;
const FENCE_SHORT_WAITS = 3;

/** Fence answers too late to call in their reservation, in a row, before the attempt is released and waits 50 ms. */
const FENCE_TRIES = 5;


async function fenceAndSend(
  deps: Deps,
  ctx: SendContext,
  job: Job<SendTarget>,
  target: SendTarget,
  caps: ReturnType<typeof capsFor>,
  order: number,
  a: { draft: DraftRow; attempt: number; sendRowId: number; lease: Lease },
  delay: (r: Extract<FenceResult, { kind: 'paused' | 'capped' }>) => Promise<never>,
): Promise<SendOutcome> {
  const { draft, attempt, sendRowId, lease } = a;
  // The call must start within FENCE_RESERVE_MS of asking the fence (fence.ts: the slot is
  // reserved up to then): an answer that comes back later (a loop stalled that long) gives its
  // slot back and asks again, a few times at most.
  let fence: FenceResult;
  let asked = 0;
  for (let tries = 1, waits = 0; ; tries++) {
    asked = performance.now();
    fence = await withSync(deps, ctx, () => fenceSend(deps, target, caps, order));
    // A slot frees within a few ms (a ticket's call came a moment before the window turned over):
    // wait for it here, holding the claim, rather than withdraw and lose the slot to nobody.
    const wait = fence.kind === 'capped' ? fence.untilMs - Date.now() : Infinity;
    if (wait <= FENCE_SHORT_WAIT_MS && waits++ < FENCE_SHORT_WAITS) {
      await new Promise((r) => setTimeout(r, Math.max(1, wait)));
      tries--;
      continue;
    }
    if (fence.kind !== 'ok' || callStartBound(fence.at, asked) <= fence.at + FENCE_RESERVE_MS) break;
    await unfenceSend(deps, target, caps);
    if (tries >= FENCE_TRIES) {
      fence = { kind: 'capped', cap: 'late_fence_answers', untilMs: Date.now() + 50 };
      break;
    }
  }
  // Still unsynced after a rebuild (Redis flushed again meanwhile): no fence answered, no call.
  if (fence.kind === 'unsynced') fence = { kind: 'capped', cap: 'fence_unsynced', untilMs: Date.now() + 50 };
  if (fence.kind === 'paused' || fence.kind === 'capped') {
    await withdrawAttempt(deps, target, caps, sendRowId, lease.token, refusalReason(fence));
    return delay(fence);
  }

  // From here the draft is in flight: every path must leave the in-flight set.
  const messageId = messageIdFor(draft.id, draft.fromMailbox);
  const transportName = ctx.transport.name;
  const okAt = fence.at;
  let callStamp: number | null = null;

  try {
    // Taken over while waiting (lease ran out: Postgres was unreachable longer than the lease):
    // the reconciler holds the draft; making the call now would be a send nobody owns.
    if (lease.lost()) return { outcome: 'dropped', reason: 'the attempt was taken over before the transport call' };
    let result: { providerResponse?: string };
    try {
      // No await between the fence's answer and this call (the bound checked above holds here), and
      // the stamp is taken right before it: an upper bound of its start, lowered into every cap
      // window by settleFence below (fence.ts).
      callStamp = callStartBound(okAt, asked);
      result = await ctx.transport.send({
        draftId: draft.id,
        messageId,
        from: draft.fromMailbox,
        to: { email: draft.toEmail, name: draft.toName },
        subject: draft.finalSubject ?? draft.subject,
        body: draft.finalBody ?? draft.body,
      });
    } catch (e) {
      const te = e instanceof TransportError ? e : new TransportError('unknown', `transport threw ${(e as Error)?.name ?? 'error'}`);
      return await recordFailure(deps, job, draft, sendRowId, attempt, lease, te);
    }
    // The delivery is a fact: it must reach Postgres even if Postgres is down right now.
    const data = { message_id: messageId, transport: transportName, attempt };
    const providerResponse = result.providerResponse?.slice(0, 1000) ?? null;
    const settled = await retryWhileDown(deps, 'send outcome', async (): Promise<Ownership> => {
      // Still ours (the common case): one statement. Else the general path says whose it is.
      if (await settleSent(deps.db, { draftId: draft.id, sendRowId, leaseToken: lease.token, actor: sendActor, data, providerResponse })) return { kind: 'owner' };
      return deps.db.transaction(async (tx) => {
        const own = await lockAttempt(tx, draft.id, sendRowId, lease.token);
        const row = { status: 'sent' as const, error: null, finishedAt: sql`now()` as unknown as Date, providerResponse };
        if (own.kind === 'gone') {
          await appendAudit(tx, { actor: sendActor, action: 'send.late_delivery', subject: `draft:${draft.id}`, data: { ...data, draft_status: own.draftStatus, attempt_status: own.attemptStatus } });
          return own;
        }
        const m = own.kind === 'owner' ? await markSent(tx, draft.id, sendActor, data) : await confirmHeldSent(tx, draft.id, sendActor, data);
        if (!m.ok) throw new Error(`send outcome: draft ${draft.id} did not move (${m.reason})`);
        await tx.update(sends).set({ ...row, leaseToken: null }).where(eq(sends.id, sendRowId));
        return own;
      });
    });
    if (settled.kind === 'gone') {
      deps.log.error({ draftId: draft.id, attempt, draftStatus: settled.draftStatus }, 'delivered after the attempt was closed by a person; recorded as send.late_delivery');
    }
    return { outcome: 'sent', messageId, attempt };
  } finally {
    // Not awaited: the job is done once its outcome is in Postgres. It goes out with the other
    // settles of this turn of the event loop, on the fence's connection after this job's fence;
    // until it lands the slot stays counted at its reservation (later, so safe) and the draft in
    // flight (a pause waits for it a moment longer).
    void settleFence(deps, draft.id, caps, callStamp).catch(() => {});
  }
}

async function recordFailure(deps: Deps, job: Job<SendTarget>, draft: DraftRow, sendRowId: number, attempt: number, lease: Lease, te: TransportError): Promise<SendOutcome> {
  const finish = (status: 'failed' | 'unknown') =>
    ({ status, error: te.message.slice(0, 1000), providerResponse: te.providerResponse?.slice(0, 1000) ?? null, finishedAt: sql`now()` as unknown as Date, leaseToken: null });
  if (te.kind === 'unknown') {
    const held = await retryWhileDown(deps, 'send outcome', () =>
      deps.db.transaction(async (tx) => {
        if ((await lockAttempt(tx, draft.id, sendRowId, lease.token)).kind !== 'owner') return false; // already held by the reconciler
        await holdDraft(tx, draft.id, sendActor, te.message, { attempt });
        await tx.update(sends).set(finish('unknown')).where(eq(sends.id, sendRowId));
        return true;
      }),
    );
    if (!held) return { outcome: 'dropped', reason: 'outcome unknown; the attempt had already been taken over and held' };
    await raiseHeldAlert(deps, draft, te.message);
    return { outcome: 'held', reason: te.message };
  }
  const last = te.kind === 'permanent' || job.attemptsMade + 1 >= (job.opts.attempts ?? SEND_ATTEMPTS);
  const own = await retryWhileDown(deps, 'send outcome', () =>
    deps.db.transaction(async (tx) => {
      const o = await lockAttempt(tx, draft.id, sendRowId, lease.token);
      // Not delivered, for sure: worth recording on the attempt even when it was taken over (the
      // person deciding about the held draft reads it); the draft itself is no longer ours.
      if (o.kind !== 'gone') await tx.update(sends).set(finish('failed')).where(eq(sends.id, sendRowId));
      if (o.kind !== 'owner') return o;
      if (last) await markFailed(tx, draft.id, sendActor, { error: te.message, attempt });
      else await releaseClaim(tx, draft.id, sendActor, `transient: ${te.message}`);
      return o;
    }),
  );
  if (own.kind !== 'owner') return { outcome: 'dropped', reason: `transport refused after the attempt was taken over: ${te.message}` };
  if (last) return { outcome: 'failed', error: te.message };
  throw te; // BullMQ retries with backoff + jitter
}

/** Exponential backoff with full jitter between 50% and 100% of the step. */
export function jitterBackoff(baseMs: number) {
  return (attemptsMade: number) => {
    const step = Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 5 * 60_000);
    return Math.round(step * (0.5 + Math.random() * 0.5));
  };
}

export function createSendWorker(deps: Deps, opts: SendWorkerOptions = {}): { worker: Worker<SendTarget, SendOutcome>; connection: Redis; ctx: SendContext } {
  const connection = new Redis(deps.config.REDIS_URL, { ...redisOptions(), connectionName: 'draftgate-send-worker' });
  connection.on('error', (e) => deps.log.warn({ err: e.message }, 'send worker redis error'));
  // The first jobs peek before they claim, until the fence answers synced (fenceSynced).
  const ctx: SendContext = { transport: opts.transport ?? createTransport(deps.config), limits: opts.limits };
  const worker = new Worker<SendTarget, SendOutcome>(SEND_QUEUE, (job, token) => processSendJob(deps, ctx, job, token), {
    connection,
    prefix: `${deps.prefix}:bull`,
    concurrency: opts.concurrency ?? deps.config.SEND_CONCURRENCY,
    settings: { backoffStrategy: jitterBackoff(opts.backoffMs ?? 1000) },
    // The lock only guards BullMQ's own stalled detection; Postgres decides what was sent.
    lockDuration: Math.max(30_000, deps.config.SEND_LOCK_MS),
  });
  worker.on('error', (err) => deps.log.warn({ err }, 'send worker error'));
  return { worker, connection, ctx };
}

/** WORKER_PARTS entry: the send worker with the configured transport. */
export function startSendWorker(deps: Deps, opts: SendWorkerOptions = {}): Stopper {
  const { worker, connection, ctx } = createSendWorker(deps, opts);
  return async () => {
    await worker.close();
    await ctx.transport.close?.();
    connection.disconnect();
  };
}

