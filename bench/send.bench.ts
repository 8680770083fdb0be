/**
 * Issue 6 benchmark (durable Postgres + Redis started here):
 *  1. 10,000 no-op sends through the whole pipeline with an org cap of 200 per sliding second:
 *     most transport calls in any sliding 1-s window (must be ≤ 200) and utilization
 *     (sends/s ÷ 200 over the run; goal ≥ 0.95).
 *  2. Uncapped pipeline sends/s beside a bare BullMQ worker doing only the same Postgres claim +
 *     outcome updates per job (claimForSend + markSent), same run (goal ≥ 0.7×).
 *  3. Pause under ~500 sends/s, 50 trials: pauseScope latency p50/p99 and transport calls started
 *     after it returned (must be 0 in every trial).
 * Sizes can be scaled down with BENCH_SEND_SCALE (e.g. 0.2) — read through parseConfig-free args.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { startLocalServices } from '../src/lib/local-services.js';
import { parseConfig } from '../src/config-schema.js';
import { createDeps, redisOptions, type Deps } from '../src/deps.js';
import { silentLogger } from '../src/lib/logger.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { importAccounts } from '../src/accounts/import.js';
import { generateSampleBook } from '../src/accounts/sample-book.js';
import { claimForSend, markSent, queueDraft, receiveDraft } from '../src/drafts/lifecycle.js';
import { addSendJobs, SEND_QUEUE } from '../src/send/queue.js';
import { createSendWorker } from '../src/send/worker.js';
import type { Transport } from '../src/send/transports/types.js';
import type { CapLimits } from '../src/send/fence/fence.js';
import { pauseScope, resumeScope } from '../src/guard/pauses.js';
import type { DraftRow } from '../src/drafts/lifecycle.js';

const actor = { type: 'system', component: 'bench' } as const;
const CONCURRENCY = 16;
const big = (org: number, windowMs: number): CapLimits => ({ org: { limit: org, windowMs }, mailboxPerDay: 1e9, domainPerDay: 1e9, unreviewedPerTemplatePerHour: 1e9 });

async function seed(deps: Deps, accountId: string, n: number, toQueued: boolean): Promise<DraftRow[]> {
  const rows: DraftRow[] = [];
  for (let off = 0; off < n; off += 250) {
    const batch = await deps.db.transaction(async (tx) => {
      const out: DraftRow[] = [];
      for (let i = off; i < Math.min(n, off + 250); i++) {
        const id = randomUUID();
        const d = await receiveDraft(tx, { id, source: 'bench', externalId: id, requestHash: id, accountId, toEmail: `p${i % 500}@d${i % 300}.example`, toName: null, fromMailbox: `sdr${i % 20}@seller.example`, subject: 's', body: 'b', workflow: 'wf', templateId: 'tpl', tier: 'low', policyVersion: 1 }, 'approved', actor);
        if (toQueued) {
          const q = await queueDraft(tx, id, actor);
          out.push(q.ok ? q.draft : d);
        } else out.push(d);
      }
      return out;
    });
    rows.push(...batch);
  }
  return rows;
}

function noop(): Transport & { calls: number[] } {
  const calls: number[] = [];
  return { name: 'noop', calls, async send() { calls.push(performance.now()); return {}; } };
}

async function drain(deps: Deps, n: number, t: { calls: number[] }, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (t.calls.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
}

function maxSliding(times: number[], windowMs: number): number {
  const s = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < s.length; i++) {
    while (s[i]! - s[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/**
 * Server-side counters: Postgres transaction ids handed out (one per writing transaction, every
 * connection, counted at once: pg_stat_database lags), Redis commands processed.
 */
async function counters(deps: Deps): Promise<{ commits: number; redis: number }> {
  const [r] = await deps.sql<{ n: string }[]>`select pg_snapshot_xmax(pg_current_snapshot())::text as n`;
  const info = await deps.redis.info('stats');
  const cmds = Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? 0);
  return { commits: Number(r?.n ?? 0), redis: cmds };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function run(): Promise<Record<string, unknown>> {
  const scale = Number(process.env.BENCH_SEND_SCALE ?? '1');
  const services = await startLocalServices({ durable: true });
  let n = 0;
  const mk = () => createDeps(parseConfig({ DATABASE_URL: services.pgUrl, REDIS_URL: services.redisUrl, REDIS_PREFIX: `b${n++}`, LOG_LEVEL: 'silent', DATABASE_POOL_MAX: '20', SEND_CONCURRENCY: String(CONCURRENCY) }), { log: silentLogger() });
  const setup = mk();
  await migrateDatabase(setup.database);
  const [account] = generateSampleBook(1);
  await importAccounts(setup.db, { accounts: [account!], actor, source: 'bench' });
  await setup.close();
  const out: Record<string, unknown> = {};
  try {
    // 1. capped at 200/s
    {
      const deps = mk();
      const N = Math.round(10_000 * scale);
      const rows = await seed(deps, account!.id, N, true);
      const t = noop();
      const workers = [createSendWorker(deps, { transport: t, limits: big(200, 1000), concurrency: CONCURRENCY }), createSendWorker(deps, { transport: t, limits: big(200, 1000), concurrency: CONCURRENCY })];
      await addSendJobs(deps, rows);
      await drain(deps, N, t, N * 10 + 60_000);
      const span = (t.calls[t.calls.length - 1]! - t.calls[0]!) / 1000;
      out.capped = { sends: t.calls.length, limit_per_s: 200, max_in_any_sliding_1s: maxSliding(t.calls, 1000), utilization: +((t.calls.length - 1) / span / 200).toFixed(3), seconds: +span.toFixed(1) };
      for (const w of workers) { await w.worker.close(); w.connection.disconnect(); }
      await deps.close();
    }
    // 2. uncapped pipeline vs bare worker (same claim + outcome updates)
    {
      const N = Math.round(4000 * scale);
      const deps = mk();
      const rows = await seed(deps, account!.id, N, true);
      const t = noop();
      const w = createSendWorker(deps, { transport: t, limits: big(1e9, 1000), concurrency: CONCURRENCY });
      const c0 = await counters(deps);
      const t0 = performance.now();
      await addSendJobs(deps, rows);
      await drain(deps, N, t, 300_000);
      const pipelinePerS = t.calls.length / ((performance.now() - t0 - 50) / 1000);
      const c1 = await counters(deps);
      await w.worker.close(); w.connection.disconnect();
      await deps.close();

      const deps2 = mk();
      const rows2 = await seed(deps2, account!.id, N, true);
      let done = 0;
      const conn = new Redis(services.redisUrl, redisOptions());
      const bare = new Worker(SEND_QUEUE, async (job) => {
        const c = await claimForSend(deps2.db, job.data.draftId, actor);
        if (c.ok) await markSent(deps2.db, job.data.draftId, actor, { message_id: 'x', transport: 'bare', attempt: 1 });
        done++;
      }, { connection: conn, prefix: `${deps2.prefix}:bull`, concurrency: CONCURRENCY });
      const b0 = await counters(deps2);
      const t1 = performance.now();
      await addSendJobs(deps2, rows2);
      while (done < N) await new Promise((r) => setTimeout(r, 20));
      const barePerS = N / ((performance.now() - t1) / 1000);
      const b1 = await counters(deps2);
      await bare.close(); conn.disconnect();
      await deps2.close();
      const per = (a: number, b: number) => +((b - a) / N).toFixed(2);
      out.uncapped = {
        sends: N, pipeline_per_s: Math.round(pipelinePerS), bare_claim_outcome_worker_per_s: Math.round(barePerS), ratio: +(pipelinePerS / barePerS).toFixed(2),
        // Server-side counts over each run (the whole server: BullMQ's own commands included).
        pipeline_pg_write_txns_per_send: per(c0.commits, c1.commits), bare_pg_write_txns_per_send: per(b0.commits, b1.commits),
        pipeline_redis_commands_per_send: per(c0.redis, c1.redis), bare_redis_commands_per_send: per(b0.redis, b1.redis),
      };
    }
    // 3. pause under ~500 sends/s, 50 trials
    {
      const trials = Math.max(5, Math.round(50 * scale));
      const deps = mk();
      const latencies: number[] = [];
      const lateCounts: number[] = [];
      const inFlight: number[] = [];
      for (let i = 0; i < trials; i++) {
        const rows = await seed(deps, account!.id, 300, true);
        const t = noop();
        const w = createSendWorker(deps, { transport: t, limits: big(500, 1000), concurrency: CONCURRENCY });
        await addSendJobs(deps, rows);
        while (t.calls.length < 40 + Math.floor(Math.random() * 60)) await new Promise((r) => setTimeout(r, 2));
        const p0 = performance.now();
        const res = await pauseScope(deps, { scope: 'all', reason: `trial ${i}`, source: 'api', actor });
        const p1 = performance.now();
        latencies.push(p1 - p0);
        inFlight.push(res.inFlight.count);
        await new Promise((r) => setTimeout(r, 150));
        lateCounts.push(t.calls.filter((c) => c > p1).length);
        await resumeScope(deps, { scope: 'all', actor });
        await drain(deps, 300, t, 20_000);
        await w.worker.close(); w.connection.disconnect();
      }
      await deps.close();
      out.pause = { trials, pause_latency_ms_p50: +pct(latencies, 50).toFixed(1), pause_latency_ms_p99: +pct(latencies, 99).toFixed(1), calls_started_after_return_max: Math.max(...lateCounts), trials_with_late_calls: lateCounts.filter((x) => x > 0).length, in_flight_at_pause_mean: +(inFlight.reduce((a, b) => a + b, 0) / trials).toFixed(1) };
    }
  } finally {
    await services.stop();
  }
  // The run's size, so a figure read later says what it was measured on.
  const sizes = out as { capped?: { sends: number }; uncapped?: { sends: number }; pause?: { trials: number } };
  out.note = `BENCH_SEND_SCALE=${scale} (${sizes.capped?.sends ?? 0} capped sends, ${sizes.uncapped?.sends ?? 0} uncapped, ${sizes.pause?.trials ?? 0} pause trials)`;
  return out;
}
