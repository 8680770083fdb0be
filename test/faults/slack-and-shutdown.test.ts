/**
 * Slack traffic shaped exactly as Slack sends it, against `draftgate serve` as a child process:
 * forged, stale and replayed requests, Slack's unsigned SSL check, a double click; then SIGTERM
 * while a listener is still working after its ack (issue 15 item 8), and the brake while Redis is
 * down (item 4). Outcomes only: refused requests change nothing, a replay is processed once, every
 * acknowledged action is audited, the process exits cleanly, the audit chain verifies.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import postgres from 'postgres';
import { startFaultWorld, until, type FaultWorld, type Child } from './harness.js';
import { blockActionBody, eventBody, form, signedInit, slashBody } from '../helpers/slack-requests.js';
import { encodeActionId } from '../../src/review/blocks.js';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';

const FORM = 'application/x-www-form-urlencoded';
const OWNER = 'U0OWNER01';

let w: FaultWorld;
beforeAll(async () => {
  w = await startFaultWorld({ seed: 5 });
}, 120_000);
afterAll(async () => {
  await w?.close();
}, 90_000);

const slack = (c: Child, body: string, type: string, o = {}) => fetch(`${c.url}/slack/events`, { ...signedInit(body, type, o), signal: AbortSignal.timeout(10_000) });
const audited = async (draftId: string, action: string) =>
  Number((await w.deps.sql`select count(*)::int as n from audit_log where subject = ${`draft:${draftId}`} and action = ${action}`)[0]!.n);

/** A draft waiting for review with its card posted (high-value account). */
async function pendingWithCard(serve: Child): Promise<{ id: string; version: number }> {
  const high = w.accounts.find((a) => a.valueUsd >= 50_000)!;
  const r = await w.submit(serve.url, w.draft(high));
  expect(r.status).toBe(201);
  const id = String(r.body!.id);
  await until('the review card', async () => (await w.deps.sql`select slack_ts from drafts where id = ${id}`)[0]?.slack_ts);
  return { id, version: 1 };
}

describe('fault: Slack requests as Slack sends them, and SIGTERM during listener work', () => {
  it('forged/stale refused, replay processed once, ssl_check answered, double click decides once, a click acknowledged before SIGTERM is audited', async () => {
    onTestFailed(() => console.log(w.logs()));
    let serve = await w.spawn('serve');
    await w.spawn('worker');

    // Forged (wrong secret) and stale (10 minutes old) slash commands: 401, nothing recorded.
    const pause = slashBody({ command: '/pause-outreach', text: 'all forged', user: OWNER });
    expect((await slack(serve, pause, FORM, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await slack(serve, pause, FORM, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect(Number((await w.deps.sql`select count(*)::int as n from pauses`)[0]!.n)).toBe(0);

    // Slack's SSL check carries no signature: 200, as Bolt answers it.
    const ssl = await fetch(`${serve.url}/slack/events`, { method: 'POST', headers: { 'content-type': FORM }, body: form({ ssl_check: '1', token: 'legacy' }) });
    expect(ssl.status).toBe(200);

    // An event delivered, then retried by Slack (X-Slack-Retry-Num): processed once.
    const home = eventBody({ eventId: 'Ev0FAULT01', event: { type: 'app_home_opened', user: OWNER, channel: 'D0OWNER01', tab: 'home', event_ts: '1700000000.000100' } });
    const publishesBefore = w.slack.callsOf('views.publish').length;
    expect((await slack(serve, home, 'application/json')).status).toBe(200);
    expect((await slack(serve, home, 'application/json', { retryNum: 1 })).status).toBe(200);
    await until('the home tab', async () => w.slack.callsOf('views.publish').length > publishesBefore);
    await new Promise((r) => setTimeout(r, 500));
    expect(w.slack.callsOf('views.publish').length - publishesBefore).toBe(1);

    // A double click (two deliveries at once): one decision, audited once.
    const a = await pendingWithCard(serve);
    const click = blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'approve', draftId: a.id, version: a.version }) });
    const both = await Promise.all([slack(serve, click, FORM), slack(serve, click, FORM)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    await until('the approval', async () => (await audited(a.id, 'draft.approved')) === 1);

    // SIGTERM 'during listener work': the click is acknowledged, its verb still waits on the
    // database (the test holds a lock), and the process is told to stop. The drain lets it finish.
    const b = await pendingWithCard(serve);
    const admin = postgres(w.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const locked = admin.begin(async (tx) => {
      await tx`lock table accounts in access exclusive mode`;
      const res = await slack(serve, blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'approve', draftId: b.id, version: b.version }) }), FORM);
      expect(res.status).toBe(200); // acknowledged
      await new Promise((r) => setTimeout(r, 300));
      serve.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 700)); // the stop is under way while the lock is held
    });
    await locked;
    await admin.end();
    expect(await serve.exited).toBe(0);
    expect(await audited(b.id, 'draft.approved')).toBe(1);

    // The brake with Redis down, through a fresh serve: answered from Postgres.
    serve = await w.spawn('serve');
    await w.redis.stop({ keep: true });
    const brake = await slack(serve, slashBody({ command: '/pause-outreach', text: 'template:tpl-faults incident', user: OWNER }), FORM);
    expect(brake.status).toBe(200);
    expect(JSON.stringify(await brake.json())).toContain('Paused in the database');
    await w.redis.start();
    expect(Number((await w.deps.sql`select count(*)::int as n from pauses where scope = 'template:tpl-faults' and ended_at is null`)[0]!.n)).toBe(1);

    await sealAudit(w.deps.sql);
    expect(await verifyAudit(w.deps.sql)).toMatchObject({ ok: true });
  }, 300_000);
});
