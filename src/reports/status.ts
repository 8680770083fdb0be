/**
 * What is going on right now, for `draftgate status`, GET /v1/status and Slack: queue depths,
 * active pauses, today's tiers, every cap with its current usage, why jobs are waiting, held
 * drafts, and the rejection rate per template. Read-only; Postgres for facts, Redis for work in
 * flight (cap windows, delay reasons).
 */
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts, pauses, reviews } from '../db/schema.js';
import { getActivePolicy } from '../policy-store/store.js';
import { limitsFromPolicy } from '../send/fence/fence.js';
import { readCapUsage, readDelayReasons, type CapUsage, type DelayedJob } from '../send/fence/usage.js';
import { listUndeliveredAlerts, type UndeliveredAlerts } from '../guard/alerts.js';
import { scopeCondition } from '../guard/pauses.js';

export type { CapUsage, DelayedJob } from '../send/fence/usage.js';

export interface Status {
  at: string;
  queue: { waiting: number; active: number; delayed: number; failed: number; completed: number };
  drafts: Record<string, number>;
  /** `stopped`: approved drafts in the scope waiting for the resume, counted as `pause` counts them. */
  pauses: Array<{ id: string; scope: string; reason: string; source: string; startedAt: string; inFlightAtPause: number; heldAtPause: number; stopped: number }>;
  tiersToday: { blocked: number; high: number; low: number; sampled: number };
  limits: { org_per_minute: number; mailbox_per_day: number; domain_per_day: number; unreviewed_per_template_per_hour: number };
  caps: CapUsage[];
  delayed: DelayedJob[];
  held: Array<{ id: string; toEmail: string; templateId: string; reason: string | null; since: string }>;
  rejectionByTemplate: Array<{ templateId: string; reviews: number; rejections: number; edits: number; rate: number }>;
  /** Alerts written but not yet posted to Slack (the outbox), oldest first. */
  alerts: UndeliveredAlerts & { slackConfigured: boolean };
}

function startOfTodayUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function getStatus(deps: Deps): Promise<Status> {
  const now = deps.now();
  const { policy } = await getActivePolicy(deps.db);
  const limits = limitsFromPolicy(policy);

  const nowMs = now.getTime();
  const [counts, active, byStatus, tiers, held, rej, caps, delayed] = await Promise.all([
    deps.queues.send.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'),
    deps.db.select().from(pauses).where(isNull(pauses.endedAt)).orderBy(desc(pauses.startedAt)),
    deps.db.select({ status: drafts.status, n: sql<number>`count(*)::int` }).from(drafts).groupBy(drafts.status),
    deps.db
      .select({ tier: drafts.tier, n: sql<number>`count(*)::int`, sampled: sql<number>`count(*) filter (where ${drafts.sampled})::int` })
      .from(drafts)
      .where(gte(drafts.createdAt, startOfTodayUtc(now)))
      .groupBy(drafts.tier),
    deps.db
      .select({ id: drafts.id, toEmail: drafts.toEmail, templateId: drafts.templateId, reason: drafts.holdReason, since: drafts.updatedAt })
      .from(drafts)
      .where(eq(drafts.status, 'held'))
      .orderBy(drafts.updatedAt)
      .limit(100),
    deps.db
      .select({
        templateId: drafts.templateId,
        reviews: sql<number>`count(*)::int`,
        rejections: sql<number>`count(*) filter (where ${reviews.decision} = 'reject')::int`,
        edits: sql<number>`count(*) filter (where ${reviews.decision} = 'edit')::int`,
      })
      .from(reviews)
      .innerJoin(drafts, eq(drafts.id, reviews.draftId))
      .where(and(gte(reviews.createdAt, new Date(now.getTime() - 7 * 86_400_000))))
      .groupBy(drafts.templateId),
    readCapUsage(deps, limits, nowMs),
    readDelayReasons(deps, nowMs),
  ]);

  // Per open pause, the approved drafts it stops: the same count `pause` reports (guard/pauses.ts).
  const [stopped, undelivered] = await Promise.all([
    Promise.all(
      active.map(async (p) => {
        const [{ n }] = (await deps.db
          .select({ n: sql<number>`count(*)::int` })
          .from(drafts)
          .where(and(inArray(drafts.status, ['approved', 'queued']), scopeCondition(p.scope)))) as [{ n: number }];
        return n;
      }),
    ),
    listUndeliveredAlerts(deps),
  ]);
  const tiersToday = { blocked: 0, high: 0, low: 0, sampled: 0 };
  for (const t of tiers) {
    tiersToday[t.tier] = t.n;
    tiersToday.sampled += t.sampled;
  }
  return {
    at: now.toISOString(),
    queue: {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      completed: counts.completed ?? 0,
    },
    drafts: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    pauses: active.map((p, i) => ({
      id: p.id,
      scope: p.scope,
      reason: p.reason,
      source: p.source,
      startedAt: p.startedAt.toISOString(),
      inFlightAtPause: p.inFlightAtPause,
      heldAtPause: p.heldAtPause,
      stopped: stopped[i] ?? 0,
    })),
    tiersToday,
    limits: { ...policy.limits },
    caps,
    delayed: delayed.slice(0, 200),
    held: held.map((h) => ({ ...h, since: h.since.toISOString() })),
    rejectionByTemplate: rej
      .map((r) => ({ ...r, rate: r.reviews ? r.rejections / r.reviews : 0 }))
      .sort((a, b) => b.rate - a.rate),
    alerts: { ...undelivered, slackConfigured: deps.slack !== null },
  };
}
