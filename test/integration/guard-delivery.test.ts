/**
 * Aggregate monitors on real Postgres: bounce rate per mailbox from the delivery-events verb's
 * audit rows (with the minimum volume), and the critical-finding share per template.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useIntegrationEnv } from '../helpers/env.js';
import { seedAccount, seedDrafts, testActor } from '../helpers/fixtures.js';
import { runMonitors } from '../../src/guard/monitors.js';
import { claimForSend, markSent, queueDraft } from '../../src/drafts/lifecycle.js';
import { recordDeliveryEvents } from '../../src/send/delivery-events.js';
import { drafts, sends } from '../../src/db/schema.js';

const env = useIntegrationEnv();

async function sendAll(ids: string[]) {
  for (const id of ids) {
    await queueDraft(env.t.db, id, testActor);
    await claimForSend(env.t.db, id, testActor);
    await env.t.db.insert(sends).values({ draftId: id, attempt: 1, transport: 'outbox', messageId: `<${id}@x>`, status: 'sent', finishedAt: new Date() });
    await markSent(env.t.db, id, testActor, { message_id: `<${id}@x>`, transport: 'outbox', attempt: 1 });
  }
}

describe('bounce monitor', () => {
  it('waits for the minimum volume, then trips the mailbox above the provider threshold', async () => {
    const account = await seedAccount(env.t.db);
    const mailbox = 'sdr2@seller.example';
    const first = await seedDrafts(env.t.db, account, Array.from({ length: 40 }, () => ({ templateId: 'tpl-m', mailbox, status: 'approved' as const })));
    await sendAll(first.map((d) => d.id));
    // 4 hard bounces of 40 sends (10%) — above 5%, but under min_volume 50: no decision yet.
    await recordDeliveryEvents(env.deps, { events: first.slice(0, 4).map((d, i) => ({ id: `b${i}`, type: 'bounce', bounce_type: 'hard', email: d.toEmail, draft_id: d.id })) });
    expect((await runMonitors(env.deps)).trips).toEqual([]);
    const more = await seedDrafts(env.t.db, account, Array.from({ length: 20 }, () => ({ templateId: 'tpl-m', mailbox, status: 'approved' as const })));
    await sendAll(more.map((d) => d.id));
    // 4 of 60 = 6.7% over ≥ 50 sends: trip.
    const res = await runMonitors(env.deps);
    expect(res.trips.map((x) => [x.monitor, x.scope])).toEqual([['bounce', `mailbox:${mailbox}`]]);
    expect(res.trips[0]!.evidence).toMatchObject({ sends: 60, bounces: 4, threshold: 0.05, min_volume: 50 });
    // The window restarts at the trip: the same evidence does not trip again.
    expect((await runMonitors(env.deps)).trips).toEqual([]);
  }, 90_000);
});

describe('finding monitor', () => {
  it('trips a template whose drafts start carrying critical findings', async () => {
    const account = await seedAccount(env.t.db);
    const rows = await seedDrafts(env.t.db, account, Array.from({ length: 10 }, () => ({ templateId: 'tpl-leak', status: 'pending_review' as const })));
    const critical = [{ kind: 'sensitive_field', severity: 'critical', field: null, start: 0, end: 5, excerpt: 'x' }];
    await env.t.db.execute(sql`update ${drafts} set findings = ${JSON.stringify(critical)}::jsonb where id in ${rows.slice(0, 3).map((r) => r.id)}`);
    const res = await runMonitors(env.deps);
    expect(res.trips.map((x) => [x.monitor, x.scope])).toEqual([['findings', 'template:tpl-leak']]);
    expect(res.trips[0]!.evidence).toMatchObject({ drafts: 10, critical: 3, threshold: 0.2 });
  });
});

describe('volume monitor', () => {
  it('needs 24 h of history, then trips on a window far above the trailing baseline', async () => {
    const account = await seedAccount(env.t.db);
    const [d] = await seedDrafts(env.t.db, account, [{ templateId: 'tpl-v', status: 'approved' }]);
    // Failed attempts share one draft (only live sends are unique per draft); the monitor counts starts.
    let attempt = 0;
    const start = async (minutesAgo: number) =>
      env.t.db.insert(sends).values({ draftId: d!.id, attempt: ++attempt, transport: 'outbox', messageId: `<v${attempt}@x>`, status: 'failed', startedAt: new Date(Date.now() - minutesAgo * 60_000), finishedAt: new Date() });
    for (let i = 0; i < 60; i++) await start(i / 2);
    // 60 sends in the last hour, but no day of history to compare with: no decision.
    expect((await runMonitors(env.deps)).trips.filter((x) => x.monitor === 'volume')).toEqual([]);
    for (let h = 2; h <= 26; h++) await start(h * 60);
    const trips = (await runMonitors(env.deps)).trips.filter((x) => x.monitor === 'volume');
    expect(trips.map((x) => x.scope)).toEqual(['all']);
    // (this file's bounce test also sent 60 in the last hour)
    expect(trips[0]!.evidence).toMatchObject({ sends_in_window: 120, factor: 5, min_sends: 50 });
    expect(Number(trips[0]!.evidence.baseline_per_window)).toBeLessThan(2);
  }, 60_000);
});
