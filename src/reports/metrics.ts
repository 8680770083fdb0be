/**
 * The cluster half of /metrics: one read of Postgres (the truth) and Redis (work in flight) per
 * scrape, turned into the plain `ClusterSnapshot` that src/lib/metrics.ts renders.
 *
 * Counters are totals over the tables (drafts, reviews, sends are never deleted), so they are
 * monotonic and the same whichever process is scraped. Every query is a grouped aggregate; the
 * bench (bench/metrics.bench.ts) measures the scrape at the demo's size.
 * Labels stay bounded: mailbox scopes are shown by their local part only (never an address).
 */
import type { Deps } from '../deps.js';
import { DECISION_BUCKETS, TRANSPORT_BUCKETS, type ClusterSnapshot, type HistogramSnapshot } from '../lib/metrics.js';
import { getActivePolicy } from '../policy-store/store.js';
import { rejectionParams } from '../guard/monitors.js';
import { thresholds } from '../policy/anomaly/sprt.js';
import { limitsFromPolicy } from '../send/fence/fence.js';
import { readCapUsage, readDelayReasons } from '../send/fence/usage.js';

/** A scope as a label: `mailbox:sdr@acme.io` → `mailbox:sdr`; other scopes are policy-bounded ids. */
export function scopeLabel(scope: string): string {
  return scope.startsWith('mailbox:') ? `mailbox:${scope.slice(8).split('@')[0]}` : scope;
}

/** Extra readers a caller can plug in (tests, other deployments' counters). */
export interface ClusterExtras {
  caps?: (deps: Deps) => Promise<Pick<ClusterSnapshot, 'caps' | 'jobsWaiting'>>;
}

const capKind = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : name);

/** Cap usage and the fence's delay reasons (send/fence/usage.ts), folded to bounded labels. */
export async function readCapMetrics(deps: Pick<Deps, 'redis' | 'prefix' | 'db' | 'now'>): Promise<Pick<ClusterSnapshot, 'caps' | 'jobsWaiting'>> {
  const { policy } = await getActivePolicy(deps.db);
  const nowMs = deps.now().getTime();
  const [usage, delayed] = await Promise.all([readCapUsage(deps, limitsFromPolicy(policy), nowMs), readDelayReasons(deps, nowMs)]);
  const byKind = new Map<string, { kind: string; maxUtilization: number; full: number; count: number }>();
  for (const c of usage) {
    const k = byKind.get(capKind(c.name)) ?? { kind: capKind(c.name), maxUtilization: 0, full: 0, count: 0 };
    k.maxUtilization = Math.max(k.maxUtilization, c.limit ? c.used / c.limit : 0);
    if (c.used >= c.limit) k.full++;
    k.count++;
    byKind.set(k.kind, k);
  }
  const waiting = new Map<string, { reason: string; kind: string; n: number }>();
  for (const d of delayed) {
    const kind = d.reason === 'paused' ? capKind(d.scope ?? 'all') : capKind(d.cap ?? 'unknown');
    const key = `${d.reason}|${kind}`;
    const w = waiting.get(key) ?? { reason: d.reason, kind, n: 0 };
    w.n++;
    waiting.set(key, w);
  }
  return { caps: [...byKind.values()], jobsWaiting: [...waiting.values()] };
}

function bucketColumns(column: string, bounds: readonly number[]): string {
  // Bounds are numeric constants from lib/metrics.ts, never input.
  return bounds.map((b, i) => `count(*) filter (where ${column} <= ${Number(b)})::int as b${i}`).join(', ');
}

function toHistogram(row: Record<string, unknown>, bounds: readonly number[], labels: Record<string, string>): HistogramSnapshot {
  return { labels, buckets: bounds.map((_, i) => Number(row[`b${i}`] ?? 0)), sum: Number(row.sum ?? 0), count: Number(row.count ?? 0) };
}

export async function readClusterMetrics(deps: Pick<Deps, 'sql' | 'db' | 'queues' | 'now' | 'redis' | 'prefix'>, extras: ClusterExtras = {}): Promise<ClusterSnapshot> {
  const { sql } = deps;
  const { policy } = await getActivePolicy(deps.db);
  const threshold = thresholds(rejectionParams(policy)).upper;
  const [received, byStatus, findings, pending, decisionRows, decisions, ladder, sends, transport, pauses, guard, alerts, sendCounts, postCounts, caps] = await Promise.all([
    sql<{ tier: string; workflow: string; n: number }[]>`select tier, workflow, count(*)::int as n from drafts group by 1, 2`,
    sql<{ status: string; n: number }[]>`select status, count(*)::int as n from drafts group by 1`,
    sql<{ kind: string; severity: string; n: number }[]>`
      select f->>'kind' as kind, f->>'severity' as severity, count(*)::int as n
        from drafts cross join lateral jsonb_array_elements(findings) f group by 1, 2`,
    sql<{ n: number; oldest: Date | null }[]>`select count(*)::int as n, min(coalesce(posted_at, created_at)) as oldest from drafts where status = 'pending_review'`,
    sql.unsafe(`select ${bucketColumns('seconds_to_decide', DECISION_BUCKETS)}, coalesce(sum(seconds_to_decide), 0)::float8 as sum, count(*)::int as count
                  from reviews where seconds_to_decide is not null`),
    sql<{ decision: string; reason: string; fast: number; n: number }[]>`
      select decision, coalesce(reason_category, 'none') as reason, count(*) filter (where fast_approval)::int as fast, count(*)::int as n
        from reviews group by 1, 2`,
    sql<{ reminded: number; escalated: number; expired: number }[]>`
      select count(reminded_at)::int as reminded, count(escalated_at)::int as escalated, count(*) filter (where status = 'expired')::int as expired from drafts`,
    sql<{ transport: string; outcome: string; n: number }[]>`select transport, status as outcome, count(*)::int as n from sends group by 1, 2`,
    sql.unsafe(`select transport, ${bucketColumns('d', TRANSPORT_BUCKETS)}, coalesce(sum(d), 0)::float8 as sum, count(*)::int as count
                  from (select transport, extract(epoch from finished_at - started_at)::float8 as d from sends where finished_at is not null) s group by 1`),
    sql<{ source: string; n: number }[]>`select source, count(*)::int as n from pauses where ended_at is null group by 1`,
    sql<{ scope: string; s: number }[]>`select scope, coalesce((state->>'s')::float8, 0) as s from monitor_state where monitor = 'rejection'`,
    sql<{ n: number }[]>`select count(*)::int as n from alerts where posted_at is null`,
    deps.queues.send.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
    deps.queues.slackPost.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
    extras.caps ? extras.caps(deps as Deps) : readCapMetrics(deps),
  ]);

  const oldest = pending[0]?.oldest ? new Date(pending[0].oldest) : null;
  const l = ladder[0] ?? { reminded: 0, escalated: 0, expired: 0 };
  const queues: ClusterSnapshot['queues'] = [];
  for (const [queue, counts] of [['send', sendCounts], ['slack-post', postCounts]] as const) {
    queues.push({ queue, state: 'waiting', n: (counts.waiting ?? 0) + (counts.prioritized ?? 0) });
    for (const state of ['active', 'delayed', 'failed'] as const) queues.push({ queue, state, n: counts[state] ?? 0 });
  }
  return {
    draftsReceived: received.map((r) => ({ ...r })),
    draftsByStatus: byStatus.map((r) => ({ ...r })),
    findings: findings.map((r) => ({ kind: r.kind ?? 'unknown', severity: r.severity ?? 'unknown', n: r.n })),
    reviewQueueDepth: pending[0]?.n ?? 0,
    reviewOldestWaitingSeconds: oldest ? Math.max(0, (deps.now().getTime() - oldest.getTime()) / 1000) : 0,
    decisionSeconds: [toHistogram(decisionRows[0] ?? {}, DECISION_BUCKETS, {})],
    decisions: decisions.map((r) => ({ decision: r.decision, reason: r.reason, n: r.n })),
    fastApprovals: decisions.reduce((a, r) => a + r.fast, 0),
    reviewLadder: [
      { step: 'reminded', n: l.reminded },
      { step: 'escalated', n: l.escalated },
      { step: 'expired', n: l.expired },
    ],
    sends: sends.map((r) => ({ ...r })),
    transportSeconds: transport.map((r) => toHistogram(r, TRANSPORT_BUCKETS, { transport: String(r.transport) })),
    caps: caps.caps,
    jobsWaiting: caps.jobsWaiting,
    pausesOpen: pauses.map((r) => ({ ...r })),
    guard: guard.map((g) => ({ monitor: 'rejection', scope: scopeLabel(g.scope), statistic: g.s, threshold })),
    queues,
    alertsUndelivered: alerts[0]?.n ?? 0,
  };
}
