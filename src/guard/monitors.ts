/**
 * The anomaly monitors. They READ Postgres (the truth) and keep their state in monitor_state, so
 * any worker may run them and a restart loses nothing. One run = one transaction holding a
 * transaction-scoped advisory lock (pg_try_advisory_xact_lock): with several workers, exactly one
 * runs at a time and the others skip that tick.
 *
 * Monitors (thresholds from the active policy's `anomaly` section):
 * - rejection  per template / workflow / mailbox / all: CUSUM of Wald's SPRT (policy/anomaly/sprt.ts) over new
 *              `reviews` rows (reject = 1, edit = edit_weight, approve = 0). Read through a cursor
 *              (monitor_state 'cursor'/'reviews' = highest review id processed, plus the ids below
 *              it not seen yet). Review ids come from a sequence but commit out of order, so a lower
 *              id can become visible after a higher one: every missing id under the cursor is kept
 *              as a gap and looked for again on each tick for GAP_MS (a late commit is counted, late);
 *              after that it is dropped (a rolled-back insert, or an ON CONFLICT DO NOTHING that
 *              consumed an id, never appears).
 * - bounce, complaint  per mailbox: delivery events (audit rows delivery.bounce / delivery.complaint
 *              on subject draft:ID) over sends that left the mailbox, within the last 7 days and
 *              after the scope's last trip; no decision below the policy's min_volume.
 * - volume     all: sends started in the last window vs the mean per window over the previous
 *              24 h; needs 24 h of history (no baseline, no trip), at least min_sends and factor×.
 * - findings   per template: share of drafts received in the last window (after the last trip)
 *              that carry a critical finding, over at least min_drafts drafts.
 *
 * A trip resets the monitor (CUSUM to zero; aggregate windows restart at the trip instant) and is
 * stored as `pendingTrip` in the scope's monitor_state row in the same transaction. trip.ts then
 * pauses and alerts, and clears pendingTrip: a crash in between retries on the next tick, and the
 * alert's dedupe key (monitor + pause id) keeps it to one alert per pause.
 */
import { sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import type { Tx } from '../db/client.js';
import { getActivePolicy } from '../policy-store/store.js';
import type { Policy } from '../policy/schema.js';
import { cusumStep, initialCusum, thresholds, type CusumState, type SprtParams } from '../policy/anomaly/sprt.js';
import { printScope } from '../policy/scope.js';

export type MonitorName = 'rejection' | 'bounce' | 'complaint' | 'volume' | 'findings' | 'probing';

export interface Trip {
  /** Unique per trip (monitor, scope, instant). */
  id: string;
  monitor: MonitorName;
  /** all | template:ID | workflow:ID | mailbox:ADDR */
  scope: string;
  /** Workflow whose owner is alerted (when the scope maps to one). */
  workflow: string | null;
  reason: string;
  evidence: Record<string, unknown>;
  at: string;
}

interface RecentRejection {
  draft_id: string;
  decision: 'reject' | 'edit';
  reason_category: string | null;
  reason_text: string | null;
  reviewer: string;
  at: string;
}

/** monitor_state.state of a rejection scope. */
export interface RejectionState extends CusumState {
  sampledReviews: number;
  sampledRejected: number;
  recent: RecentRejection[];
  workflow: string | null;
  pendingTrip?: Trip;
}

export interface MonitorRunResult {
  skipped: boolean;
  reviewsProcessed: number;
  trips: Trip[];
}

/** Advisory lock held by a monitor run (transaction-scoped). */
export const GUARD_LOCK_KEY = 0x67756172; // 'guar'
const RECENT_KEEP = 5;
const AGGREGATE_DAYS = 7;

export function rejectionParams(policy: Policy): SprtParams {
  const r = policy.anomaly.rejection;
  return { p0: r.p0, p1: r.p1, alpha: r.alpha, beta: r.beta };
}

const emptyRejection = (): RejectionState => ({ ...initialCusum(), sampledReviews: 0, sampledRejected: 0, recent: [], workflow: null });

type ReviewEvent = {
  id: number;
  draft_id: string;
  decision: 'approve' | 'edit' | 'reject';
  reviewer: string;
  reason_category: string | null;
  reason_text: string | null;
  created_at: string;
  template_id: string;
  workflow: string;
  from_mailbox: string;
  tier: string;
  sampled: boolean;
};

/** The reviews cursor: highest id processed and the ids below it not seen yet (see the header). */
export interface ReviewCursor {
  lastId: number;
  gaps: Array<{ id: number; since: string }>;
  droppedGaps: number;
}

const MAX_GAPS = 10_000;

/** Pure: the cursor after processing `seen` ids (ascending), remembering holes below the new maximum. */
export function advanceCursor(cur: ReviewCursor, seen: number[], now: Date, gapMs: number): ReviewCursor {
  const seenSet = new Set(seen);
  const maxSeen = seen.reduce((a, b) => Math.max(a, b), cur.lastId);
  const kept = cur.gaps.filter((g) => !seenSet.has(g.id));
  const fresh = kept.filter((g) => now.getTime() - new Date(g.since).getTime() < gapMs);
  const gaps = [...fresh];
  for (let id = cur.lastId + 1; id < maxSeen && gaps.length < MAX_GAPS; id++) if (!seenSet.has(id)) gaps.push({ id, since: now.toISOString() });
  return { lastId: maxSeen, gaps, droppedGaps: cur.droppedGaps + (kept.length - fresh.length) };
}

const tripId = (monitor: string, scope: string, at: Date) => `${monitor}:${scope}:${at.toISOString()}`;

async function upsertState(tx: Tx, monitor: string, scope: string, state: unknown, tripped: boolean): Promise<void> {
  await tx.execute(sql`
    insert into monitor_state (monitor, scope, state, tripped_at, updated_at)
    values (${monitor}, ${scope}, ${JSON.stringify(state)}::jsonb, ${tripped ? sql`now()` : null}, now())
    on conflict (monitor, scope) do update
      set state = excluded.state, updated_at = now(),
          tripped_at = coalesce(excluded.tripped_at, monitor_state.tripped_at)`);
}

/** Rejection monitor over the new review rows. */
async function runRejection(tx: Tx, policy: Policy, now: Date, gapMs: number, batch: number): Promise<{ processed: number; trips: Trip[] }> {
  const params = rejectionParams(policy);
  const th = thresholds(params);
  const r = policy.anomaly.rejection;
  const cursorRows = await tx.execute<{ state: Partial<ReviewCursor> }>(sql`select state from monitor_state where monitor = 'cursor' and scope = 'reviews'`);
  const cursor: ReviewCursor = { lastId: Number(cursorRows[0]?.state.lastId ?? 0), gaps: cursorRows[0]?.state.gaps ?? [], droppedGaps: cursorRows[0]?.state.droppedGaps ?? 0 };
  const gapIds = cursor.gaps.map((g) => g.id);
  const events = await tx.execute<ReviewEvent>(sql`
    select r.id::int8 as id, r.draft_id, r.decision, r.reviewer, r.reason_category, r.reason_text, r.created_at,
           d.template_id, d.workflow, d.from_mailbox, d.tier, d.sampled
      from reviews r join drafts d on d.id = r.draft_id
     where r.id > ${cursor.lastId}${gapIds.length ? sql` or r.id in ${gapIds}` : sql``}
     order by r.id
     limit ${batch}`);
  const nextCursor = advanceCursor(cursor, events.map((e) => Number(e.id)), now, gapMs);
  if (!events.length) {
    if (nextCursor.gaps.length !== cursor.gaps.length) await upsertState(tx, 'cursor', 'reviews', nextCursor, false);
    return { processed: 0, trips: [] };
  }

  // The rejection test runs per template, workflow, sending mailbox and org-wide (not per account: too few reviews each).
  const scopesOf = (e: ReviewEvent) => [printScope({ kind: 'template', id: e.template_id }), printScope({ kind: 'workflow', id: e.workflow }), printScope({ kind: 'mailbox', id: e.from_mailbox }), printScope({ kind: 'all' })];
  const allScopes = [...new Set(events.flatMap(scopesOf))];
  const loaded = await tx.execute<{ scope: string; state: RejectionState }>(
    sql`select scope, state from monitor_state where monitor = 'rejection' and scope in ${allScopes}`,
  );
  const states = new Map<string, RejectionState>(loaded.map((row) => [row.scope, { ...emptyRejection(), ...row.state }]));
  const touched = new Set<string>();
  const trips: Trip[] = [];

  for (const e of events) {
    const x = e.decision === 'reject' ? 1 : e.decision === 'edit' ? r.edit_weight : 0;
    const lowSampled = e.tier === 'low' && e.sampled;
    for (const scope of scopesOf(e)) {
      const cur = states.get(scope) ?? emptyRejection();
      const step = cusumStep(params, cur, x, r.min_reviews);
      const recent = x > 0
        ? [...cur.recent, { draft_id: e.draft_id, decision: e.decision as 'reject' | 'edit', reason_category: e.reason_category, reason_text: e.reason_text, reviewer: e.reviewer, at: new Date(e.created_at).toISOString() }].slice(-RECENT_KEEP)
        : cur.recent;
      let next: RejectionState = {
        ...cur,
        ...step.state,
        sampledReviews: cur.sampledReviews + (lowSampled ? 1 : 0),
        sampledRejected: cur.sampledRejected + (lowSampled ? x : 0),
        recent,
        workflow: scope.startsWith('mailbox:') || scope === 'all' ? null : e.workflow,
      };
      if (step.tripped) {
        const trip: Trip = {
          id: tripId('rejection', scope, now),
          monitor: 'rejection',
          scope,
          workflow: next.workflow,
          reason: `review rejections on ${scope}: ${round(next.rejected)} of ${next.n} reviews (${pct(next.rejected / next.n)}) — the test says the rate is nearer ${pct(params.p1)} than the acceptable ${pct(params.p0)}`,
          evidence: {
            monitor: 'rejection',
            reviews: next.n,
            rejections_weighted: round(next.rejected),
            rate: round(next.rejected / next.n, 3),
            sampled_low_tier_reviews: next.sampledReviews,
            sampled_low_tier_rejections: round(next.sampledRejected),
            statistic: round(next.s, 3),
            threshold: round(th.upper, 3),
            p0: params.p0,
            p1: params.p1,
            alpha: params.alpha,
            beta: params.beta,
            edit_weight: r.edit_weight,
            last_review_id: e.id,
            last_rejected: next.recent,
          },
          at: now.toISOString(),
        };
        trips.push(trip);
        // One trip, one alert: the monitor starts over and needs fresh evidence to trip again.
        next = { ...emptyRejection(), workflow: next.workflow, pendingTrip: trip };
      }
      states.set(scope, next);
      touched.add(scope);
    }
  }
  for (const scope of touched) {
    const s = states.get(scope)!;
    await upsertState(tx, 'rejection', scope, s, trips.some((t) => t.scope === scope));
  }
  await upsertState(tx, 'cursor', 'reviews', nextCursor, false);
  return { processed: events.length, trips };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const pct = (x: number) => `${round(x * 100, 1)}%`;

/** The instant after which an aggregate monitor counts events for a scope (its last trip, or the horizon). */
function sinceExpr(monitor: string, scopeSql: ReturnType<typeof sql>, horizon: ReturnType<typeof sql>) {
  return sql`greatest(${horizon}, coalesce((select ms.tripped_at from monitor_state ms where ms.monitor = ${monitor} and ms.scope = ${scopeSql}), '-infinity'::timestamptz))`;
}

async function recordAggregateTrip(tx: Tx, trip: Trip): Promise<void> {
  await upsertState(tx, trip.monitor, trip.scope, { pendingTrip: trip }, true);
}

async function runDelivery(tx: Tx, policy: Policy, now: Date): Promise<Trip[]> {
  const trips: Trip[] = [];
  for (const kind of ['bounce', 'complaint'] as const) {
    const cfg = policy.anomaly[kind];
    const horizon = sql`now() - make_interval(days => ${AGGREGATE_DAYS})`;
    const rows = await tx.execute<{ mailbox: string; sent: number; events: number }>(sql`
      with m as (
        select lower(d.from_mailbox) as mailbox, count(*)::int as sent
          from sends s join drafts d on d.id = s.draft_id
         where s.status = 'sent'
           and s.finished_at > ${sinceExpr(kind, sql`'mailbox:' || lower(d.from_mailbox)`, horizon)}
         group by 1)
      select m.mailbox, m.sent,
             (select count(*)::int from audit_log a join drafts d2 on a.subject = 'draft:' || d2.id::text
               where a.action = ${`delivery.${kind}`} and lower(d2.from_mailbox) = m.mailbox
                 and a.at > ${sinceExpr(kind, sql`'mailbox:' || m.mailbox`, horizon)}) as events
        from m`);
    for (const row of rows) {
      if (row.sent < cfg.min_volume || row.events / row.sent <= cfg.rate) continue;
      const scope = printScope({ kind: 'mailbox', id: row.mailbox });
      const trip: Trip = {
        id: tripId(kind, scope, now),
        monitor: kind,
        scope,
        workflow: null,
        reason: `${kind} rate on ${row.mailbox}: ${row.events} of ${row.sent} sends (${pct(row.events / row.sent)}) is above ${pct(cfg.rate)}`,
        evidence: { monitor: kind, sends: row.sent, [`${kind}s`]: row.events, rate: round(row.events / row.sent, 4), threshold: cfg.rate, min_volume: cfg.min_volume, window_days: AGGREGATE_DAYS },
        at: now.toISOString(),
      };
      trips.push(trip);
      await recordAggregateTrip(tx, trip);
    }
  }
  return trips;
}

async function runVolume(tx: Tx, policy: Policy, now: Date): Promise<Trip[]> {
  const cfg = policy.anomaly.volume;
  const win = sql`make_interval(mins => ${cfg.window_minutes})`;
  const [row] = await tx.execute<{ current: number; previous: number; oldest: string | null }>(sql`
    select (select count(*)::int from sends where started_at > greatest(now() - ${win}, ${sinceExpr('volume', sql`'all'`, sql`'-infinity'::timestamptz`)})) as current,
           (select count(*)::int from sends where started_at > now() - interval '24 hours' - ${win} and started_at <= now() - ${win}) as previous,
           (select min(started_at) from sends) as oldest`);
  if (!row?.oldest || new Date(row.oldest).getTime() > now.getTime() - 24 * 3600_000) return [];
  const windows = (24 * 60) / cfg.window_minutes;
  const baseline = row.previous / windows;
  if (row.current < cfg.min_sends || row.current <= cfg.factor * baseline) return [];
  const trip: Trip = {
    id: tripId('volume', 'all', now),
    monitor: 'volume',
    scope: 'all',
    workflow: null,
    reason: `${row.current} sends in the last ${cfg.window_minutes} min, ${round(row.current / Math.max(baseline, 1e-9), 1)}× the 24 h baseline of ${round(baseline, 1)} per window (limit ${cfg.factor}×)`,
    evidence: { monitor: 'volume', sends_in_window: row.current, baseline_per_window: round(baseline, 2), factor: cfg.factor, min_sends: cfg.min_sends, window_minutes: cfg.window_minutes },
    at: now.toISOString(),
  };
  await recordAggregateTrip(tx, trip);
  return [trip];
}

async function runFindings(tx: Tx, policy: Policy, now: Date): Promise<Trip[]> {
  const cfg = policy.anomaly.findings;
  const horizon = sql`now() - make_interval(mins => ${policy.anomaly.volume.window_minutes})`;
  const rows = await tx.execute<{ template_id: string; workflow: string; total: number; critical: number; examples: string[] }>(sql`
    select d.template_id, min(d.workflow) as workflow, count(*)::int as total,
           count(*) filter (where d.findings @> '[{"severity":"critical"}]'::jsonb)::int as critical,
           (array_agg(d.id::text order by d.created_at desc) filter (where d.findings @> '[{"severity":"critical"}]'::jsonb))[1:5] as examples
      from drafts d
     where d.created_at > ${sinceExpr('findings', sql`'template:' || d.template_id`, horizon)}
     group by d.template_id`);
  const trips: Trip[] = [];
  for (const row of rows) {
    if (row.total < cfg.min_drafts || row.critical / row.total < cfg.critical_share) continue;
    const scope = printScope({ kind: 'template', id: row.template_id });
    const trip: Trip = {
      id: tripId('findings', scope, now),
      monitor: 'findings',
      scope,
      workflow: row.workflow,
      reason: `${row.critical} of ${row.total} recent drafts of ${row.template_id} (${pct(row.critical / row.total)}) carry critical findings (limit ${pct(cfg.critical_share)}): the agent may be leaking data`,
      evidence: { monitor: 'findings', drafts: row.total, critical: row.critical, share: round(row.critical / row.total, 3), threshold: cfg.critical_share, min_drafts: cfg.min_drafts, example_drafts: row.examples ?? [] },
      at: now.toISOString(),
    };
    trips.push(trip);
    await recordAggregateTrip(tx, trip);
  }
  return trips;
}

/**
 * probing, per client: drafts of one client (token name) with a sensitive_field finding within the
 * window (after the last trip). An agent that keeps putting CRM values into drafts is either broken
 * or testing which of its guesses the gate recognises: pause `client:NAME`, alert the owners.
 */
async function runProbing(tx: Tx, policy: Policy, now: Date): Promise<Trip[]> {
  const cfg = policy.anomaly.probing;
  const horizon = sql`now() - make_interval(mins => ${cfg.window_minutes})`;
  const rows = await tx.execute<{ client: string; hits: number; examples: string[] }>(sql`
    select d.client, count(*)::int as hits, (array_agg(d.id::text order by d.created_at desc))[1:5] as examples
      from drafts d
     where d.client is not null
       and d.findings @> '[{"kind":"sensitive_field"}]'::jsonb
       and d.created_at > ${sinceExpr('probing', sql`'client:' || d.client`, horizon)}
     group by d.client
    having count(*) >= ${cfg.sensitive_drafts}`);
  const trips: Trip[] = [];
  for (const row of rows) {
    const scope = printScope({ kind: 'client', id: row.client });
    const trip: Trip = {
      id: tripId('probing', scope, now),
      monitor: 'probing',
      scope,
      workflow: null,
      reason: `${row.hits} drafts from ${row.client} in the last ${cfg.window_minutes} min carried sensitive CRM data (limit ${cfg.sensitive_drafts}): the agent may be probing for CRM values; its sends are paused`,
      evidence: { monitor: 'probing', client: row.client, sensitive_drafts: row.hits, threshold: cfg.sensitive_drafts, window_minutes: cfg.window_minutes, example_drafts: row.examples ?? [] },
      at: now.toISOString(),
    };
    trips.push(trip);
    await recordAggregateTrip(tx, trip);
  }
  return trips;
}

export interface MonitorOptions {
  /** How long a missing review id is looked for before it is given up (see the header). Default 60 s. */
  gapMs?: number;
  /** Most reviews read per run. */
  batch?: number;
}

/** One pass of every monitor in one transaction; trips are recorded, not yet acted on. */
export async function runMonitors(deps: Pick<Deps, 'db' | 'now'>, opts: MonitorOptions = {}): Promise<MonitorRunResult> {
  const { policy } = await getActivePolicy(deps.db);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(${GUARD_LOCK_KEY}) as ok`);
    if (!lock?.ok) return { skipped: true, reviewsProcessed: 0, trips: [] };
    const rej = await runRejection(tx, policy, now, opts.gapMs ?? 60_000, opts.batch ?? 5000);
    const trips = [...rej.trips, ...(await runDelivery(tx, policy, now)), ...(await runVolume(tx, policy, now)), ...(await runFindings(tx, policy, now)), ...(await runProbing(tx, policy, now))];
    return { skipped: false, reviewsProcessed: rej.processed, trips };
  });
}

/** Trips recorded but not yet acted on (pause + alert), oldest first. */
export async function pendingTrips(deps: Pick<Deps, 'db'>): Promise<Trip[]> {
  const rows = await deps.db.execute<{ trip: Trip }>(sql`
    select state->'pendingTrip' as trip from monitor_state
     where state ? 'pendingTrip' and state->'pendingTrip' <> 'null'::jsonb
     order by tripped_at`);
  return rows.map((r) => r.trip);
}

/** Clear a handled trip, only if it is still the same one (a newer trip stays pending). */
export async function clearPendingTrip(ex: Pick<Deps, 'db'>['db'] | Tx, trip: Trip): Promise<void> {
  await ex.execute(sql`
    update monitor_state set state = state - 'pendingTrip', updated_at = now()
     where monitor = ${trip.monitor} and scope = ${trip.scope} and state->'pendingTrip'->>'id' = ${trip.id}`);
}
