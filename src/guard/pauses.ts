/**
 * The kill switch (DESIGN promise 3): once pauseScope returns, no send in its scope starts.
 *
 * Contract
 * - pauseScope writes the pause row + `pause.started` audit in one transaction, then in ONE Redis
 *   script sets the flag and reads the in-flight hash (see src/send/fence/): every worker fence
 *   that ran before it is in that set ("in flight at pause"), every later fence sees the flag.
 *   It then waits (up to PAUSE_DRAIN_MS) for those in-flight sends to finish their transport call,
 *   so that when it returns no transport call in scope is still about to start; sends that outlive
 *   the wait are reported as `stillRunning`. Pausing a scope that is already paused succeeds and
 *   returns the existing pause (`alreadyPaused: true`); the flag is set again regardless.
 * - Redis unreachable: the pause is still recorded (Postgres is the truth) and pauseScope returns
 *   within REDIS_ANSWER_MS with `fenced: false` and `sendingNow` (drafts in `sending` in scope, from
 *   Postgres): no fence can admit a send while Redis is down, and the flag command waits in the
 *   client's queue and runs when Redis answers. The person pulling the brake is told exactly that.
 * - resumeScope ends the pause (row + `pause.ended` audit), clears the flag (compare-and-delete on
 *   the pause id), and promotes the parked jobs in their original enqueue order; they go through
 *   the caps again at the fence. A job still covered by another pause parks again.
 * - Bad input (unknown scope shape, empty reason) → AppError before anything is written.
 * BullMQ's queue.pause() is NOT used: it is not a fence (DESIGN §7).
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { pauses, drafts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { Actor } from '../audit/actor.js';
import { AppError, parseInput } from '../lib/errors.js';
import { lowerPauseFlag, promoteParked, raisePauseFlag, stillInFlight } from '../send/fence/pause-flags.js';
import { parseScope, printScope, SCOPE_HELP } from '../policy/scope.js';

export const PAUSE_DRAIN_MS = 2000;

/** A scope (policy/scope.ts), normalized: mailbox addresses lowercased. */
export const PauseScope = z
  .string()
  .trim()
  .refine((s) => parseScope(s) !== null, SCOPE_HELP)
  .transform((s) => printScope(parseScope(s)!));
export type PauseScope = z.infer<typeof PauseScope>;

export const PauseSource = z.enum(['slash_command', 'api', 'anomaly', 'delivery_event', 'cli']);

export const PauseInput = z.object({
  scope: PauseScope,
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
  source: PauseSource,
  actor: Actor,
  evidence: z.record(z.string(), z.unknown()).optional(),
});
export type PauseInput = z.input<typeof PauseInput>;

export const ResumeInput = z.object({ scope: PauseScope, actor: Actor });
export type ResumeInput = z.input<typeof ResumeInput>;

export type PauseRow = typeof pauses.$inferSelect;

export interface PauseResult {
  pause: PauseRow;
  alreadyPaused: boolean;
  /** Approved or queued drafts in scope that will wait for the resume. */
  heldCount: number;
  inFlight: {
    /** Sends that had passed the fence when the flag was set (may have completed since). */
    count: number;
    draftIds: string[];
    /** Of those, still inside the transport call when pauseScope returned. */
    stillRunning: number;
  };
  /** False when Redis did not answer: recorded in Postgres, the flag is raised once Redis is reachable. */
  fenced: boolean;
  /** Drafts in scope in `sending` per Postgres (set when not fenced): 0 means nothing is sending now. */
  sendingNow?: number;
}

/** How long the brake waits for Redis before answering from what Postgres recorded. */
export const REDIS_ANSWER_MS = 1000;

/** SQL condition: the draft is covered by `scope`. */
export function scopeCondition(scope: string) {
  const parsed = parseScope(scope);
  if (!parsed) throw new AppError('UNPROCESSABLE', SCOPE_HELP);
  if (parsed.kind === 'all') return sql`true`;
  const { kind, id } = parsed;
  switch (kind) {
    case 'template':
      return eq(drafts.templateId, id);
    case 'workflow':
      return eq(drafts.workflow, id);
    case 'mailbox':
      return sql`lower(${drafts.fromMailbox}) = ${id}`;
    case 'client':
      return eq(drafts.client, id);
    default:
      return eq(drafts.accountId, id);
  }
}

export async function pauseScope(deps: Deps, input: PauseInput): Promise<PauseResult> {
  const p = parseInput(PauseInput, input, 'pause request');
  const { pause, alreadyPaused } = await deps.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(pauses).where(and(eq(pauses.scope, p.scope), isNull(pauses.endedAt))).for('update');
    if (existing) return { pause: existing, alreadyPaused: true };
    const [row] = await tx
      .insert(pauses)
      .values({ scope: p.scope, reason: p.reason, source: p.source, actor: p.actor, evidence: p.evidence ?? {} })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      // A concurrent pause of the same scope committed first: it is the pause.
      const [other] = await tx.select().from(pauses).where(and(eq(pauses.scope, p.scope), isNull(pauses.endedAt)));
      return { pause: other!, alreadyPaused: true };
    }
    await appendAudit(tx, {
      actor: p.actor,
      action: 'pause.started',
      subject: `pause:${p.scope}`,
      data: { pause_id: row.id, scope: p.scope, reason: p.reason, source: p.source, evidence: p.evidence ?? {} },
    });
    return { pause: row, alreadyPaused: false };
  });

  // The fence: flag set and in-flight set read at one instant (bounded: see the contract).
  const raising = raisePauseFlag(deps, pause.scope, pause.id, deps.config.SEND_LOCK_MS);
  raising.catch((err: unknown) => deps.log.warn({ err: (err as Error).message, scope: pause.scope }, 'pause flag not raised yet'));
  let timer: NodeJS.Timeout | undefined;
  const raised = await Promise.race([raising.then((ids) => ids, () => null), new Promise<null>((r) => (timer = setTimeout(() => r(null), REDIS_ANSWER_MS)))]);
  clearTimeout(timer);
  if (raised === null) {
    const [{ held, sending }] = (await deps.db
      .select({ held: sql<number>`count(*) filter (where ${drafts.status} in ('approved','queued'))::int`, sending: sql<number>`count(*) filter (where ${drafts.status} = 'sending')::int` })
      .from(drafts)
      .where(and(inArray(drafts.status, ['approved', 'queued', 'sending']), scopeCondition(pause.scope)))) as [{ held: number; sending: number }];
    return { pause, alreadyPaused, heldCount: held, inFlight: { count: sending, draftIds: [], stillRunning: sending }, fenced: false, sendingNow: sending };
  }
  const inFlightIds = raised;
  let running = inFlightIds;
  const deadline = Date.now() + PAUSE_DRAIN_MS;
  while (running.length && Date.now() < deadline) {
    running = await stillInFlight(deps, running);
    if (running.length) await new Promise((r) => setTimeout(r, 2));
  }

  const [{ n }] = (await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(drafts)
    .where(and(inArray(drafts.status, ['approved', 'queued']), scopeCondition(pause.scope)))) as [{ n: number }];

  let row = pause;
  if (!alreadyPaused) {
    row = await deps.db.transaction(async (tx) => {
      const [u] = await tx.update(pauses).set({ inFlightAtPause: inFlightIds.length, heldAtPause: n }).where(eq(pauses.id, pause.id)).returning();
      await appendAudit(tx, {
        actor: p.actor,
        action: 'pause.fenced',
        subject: `pause:${p.scope}`,
        data: { pause_id: pause.id, in_flight_at_pause: inFlightIds.length, still_running: running.length, held: n },
      });
      return u ?? pause;
    });
  }
  return { pause: row, alreadyPaused, heldCount: n, inFlight: { count: inFlightIds.length, draftIds: inFlightIds, stillRunning: running.length }, fenced: true };
}

export interface ResumeResult {
  pause: PauseRow;
  /** Parked jobs promoted back to the queue, in their original order. */
  released: number;
}

export async function resumeScope(deps: Deps, input: ResumeInput): Promise<ResumeResult> {
  const p = parseInput(ResumeInput, input, 'pause request');
  const pause = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(pauses)
      .set({ endedAt: sql`now()` as unknown as Date, endedBy: p.actor })
      .where(and(eq(pauses.scope, p.scope), isNull(pauses.endedAt)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', `no active pause for scope ${p.scope}`);
    await appendAudit(tx, {
      actor: p.actor,
      action: 'pause.ended',
      subject: `pause:${p.scope}`,
      data: { pause_id: row.id, scope: p.scope, paused_for_ms: Date.now() - row.startedAt.getTime() },
    });
    return row;
  });
  const ids = await lowerPauseFlag(deps, pause.scope, pause.id);
  const released = await promoteParked(deps, ids);
  return { pause, released };
}

/** The active pause of `scope` (any spelling of it), or null. */
export async function activePause(deps: Pick<Deps, 'db'>, scope: string): Promise<PauseRow | null> {
  const normalized = parseScope(scope);
  if (!normalized) return null;
  const [row] = await deps.db.select().from(pauses).where(and(eq(pauses.scope, printScope(normalized)), isNull(pauses.endedAt)));
  return row ?? null;
}

export async function listPauses(deps: Pick<Deps, 'db'>, opts: { includeEnded?: boolean; limit?: number } = {}): Promise<PauseRow[]> {
  const q = deps.db.select().from(pauses);
  return (opts.includeEnded ? q : q.where(isNull(pauses.endedAt))).orderBy(desc(pauses.startedAt)).limit(opts.limit ?? 100);
}
