/**
 * Alerts are an outbox: the row is written with the event, posted by whichever worker gets to it,
 * retried with backoff while Slack fails, and posted once — also when the process that wrote it
 * was killed before posting.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { createTestDeps, type TestDeps } from '../helpers/deps.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { testActor } from '../helpers/fixtures.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { alerts } from '../../src/db/schema.js';
import { backoffMs, deliverAlerts, raiseAlert, recordAlert } from '../../src/guard/alerts.js';
import { getStatus } from '../../src/reports/status.js';
import { formatStatus } from '../../src/cli/commands/send.js';
import { startWorkerProcess } from '../../src/worker.js';

let t: TestDb;
let slack: FakeSlack;
let deps: TestDeps;
// Ahead of the database's now(): an alert written at any moment of the run is due on this clock.
let clock = new Date(Date.now() + 3_600_000);

beforeAll(async () => {
  t = await createTestDb();
  slack = await startFakeSlack();
  deps = createTestDeps(t, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url, ALERT_OUTBOX_INTERVAL_MS: '100' });
  deps.now = () => clock;
  await applyPolicy(t.db, { yaml: 'owners: [U0OWNER01]\nreview:\n  alert_channel: C0ALERTS1\n', comment: 'test', actor: testActor });
});
afterAll(async () => {
  await deps.close();
  await slack.close();
  await t.drop();
});
beforeEach(() => {
  slack.calls.length = 0;
});

const posts = (text: string) => slack.callsOf('chat.postMessage').filter((c) => String(c.args.text).includes(text));
const row = async (id: string) => (await t.db.select().from(alerts).where(eq(alerts.id, id)))[0]!;

describe('alert outbox', () => {
  it('Slack down: the alert waits with its error and backoff, shows in status, and is posted once when Slack is back', async () => {
    slack.failNext('chat.postMessage', { error: 'service_unavailable' }, 1);
    const r = await raiseAlert(deps, { kind: 'send.held', dedupeKey: 'held:1', scope: 'draft:1', text: 'draft 1 is held', to: { alertChannel: true, users: ['U0OWNER01'] } });
    expect(r.alerted).toBe(true);
    // The channel post failed; the DM went out and is remembered, so a retry only re-tries the channel.
    let a = await row(r.alertId!);
    expect(a.postedAt).toBeNull();
    expect(a.attempts).toBe(1);
    expect(a.lastError).toBe('service_unavailable');
    expect(a.nextAttemptAt.getTime() - clock.getTime()).toBeGreaterThanOrEqual(backoffMs(1, 0));

    const s = await getStatus(deps);
    expect(s.alerts.count).toBe(1);
    expect(formatStatus(s).join('\n')).toMatch(/ALERTS NOT YET DELIVERED: 1\n {2}send\.held draft:1 since .+; 1 attempt\(s\); last error: service_unavailable/);

    // Not due yet: nothing is tried.
    expect((await deliverAlerts(deps)).delivered).toBe(0);
    clock = new Date(clock.getTime() + 60_000);
    expect((await deliverAlerts(deps)).delivered).toBe(1);
    a = await row(r.alertId!);
    expect(a.postedAt).not.toBeNull();
    expect(a.lastError).toBeNull();
    // Each target got it exactly once in the end (the DM was not repeated).
    expect(posts('draft 1 is held').filter((c) => c.args.channel === 'C0ALERTS1')).toHaveLength(2); // 1 refused + 1 posted
    expect(posts('draft 1 is held').filter((c) => c.args.channel === 'U0OWNER01')).toHaveLength(1);
    expect((await deliverAlerts(deps)).delivered).toBe(0);
    expect((await getStatus(deps)).alerts.count).toBe(0);
  });

  it('a second raise with the same key records and posts nothing', async () => {
    const first = await raiseAlert(deps, { kind: 'k', dedupeKey: 'same', scope: 'all', text: 'once only', to: { alertChannel: true } });
    const again = await raiseAlert(deps, { kind: 'k', dedupeKey: 'same', scope: 'all', text: 'once only', to: { alertChannel: true } });
    expect(first.alerted).toBe(true);
    expect(again).toEqual({ alerted: false, alertId: null, posted: [] });
    expect(posts('once only')).toHaveLength(1);
  });

  it('two workers delivering at once post a due alert once', async () => {
    const id = await t.db.transaction((tx) => recordAlert(tx, { kind: 'k', dedupeKey: 'race', scope: 'all', text: 'raced', to: { alertChannel: true } }));
    slack.latencyMs = 50;
    const other = createTestDeps(t, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url });
    other.now = () => clock;
    try {
      const [a, b] = await Promise.all([deliverAlerts(deps), deliverAlerts(other)]);
      expect(a.delivered + b.delivered).toBe(1);
    } finally {
      slack.latencyMs = 0;
      await other.close();
    }
    expect(posts('raced')).toHaveLength(1);
    expect((await row(id!)).postedAt).not.toBeNull();
  });

  it('a process killed between writing the alert and posting it: after restart the worker posts it, once', async () => {
    const env = { ...process.env, DATABASE_URL: t.url, REDIS_URL: deps.config.REDIS_URL, REDIS_PREFIX: deps.prefix, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url, LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/alert-child.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const id = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        const m = /recorded (\S+)/.exec(d.toString());
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error('child exited before recording')));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(posts('tpl-k paused')).toHaveLength(0);
    expect((await row(id)).postedAt).toBeNull();

    // "Restart": a worker process's alert-outbox part (real clock: the row is due now).
    const worker = createTestDeps(t, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url, ALERT_OUTBOX_INTERVAL_MS: '100' });
    const stop = await startWorkerProcess(worker, ['alert-outbox']);
    try {
      const end = Date.now() + 20_000;
      while (Date.now() < end && !(await row(id)).postedAt) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 400)); // a few more loop turns: nothing more is posted
    } finally {
      await stop();
      await worker.close();
    }
    expect((await row(id)).postedAt).not.toBeNull();
    expect(posts('tpl-k paused').filter((c) => c.args.channel === 'C0ALERTS1')).toHaveLength(1);
    expect(posts('tpl-k paused').filter((c) => c.args.channel === 'U0OWNER01')).toHaveLength(1);
  });
});

describe('backoff', () => {
  it('doubles from 5 s to a 15 min cap, with ±20% jitter', () => {
    expect(backoffMs(1, 0.5)).toBe(5_000);
    expect(backoffMs(2, 0.5)).toBe(10_000);
    expect(backoffMs(20, 0.5)).toBe(15 * 60_000);
    expect(backoffMs(1, 0)).toBe(4_000);
    expect(backoffMs(1, 0.999)).toBeLessThanOrEqual(6_000);
  });
});
