/**
 * What is going on right now, for `draftgate status`, GET /v1/status and Slack: queue depths,
 * active pauses, today's tiers, every cap with its current usage, why jobs are waiting, held
 * drafts, and the rejection rate per template. Read-only; Postgres for facts, Redis for work in
 * flight (cap windows, delay reasons).
 */
import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts, pauses, reviews } from '../db/schema.js';
import { getActivePolicy } from '../policy-store/store.js';
import { CAP_MARGIN_MS, limitsFromPolicy, sendKeys } from '../send/fence.js';

export interface CapUsage {
  name: string;
  limit: number;
  windowMs: number;
  used: number;
}

export interface DelayedJob {
  draftId: string;
  reason: 'paused' | 'cap';
  scope?: string;
  cap?: string;
  limit?: number;
  untilMs?: number;
}

export interface Status {
  at: string;
  queue: { waiting: number; active: number; delayed: number; failed: number; completed: number };
  drafts: Record<string, number>;
  pauses: Array<{ id: string; scope: string; reason: string; source: string; startedAt: string; inFlightAtPause: number; heldAtPause: number }>;
  tiersToday: { blocked: number; high: number; low: number; sampled: number };
  limits: { org_per_minute: number; mailbox_per_day: number; domain_per_day: number; unreviewed_per_template_per_hour: number };
  caps: CapUsage[];
  delayed: DelayedJob[];
  held: Array<{ id: string; toEmail: string; templateId: string; reason: string | null; since: string }>;
  rejectionByTemplate: Array<{ templateId: string; reviews: number; rejections: number; edits: number; rate: number }>;
}

function startOfTodayUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function getStatus(deps: Deps): Promise<Status> {
  const now = deps.now();
  const k = sendKeys(deps.prefix);
  const { policy } = await getActivePolicy(deps.db);
  const limits = limitsFromPolicy(policy);

  const [counts, active, byStatus, tiers, held, rej, capKeys, delayRaw] = await Promise.all([
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
    scanKeys(deps, `${k.capPrefix}*`),
    deps.redis.hgetall(k.delay),
  ]);

  const caps: CapUsage[] = [];
  const nowMs = now.getTime();
  for (const key of capKeys.sort()) {
    const name = key.slice(k.capPrefix.length);
    const [limit, windowMs] = name === 'org'
      ? [limits.org.limit, limits.org.windowMs]
      : name.startsWith('mailbox:')
        ? [limits.mailboxPerDay, 86_400_000]
        : name.startsWith('domain:')
          ? [limits.domainPerDay, 86_400_000]
          : [limits.unreviewedPerTemplatePerHour, 3_600_000];
    const used = await deps.redis.zcount(key, nowMs - windowMs - CAP_MARGIN_MS, '+inf');
    caps.push({ name, limit, windowMs, used });
  }
  if (!caps.some((c) => c.name === 'org')) caps.unshift({ name: 'org', limit: limits.org.limit, windowMs: limits.org.windowMs, used: 0 });

  const delayed: DelayedJob[] = [];
  for (const [draftId, raw] of Object.entries(delayRaw)) {
    try {
      const d = JSON.parse(raw) as { reason: 'paused' | 'cap'; scope?: string; cap?: string; limit?: number; until_ms?: number };
      // A cap delay whose time has passed is stale (the job moved on or was dropped).
      if (d.reason === 'cap' && d.until_ms !== undefined && d.until_ms < nowMs - 60_000) continue;
      delayed.push({ draftId, reason: d.reason, scope: d.scope, cap: d.cap, limit: d.limit, untilMs: d.until_ms });
    } catch {
      /* not ours to judge */
    }
  }

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
    pauses: active.map((p) => ({
      id: p.id,
      scope: p.scope,
      reason: p.reason,
      source: p.source,
      startedAt: p.startedAt.toISOString(),
      inFlightAtPause: p.inFlightAtPause,
      heldAtPause: p.heldAtPause,
    })),
    tiersToday,
    limits: { ...policy.limits },
    caps,
    delayed: delayed.slice(0, 200),
    held: held.map((h) => ({ ...h, since: h.since.toISOString() })),
    rejectionByTemplate: rej
      .map((r) => ({ ...r, rate: r.reviews ? r.rejections / r.reviews : 0 }))
      .sort((a, b) => b.rate - a.rate),
  };
}

async function scanKeys(deps: Pick<Deps, 'redis'>, match: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await deps.redis.scan(cursor, 'MATCH', match, 'COUNT', 500);
    cursor = next;
    out.push(...keys);
  } while (cursor !== '0' && out.length < 2000);
  return out;
}
