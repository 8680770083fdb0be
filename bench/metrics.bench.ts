/**
 * Issue 14 benchmark: GET /metrics on the demo database (the full `draftgate demo` loop at its
 * default size: 4,000 accounts, a draft per account, reviews, sends, a tripped template), beside
 * GET /healthz on the same app in the same run. Sequential scrapes over a real socket; p50/p95 in
 * milliseconds, the exposition's size and series count, and the time the scrape spent reading
 * Postgres and Redis (draftgate_metrics_scrape_seconds). Prometheus scrapes every 15–60 s, so the
 * goal is a p95 well under a second.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../src/cli/commands/demo.js';

const ROUNDS = 30;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN).toFixed(1);
};

async function timeGets(url: string, rounds: number): Promise<{ p50: number; p95: number; body: string }> {
  const ms: number[] = [];
  let body = '';
  for (let i = 0; i < rounds + 3; i++) {
    const t0 = performance.now();
    const r = await fetch(url);
    body = await r.text();
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    if (i >= 3) ms.push(performance.now() - t0); // the first requests warm caches and the JIT
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), body };
}

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  await runDemo(
    {
      exit: true,
      port: '0',
      dir: mkdtempSync(join(tmpdir(), 'dg-bench-metrics-')),
      onReady: async (base) => {
        const health = await timeGets(`${base}/healthz`, ROUNDS);
        const m = await timeGets(`${base}/metrics`, ROUNDS);
        const series = m.body.split('\n').filter((l) => l && !l.startsWith('#'));
        const num = (name: string) => Number(series.find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))?.split(' ').pop());
        const received = series.filter((l) => l.startsWith('draftgate_drafts_received_total')).reduce((a, l) => a + Number(l.split(' ').pop()), 0);
        Object.assign(results, {
          scrape_p50_ms: m.p50,
          scrape_p95_ms: m.p95,
          healthz_p50_ms: health.p50,
          healthz_p95_ms: health.p95,
          last_scrape_db_and_redis_ms: +(num('draftgate_metrics_scrape_seconds') * 1000).toFixed(1),
          exposition_bytes: m.body.length,
          series: series.length,
          drafts_in_database: received,
        });
      },
    },
    () => {},
  );
  return { rounds: ROUNDS, ...results, goal: 'scrape p95 well under 1 s at the demo size, beside /healthz from the same app' };
}
