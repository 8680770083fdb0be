/**
 * Issue 15 load soak: `draftgate serve` and `draftgate worker` as separate processes (the fault
 * suite's world: own Postgres, Redis, SMTP sink, Slack fake). The 4,000-draft book is submitted in
 * batches while 20 simulated reviewers approve the drafts that wait for review through signed Slack
 * clicks (some click twice, some click the same draft together); sends run under an org cap of
 * 3,600 a minute and one pause/resume happens mid-way. Reported (keys soak.*):
 *   drafts_lost        accepted drafts not sent at the end (must be 0)
 *   sends_duplicated   drafts the SMTP sink received more than once (must be 0)
 *   cap_violations     sliding 60-s windows of transport calls over the org cap (must be 0)
 *   pause_violations   transport calls that started after the pause answered, beyond those in
 *                      flight at the pause, before the resume (must be 0)
 *   acks_over_3s       Slack clicks answered after Slack's 3 s limit (must be 0)
 *   drain_seconds      from the last submission until every draft was sent
 * BENCH_SOAK_SCALE scales the book (e.g. 0.25 for a quick run).
 */
import { applyPolicy } from '../src/policy-store/store.js';
import { faultPolicy, startFaultWorld, until, seeded, type FaultWorld } from '../test/faults/harness.js';
import { blockActionBody, signedInit } from '../test/helpers/slack-requests.js';
import { encodeActionId } from '../src/review/blocks.js';

const ORG_PER_MINUTE = 3600;
const REVIEWERS = Array.from({ length: 20 }, (_, i) => `U0REV${String(i).padStart(4, '0')}`);

const policy = faultPolicy({
  owners: REVIEWERS,
  description: 'soak',
  alertChannel: null,
  orgPerMinute: ORG_PER_MINUTE,
  cap: 1000000,
  extra: 'anomaly:\n  volume:\n    min_sends: 1000000\n',
});

async function post(url: string, secret: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
}

export async function run(): Promise<Record<string, unknown>> {
  const scale = Number(process.env.BENCH_SOAK_SCALE ?? '1');
  const total = Math.max(40, Math.round(4000 * scale));
  const rnd = seeded(15);
  const w: FaultWorld = await startFaultWorld({ seed: 15, accounts: 400, owners: REVIEWERS, env: { SEND_CONCURRENCY: '16', RECONCILE_INTERVAL_MS: '5000', DATABASE_POOL_MAX: '16' } });
  try {
    await applyPolicy(w.deps.db, { yaml: policy, comment: 'soak', actor: { type: 'system', component: 'bench' } });
    const serve = await w.spawn('serve');
    await w.spawn('worker');

    // Reviewers (each owns 1 in 20 accounts and gets its cards by DM): approve whatever waits with a
    // card; 10% click twice, 5% together with a colleague.
    const ackMs: number[] = [];
    const clicked = new Set<string>();
    let reviewing = true;
    const click = async (user: string, id: string) => {
      const t0 = performance.now();
      const res = await fetch(`${serve.url}/slack/events`, { ...signedInit(blockActionBody({ user, actionId: encodeActionId({ action: 'approve', draftId: id, version: 1 }) }), 'application/x-www-form-urlencoded'), signal: AbortSignal.timeout(30_000) }).catch(() => null);
      ackMs.push(res?.ok ? performance.now() - t0 : Number.POSITIVE_INFINITY);
    };
    const reviewers = (async () => {
      while (reviewing) {
        const waiting = await w.deps.sql<{ id: string; owner: string }[]>`select d.id, a.owner_slack_id as owner from drafts d join accounts a on a.id = d.account_id where d.status = 'pending_review' and d.slack_ts is not null limit 400`;
        const fresh = waiting.filter((r) => !clicked.has(r.id));
        if (!fresh.length) {
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        await Promise.all(
          REVIEWERS.map(async (user, i) => {
            for (const { id } of fresh.filter((r) => r.owner === user)) {
              clicked.add(id);
              const p = rnd();
              if (p < 0.1) await Promise.all([click(user, id), click(user, id)]);
              else if (p < 0.15) await Promise.all([click(user, id), click(REVIEWERS[(i + 1) % REVIEWERS.length]!, id)]);
              else await click(user, id);
            }
          }),
        );
      }
    })();

    // Submit the book in batches of 100, two at a time.
    const accepted: string[] = [];
    let n = 0;
    const batches: Array<Array<Record<string, unknown>>> = [];
    while (n < total) {
      const size = Math.min(100, total - n);
      batches.push(Array.from({ length: size }, () => w.draft(w.accounts[n++ % w.accounts.length]!)));
    }
    let pause: { at: number; inFlight: number; resumeAt: number } | null = null;
    for (let i = 0; i < batches.length; i += 2) {
      const res = await Promise.all(batches.slice(i, i + 2).map((b) => post(serve.url, w.secret, '/v1/drafts/batch', { drafts: b }).then((r) => r.json() as Promise<{ results: Array<{ ok: boolean; draft?: { id: string } }> }>)));
      for (const r of res) for (const x of r.results) if (x.ok && x.draft) accepted.push(x.draft.id);
      if (!pause && accepted.length >= total / 2 && w.smtp.messages.length > 0) {
        // One pause/resume mid-way: no send may start between the pause's answer and the resume.
        const p = await post(serve.url, w.secret, '/v1/pause', { scope: 'all', reason: 'soak: mid-way pause' });
        const body = (await p.json()) as { in_flight_at_pause: number };
        const at = Date.now();
        await new Promise((r) => setTimeout(r, 2000));
        const resumeAt = Date.now();
        await post(serve.url, w.secret, '/v1/resume', { scope: 'all' });
        pause = { at, inFlight: body.in_flight_at_pause, resumeAt };
      }
    }
    const submittedAt = Date.now();
    await until('every draft sent', async () => {
      const [r] = await w.deps.sql<{ n: number }[]>`select count(*)::int as n from drafts where id = any(${accepted}::uuid[]) and status = 'sent'`;
      return r!.n === accepted.length;
    }, 15 * 60_000, 1000).catch(() => null);
    const drainSeconds = (Date.now() - submittedAt) / 1000;
    reviewing = false;
    await reviewers;

    const [sent] = await w.deps.sql<{ n: number }[]>`select count(*)::int as n from drafts where id = any(${accepted}::uuid[]) and status = 'sent'`;
    const counts = new Map<string, number>();
    for (const m of w.smtp.messages) if (m.draftId) counts.set(m.draftId, (counts.get(m.draftId) ?? 0) + 1);
    const times = w.smtp.messages.map((m) => m.at).sort((a, b) => a - b);
    let capViolations = 0;
    let maxInWindow = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= 60_000) j++;
      maxInWindow = Math.max(maxInWindow, i - j + 1);
      if (i - j + 1 > ORG_PER_MINUTE) capViolations++;
    }
    const duringPause = pause ? times.filter((t) => t > pause!.at && t < pause!.resumeAt).length : 0;
    return {
      drafts: total,
      accepted: accepted.length,
      reviewed_clicks: ackMs.length,
      drafts_lost: accepted.length - sent!.n + (total - accepted.length),
      sends_duplicated: [...counts.values()].filter((c) => c > 1).length,
      cap_violations: capViolations,
      max_sends_in_any_60s: maxInWindow,
      org_cap_per_minute: ORG_PER_MINUTE,
      pause_violations: Math.max(0, duringPause - (pause?.inFlight ?? 0)),
      acks_over_3s: ackMs.filter((ms) => ms > 3000).length,
      ack_p99_ms: ackMs.length ? Math.round([...ackMs].sort((a, b) => a - b)[Math.floor(ackMs.length * 0.99)]!) : null,
      drain_seconds: Math.round(drainSeconds * 10) / 10,
    };
  } finally {
    await w.close();
  }
}
