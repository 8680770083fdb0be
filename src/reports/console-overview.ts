/**
 * Read models for the console's Overview page and who may do what in the console.
 * Reuses the status report (the same one `draftgate status` and GET /v1/status read) and adds
 * what the owner needs on one screen: today's drafts by tier × outcome, the review queue's depth
 * and oldest wait, sends in the last minute, open pauses with who/why/evidence.
 */
import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { accounts, drafts, pauses, sends } from '../db/schema.js';
import { getActivePolicy } from '../policy-store/store.js';
import { getStatus, type CapUsage, type Status } from './status.js';
import { describeActor, type Actor } from '../audit/actor.js';

export type ConsoleRole = 'owner' | 'approver' | 'viewer';

/**
 * Roles come from the active policy: owners may do everything; approver-group members and account
 * owners see the queue and their own reviews; anyone else who can sign in sees the overview.
 */
export async function getConsoleRole(deps: Pick<Deps, 'db'>, slackUserId: string): Promise<ConsoleRole> {
  const { policy } = await getActivePolicy(deps.db);
  if (policy.owners.includes(slackUserId)) return 'owner';
  if (Object.values(policy.review.approver_groups).some((g) => g.includes(slackUserId))) return 'approver';
  const [own] = await deps.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.ownerSlackId, slackUserId)).limit(1);
  return own ? 'approver' : 'viewer';
}

export interface OverviewPause {
  id: string;
  scope: string;
  reason: string;
  source: string;
  by: string;
  startedAt: string;
  evidence: Record<string, unknown>;
  inFlightAtPause: number;
  heldAtPause: number;
}

export interface Overview {
  at: string;
  today: Array<{ tier: string; status: string; n: number }>;
  tiersToday: Status['tiersToday'];
  queue: Status['queue'];
  review: { waiting: number; oldestAt: string | null; oldestAgeSeconds: number | null };
  sendsLastMinute: number;
  /** Binding caps first (highest used/limit). */
  caps: Array<CapUsage & { share: number }>;
  pauses: OverviewPause[];
  held: Status['held'];
  mine: Array<{ id: string; subject: string; account: string; tier: string; createdAt: string }>;
}

function startOfTodayUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function getOverview(deps: Deps, viewer?: { slackUserId: string; role: ConsoleRole }): Promise<Overview> {
  const now = deps.now();
  // Owners and approver-group members may decide any draft: they see the whole queue; account
  // owners see their accounts' drafts (the same rule as listPendingReviews).
  const { policy } = await getActivePolicy(deps.db);
  const broad = viewer !== undefined && (viewer.role === 'owner' || Object.values(policy.review.approver_groups).some((g) => g.includes(viewer.slackUserId)));
  const [status, today, pending, sentRecent, open, mine] = await Promise.all([
    getStatus(deps),
    deps.db
      .select({ tier: drafts.tier, status: drafts.status, n: sql<number>`count(*)::int` })
      .from(drafts)
      .where(gte(drafts.createdAt, startOfTodayUtc(now)))
      .groupBy(drafts.tier, drafts.status),
    deps.db
      .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${drafts.createdAt})` })
      .from(drafts)
      .where(eq(drafts.status, 'pending_review')),
    deps.db.select({ n: sql<number>`count(*)::int` }).from(sends).where(gte(sends.startedAt, new Date(now.getTime() - 60_000))),
    deps.db.select().from(pauses).where(isNull(pauses.endedAt)).orderBy(asc(pauses.startedAt)),
    viewer && viewer.role !== 'viewer'
      ? deps.db
          .select({ id: drafts.id, subject: drafts.subject, account: accounts.name, tier: drafts.tier, createdAt: drafts.createdAt })
          .from(drafts)
          .innerJoin(accounts, eq(accounts.id, drafts.accountId))
          .where(and(eq(drafts.status, 'pending_review'), broad ? sql`true` : eq(accounts.ownerSlackId, viewer.slackUserId)))
          .orderBy(asc(drafts.createdAt))
          .limit(20)
      : Promise.resolve([]),
  ]);
  const oldest = pending[0]?.oldest ? new Date(pending[0].oldest) : null;
  return {
    at: now.toISOString(),
    today: today.sort((a, b) => a.tier.localeCompare(b.tier) || a.status.localeCompare(b.status)),
    tiersToday: status.tiersToday,
    queue: status.queue,
    review: {
      waiting: pending[0]?.n ?? 0,
      oldestAt: oldest ? oldest.toISOString() : null,
      oldestAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
    },
    sendsLastMinute: sentRecent[0]?.n ?? 0,
    caps: status.caps.map((c) => ({ ...c, share: c.limit ? c.used / c.limit : 0 })).sort((a, b) => b.share - a.share || a.name.localeCompare(b.name)),
    pauses: open.map((p) => ({
      id: p.id,
      scope: p.scope,
      reason: p.reason,
      source: p.source,
      by: describeActor(p.actor as Actor),
      startedAt: p.startedAt.toISOString(),
      evidence: (p.evidence ?? {}) as Record<string, unknown>,
      inFlightAtPause: p.inFlightAtPause,
      heldAtPause: p.heldAtPause,
    })),
    held: status.held,
    mine: mine.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}
