/**
 * Prometheus metrics: every family draftgate exports, defined in one place and built by a factory
 * (one registry per process part, never a module-level registry).
 *
 * Two kinds of family:
 * - process families, counted where the event happens (HTTP request duration, process stats);
 *   sum them across processes.
 * - cluster families, read from Postgres and Redis at scrape time (`ClusterSnapshot`, produced by
 *   src/reports/metrics.ts). Postgres is the truth, so every process reports the same cluster-wide
 *   value whichever machine did the work; aggregate them with max(), not sum().
 *
 * Labels are bounded sets only: tier, workflow and template come from the policy, kinds and
 * outcomes from fixed unions. Never a draft id, an email address or a recipient domain.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Buckets of the human decision time (seconds): a fast approval is under ~10 s, a slow one days. */
export const DECISION_BUCKETS = [5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 72 * 3600] as const;
/** Buckets of one transport call (seconds). */
export const TRANSPORT_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;
export const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

/** A histogram read from Postgres: cumulative bucket counts, in the order of `buckets`. */
export interface HistogramSnapshot {
  labels: Record<string, string>;
  /** count of observations ≤ each bucket bound (cumulative), same length as the bucket list */
  buckets: number[];
  sum: number;
  count: number;
}

/** Everything the cluster families show, read once per scrape. Plain data. */
export interface ClusterSnapshot {
  draftsReceived: Array<{ tier: string; workflow: string; n: number }>;
  draftsByStatus: Array<{ status: string; n: number }>;
  findings: Array<{ kind: string; severity: string; n: number }>;
  reviewQueueDepth: number;
  reviewOldestWaitingSeconds: number;
  decisionSeconds: HistogramSnapshot[];
  decisions: Array<{ decision: string; reason: string; n: number }>;
  fastApprovals: number;
  reviewLadder: Array<{ step: 'reminded' | 'escalated' | 'expired'; n: number }>;
  sends: Array<{ transport: string; outcome: string; n: number }>;
  transportSeconds: HistogramSnapshot[];
  /** Per cap kind (org, mailbox, domain, template): the fullest cap's used/limit and how many are full. */
  caps: Array<{ kind: string; maxUtilization: number; full: number; count: number }>;
  /** Jobs the fence is holding back, by why: reason cap (per cap kind) or paused. */
  jobsWaiting: Array<{ reason: string; kind: string; n: number }>;
  pausesOpen: Array<{ source: string; n: number }>;
  guard: Array<{ monitor: string; scope: string; statistic: number; threshold: number }>;
  queues: Array<{ queue: string; state: string; n: number }>;
  alertsUndelivered: number;
}

export type ProcessKind = 'web' | 'worker';

export interface Metrics {
  registry: Registry;
  http: Histogram<'method' | 'route' | 'status'>;
  /** Time spent reading the cluster snapshot on the last scrape (seconds). */
  scrapeSeconds: Gauge;
  /** Update the cluster families from a snapshot (exposed for tests and the bench). */
  applySnapshot(s: ClusterSnapshot): void;
  /** Read the cluster snapshot (when a reader was given) and render the exposition text. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** A histogram whose buckets are counted elsewhere (Postgres) and only rendered here. */
function snapshotHistogram(name: string, help: string, bounds: readonly number[]) {
  let current: HistogramSnapshot[] = [];
  return {
    name,
    help,
    type: 'histogram',
    aggregator: 'max',
    set(v: HistogramSnapshot[]) {
      current = v;
    },
    get() {
      const values: Array<{ metricName: string; labels: Record<string, string | number>; value: number }> = [];
      for (const h of current) {
        bounds.forEach((le, i) => values.push({ metricName: `${name}_bucket`, labels: { ...h.labels, le }, value: h.buckets[i] ?? h.count }));
        values.push({ metricName: `${name}_bucket`, labels: { ...h.labels, le: '+Inf' }, value: h.count });
        values.push({ metricName: `${name}_sum`, labels: h.labels, value: h.sum });
        values.push({ metricName: `${name}_count`, labels: h.labels, value: h.count });
      }
      return { name, help, type: 'histogram', aggregator: 'max', values };
    },
    reset() {
      current = [];
    },
  };
}

/**
 * Build a registry with every family. `readCluster` (src/reports/metrics.ts) is called once per
 * render; without it the cluster families stay empty (e.g. a unit test of the HTTP histogram).
 */
export function createMetrics(opts: { process: ProcessKind; readCluster?: () => Promise<ClusterSnapshot>; defaultMetrics?: boolean }): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ process: opts.process });
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'draftgate_' });
  const cluster = { registers: [registry], aggregator: 'max' as const };

  const http = new Histogram({
    name: 'draftgate_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [...HTTP_BUCKETS],
    registers: [registry],
  });
  const scrapeSeconds = new Gauge({ name: 'draftgate_metrics_scrape_seconds', help: 'Time the last scrape spent reading Postgres and Redis', registers: [registry] });

  const received = new Counter({ ...cluster, name: 'draftgate_drafts_received_total', help: 'Drafts received, by tier and workflow', labelNames: ['tier', 'workflow'] as const });
  const byStatus = new Gauge({ ...cluster, name: 'draftgate_drafts', help: 'Drafts by current status', labelNames: ['status'] as const });
  const findings = new Counter({ ...cluster, name: 'draftgate_findings_total', help: 'Findings on received drafts, by kind and severity', labelNames: ['kind', 'severity'] as const });
  const queueDepth = new Gauge({ ...cluster, name: 'draftgate_review_queue_depth', help: 'Drafts waiting for a human decision' });
  const oldest = new Gauge({ ...cluster, name: 'draftgate_review_oldest_waiting_seconds', help: 'Age of the oldest draft waiting for review (0 when none)' });
  const decisionSeconds = snapshotHistogram('draftgate_review_decision_seconds', 'Time from the review card to the decision', DECISION_BUCKETS);
  const decisions = new Counter({ ...cluster, name: 'draftgate_review_decisions_total', help: 'Review decisions by outcome and reject reason category', labelNames: ['decision', 'reason'] as const });
  const fast = new Counter({ ...cluster, name: 'draftgate_review_fast_approvals_total', help: 'Approvals faster than a person can read the draft' });
  const ladder = new Counter({ ...cluster, name: 'draftgate_review_ladder_total', help: 'Review ladder steps taken: reminded, escalated, expired', labelNames: ['step'] as const });
  const sends = new Counter({ ...cluster, name: 'draftgate_sends_total', help: 'Send attempts by transport and outcome (started = outcome not yet known)', labelNames: ['transport', 'outcome'] as const });
  const transportSeconds = snapshotHistogram('draftgate_send_transport_seconds', 'Duration of one transport call, by transport', TRANSPORT_BUCKETS);
  const capUtil = new Gauge({ ...cluster, name: 'draftgate_send_cap_utilization_ratio', help: 'Fullest cap of each kind: used / limit in its window', labelNames: ['kind'] as const });
  const capFull = new Gauge({ ...cluster, name: 'draftgate_send_caps_full', help: 'Caps of each kind at their limit', labelNames: ['kind'] as const });
  const capCount = new Gauge({ ...cluster, name: 'draftgate_send_caps', help: 'Caps of each kind with a send in their window', labelNames: ['kind'] as const });
  const waiting = new Gauge({ ...cluster, name: 'draftgate_send_jobs_waiting', help: 'Send jobs held back by the fence: reason cap (per cap kind) or paused', labelNames: ['reason', 'kind'] as const });
  const pausesOpen = new Gauge({ ...cluster, name: 'draftgate_pauses_open', help: 'Open pauses by source', labelNames: ['source'] as const });
  const guardStat = new Gauge({ ...cluster, name: 'draftgate_guard_statistic', help: "The rejection monitor's CUSUM statistic per watched scope", labelNames: ['monitor', 'scope'] as const });
  const guardThreshold = new Gauge({ ...cluster, name: 'draftgate_guard_threshold', help: 'The statistic at which the monitor trips (pauses the scope)', labelNames: ['monitor', 'scope'] as const });
  const queues = new Gauge({ ...cluster, name: 'draftgate_queue_jobs', help: 'BullMQ jobs by queue and state', labelNames: ['queue', 'state'] as const });
  const alerts = new Gauge({ ...cluster, name: 'draftgate_alerts_undelivered', help: 'Alerts written but not yet posted to Slack' });
  registry.registerMetric(decisionSeconds as never);
  registry.registerMetric(transportSeconds as never);

  const applySnapshot = (s: ClusterSnapshot) => {
    for (const m of [received, byStatus, findings, decisions, fast, ladder, sends, capUtil, capFull, capCount, waiting, pausesOpen, guardStat, guardThreshold, queues]) m.reset();
    for (const r of s.draftsReceived) received.inc({ tier: r.tier, workflow: r.workflow }, r.n);
    for (const r of s.draftsByStatus) byStatus.set({ status: r.status }, r.n);
    for (const r of s.findings) findings.inc({ kind: r.kind, severity: r.severity }, r.n);
    queueDepth.set(s.reviewQueueDepth);
    oldest.set(s.reviewOldestWaitingSeconds);
    decisionSeconds.set(s.decisionSeconds);
    for (const r of s.decisions) decisions.inc({ decision: r.decision, reason: r.reason }, r.n);
    fast.inc(s.fastApprovals);
    for (const step of ['reminded', 'escalated', 'expired'] as const) ladder.inc({ step }, s.reviewLadder.find((r) => r.step === step)?.n ?? 0);
    for (const r of s.sends) sends.inc({ transport: r.transport, outcome: r.outcome }, r.n);
    transportSeconds.set(s.transportSeconds);
    for (const c of s.caps) {
      capUtil.set({ kind: c.kind }, c.maxUtilization);
      capFull.set({ kind: c.kind }, c.full);
      capCount.set({ kind: c.kind }, c.count);
    }
    for (const w of s.jobsWaiting) waiting.set({ reason: w.reason, kind: w.kind }, w.n);
    for (const p of s.pausesOpen) pausesOpen.set({ source: p.source }, p.n);
    for (const g of s.guard) {
      guardStat.set({ monitor: g.monitor, scope: g.scope }, g.statistic);
      guardThreshold.set({ monitor: g.monitor, scope: g.scope }, g.threshold);
    }
    for (const q of s.queues) queues.set({ queue: q.queue, state: q.state }, q.n);
    alerts.set(s.alertsUndelivered);
  };

  return {
    registry,
    http,
    scrapeSeconds,
    applySnapshot,
    render: async () => {
      if (opts.readCluster) {
        const t0 = performance.now();
        applySnapshot(await opts.readCluster());
        scrapeSeconds.set((performance.now() - t0) / 1000);
      }
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
