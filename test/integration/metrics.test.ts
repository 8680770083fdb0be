/** /metrics on the web app and on the worker's own listener: every family exists and moves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { createTestDeps } from '../helpers/deps.js';
import { createHttpApp } from '../../src/http/app.js';
import { startWorkerMetrics } from '../../src/http/metrics.js';
import { freePort } from '../../src/lib/local-services.js';
import { seedDraft } from '../helpers/fixtures.js';

const FAMILIES = [
  'draftgate_drafts_received_total',
  'draftgate_drafts',
  'draftgate_findings_total',
  'draftgate_review_queue_depth',
  'draftgate_review_oldest_waiting_seconds',
  'draftgate_review_decision_seconds',
  'draftgate_review_decisions_total',
  'draftgate_review_fast_approvals_total',
  'draftgate_review_ladder_total',
  'draftgate_sends_total',
  'draftgate_send_transport_seconds',
  'draftgate_send_cap_utilization_ratio',
  'draftgate_send_jobs_waiting',
  'draftgate_pauses_open',
  'draftgate_guard_statistic',
  'draftgate_guard_threshold',
  'draftgate_queue_jobs',
  'draftgate_alerts_undelivered',
  'draftgate_http_request_duration_seconds',
  'draftgate_process_cpu_seconds_total',
];

/** Parse the exposition text into `name{labels sorted by name}` → value. */
function parse(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    const m = /^([^{]+)(?:\{(.*)\})?$/.exec(line.slice(0, i))!;
    const labels = (m[2] ?? '').match(/[a-z_]+="[^"]*"/g) ?? [];
    out.set(labels.length ? `${m[1]}{${labels.sort().join(',')}}` : m[1]!, Number(line.slice(i + 1)));
  }
  return out;
}
const sum = (m: Map<string, number>, prefix: string) => [...m].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);

let env: IntakeEnv;
beforeAll(async () => {
  env = await setupIntake();
});
afterAll(async () => {
  await env.close();
});

describe('/metrics', () => {
  it('the web app exports every family; counters move when drafts arrive; labels carry no address or id', async () => {
    const scrape = async () => {
      const res = await env.app.request('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return res.text();
    };
    const before = await scrape();
    for (const f of FAMILIES) expect(before, f).toContain(`# TYPE ${f} `);
    const b = parse(before);

    // Two drafts stored the way intake stores them, one carrying a PII finding.
    const { draft } = await seedDraft(env.deps.db, { account: env.account, status: 'approved', draft: { workflow: 'intro' } });
    await seedDraft(env.deps.db, { account: env.account, status: 'approved', draft: { workflow: 'intro' } });
    const finding = { kind: 'pii', severity: 'warn', field: null, start: 0, end: 5, excerpt: 'x' };
    await env.deps.sql`update drafts set findings = ${JSON.stringify([finding])}::jsonb where id = ${draft.id}`;
    expect((await env.app.request('/healthz')).status).toBe(200);
    expect((await env.app.request('/healthz')).status).toBe(200);

    const text = await scrape();
    const a = parse(text);
    expect(sum(a, 'draftgate_drafts_received_total')).toBe(sum(b, 'draftgate_drafts_received_total') + 2);
    expect(sum(a, 'draftgate_findings_total')).toBeGreaterThan(sum(b, 'draftgate_findings_total'));
    expect(a.get('draftgate_findings_total{kind="pii",process="web",severity="warn"}')).toBeGreaterThanOrEqual(1);
    expect(a.get('draftgate_drafts_received_total{process="web",tier="low",workflow="intro"}')).toBeGreaterThanOrEqual(2);
    // Requests are timed under their route pattern.
    expect(a.get('draftgate_http_request_duration_seconds_count{method="GET",process="web",route="/healthz",status="200"}')).toBe(2);
    expect(a.get('draftgate_http_request_duration_seconds_count{method="GET",process="web",route="/metrics",status="200"}')).toBe(1);
    const labels = [...a.keys()].join('\n');
    expect(labels).not.toMatch(/@/);
    expect(labels).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('the review queue depth and age follow pending drafts', async () => {
    await env.deps.sql`update drafts set status = 'pending_review', created_at = now() - interval '2 hours' where id = (select id from drafts order by created_at limit 1)`;
    const m = parse(await (await env.app.request('/metrics')).text());
    expect(m.get('draftgate_review_queue_depth{process="web"}')).toBeGreaterThanOrEqual(1);
    expect(m.get('draftgate_review_oldest_waiting_seconds{process="web"}')).toBeGreaterThan(7000);
  });

  it('METRICS_TOKEN protects the route: 401 problem without the bearer, 200 with it', async () => {
    const deps = createTestDeps(env.t, { METRICS_TOKEN: 'scrape-secret-0123456789' });
    try {
      const app = createHttpApp(deps);
      const no = await app.request('/metrics');
      expect(no.status).toBe(401);
      expect(no.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong-secret-0123456789' } })).status).toBe(401);
      expect((await app.request('/metrics', { headers: { authorization: 'Bearer scrape-secret-0123456789' } })).status).toBe(200);
    } finally {
      await deps.close();
    }
  });

  it("the worker serves its own /metrics on METRICS_PORT, and not the REST API", async () => {
    const port = await freePort();
    const deps = createTestDeps(env.t, { METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' });
    const stop = await startWorkerMetrics(deps);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const f of FAMILIES.filter((x) => x !== 'draftgate_http_request_duration_seconds')) expect(text, f).toContain(`# TYPE ${f} `);
      expect(text).toContain('process="worker"');
      expect(sum(parse(text), 'draftgate_drafts_received_total')).toBeGreaterThanOrEqual(2);
      expect((await fetch(`http://127.0.0.1:${port}/v1/status`)).status).toBe(404);
    } finally {
      await stop();
      await deps.close();
    }
  });
});
