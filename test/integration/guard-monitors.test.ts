/**
 * Simulation with known ground truth through the REAL rejection monitor on real Postgres:
 * three good templates reviewed at p0 = 5% rejections; tpl-flawed at p0 for its first 30 reviews,
 * then at p = 0.3. Reviews go through the real review verbs; the guard runs every 5 rounds.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, seedDrafts } from '../helpers/fixtures.js';
import { sql } from 'drizzle-orm';
import { runMonitors, pendingTrips, clearPendingTrip, GUARD_LOCK_KEY } from '../../src/guard/monitors.js';
import { seededRandom, waldAsn } from '../../src/policy/anomaly/sprt.js';
import { approveReview } from '../../src/review/approve-review.js';
import { rejectReview } from '../../src/review/reject-review.js';
import { defaultPolicy } from '../../src/policy/schema.js';
import { monitorState } from '../../src/db/schema.js';
import type { DraftRow } from '../../src/drafts/lifecycle.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv();

const REVIEWER = 'U0OWNER01';
const actor = { type: 'rep', slackUserId: REVIEWER } as const;

describe('rejection monitor simulation', () => {
  it('trips on the flawed template within the expected reviews, never on the good ones', async () => {
    const account = await seedAccount(env.t.db);
    const templates = ['tpl-good-1', 'tpl-good-2', 'tpl-good-3', 'tpl-flawed'];
    const PER = 100;
    const CHANGE_AT = 30;
    const EVERY = 5;
    const queues = new Map<string, DraftRow[]>();
    for (const tpl of templates) queues.set(tpl, await seedDrafts(env.t.db, account, Array.from({ length: PER }, (_, i) => ({ templateId: tpl, status: 'pending_review' as const, tier: i % 3 === 0 ? 'low' as const : 'high' as const, sampled: i % 3 === 0 }))));

    const r = seededRandom(42);
    const p = defaultPolicy().anomaly.rejection;
    const reviewed = new Map(templates.map((x) => [x, 0]));
    let flawedTripAt: number | null = null;
    const tripScopes: string[] = [];
    for (let i = 0; flawedTripAt === null && i < PER; i++) {
      for (const tpl of templates) {
        const n = reviewed.get(tpl)!;
        const rate = tpl === 'tpl-flawed' && n >= CHANGE_AT ? 0.3 : p.p0;
        const d = queues.get(tpl)![n]!;
        if (r() < rate) await rejectReview(env.deps, { draftId: d.id, version: d.version, reviewer: REVIEWER, actor, reasonCategory: 'factual_error', reasonText: `wrong claim in ${tpl}` });
        else await approveReview(env.deps, { draftId: d.id, version: d.version, reviewer: REVIEWER, actor });
        reviewed.set(tpl, n + 1);
      }
      if ((i + 1) % EVERY === 0) {
        const res = await runMonitors(env.deps);
        expect(res.skipped).toBe(false);
        for (const trip of res.trips) {
          tripScopes.push(trip.scope);
          if (trip.scope === 'template:tpl-flawed') flawedTripAt = reviewed.get('tpl-flawed')!;
        }
      }
    }
    expect(flawedTripAt).not.toBeNull();
    const delay = flawedTripAt! - CHANGE_AT;
    // Wald's expected sample number at p = 0.3 is ~21 reviews; allow the spread of one run.
    expect(delay).toBeGreaterThan(0);
    // The guard runs every EVERY reviews per template, so the observed delay can be up to EVERY − 1 late.
    expect(delay).toBeLessThanOrEqual(Math.ceil(3 * waldAsn({ p0: p.p0, p1: p.p1, alpha: p.alpha, beta: p.beta }, 0.3)) + EVERY - 1);
    expect(tripScopes.filter((s) => s.startsWith('template:tpl-good'))).toEqual([]);
    expect(tripScopes).toContain('template:tpl-flawed');

    // The trip is pending with its evidence until trip.ts acts on it; the monitor restarted at zero.
    const pending = await pendingTrips(env.deps);
    const flawed = pending.find((x) => x.scope === 'template:tpl-flawed')!;
    expect(flawed.evidence).toMatchObject({ monitor: 'rejection', p0: 0.05, p1: 0.25 });
    expect((flawed.evidence.last_rejected as Array<{ reason_text: string }>).at(-1)?.reason_text).toBe('wrong claim in tpl-flawed');
    const states = await env.t.db.select().from(monitorState);
    const st = states.find((s) => s.monitor === 'rejection' && s.scope === 'template:tpl-flawed')!;
    expect((st.state as { s: number; n: number }).n).toBeLessThan(10);
    expect(st.trippedAt).not.toBeNull();
    await clearPendingTrip(env.deps.db, flawed);
    expect((await pendingTrips(env.deps)).find((x) => x.id === flawed.id)).toBeUndefined();

    // Running again with no new reviews changes nothing and trips nothing.
    const again = await runMonitors(env.deps);
    expect(again).toMatchObject({ reviewsProcessed: 0, trips: [] });
  }, 120_000);

  it('counts a review that commits after a higher id was already read (the gap is looked for again)', async () => {
    const account = await seedAccount(env.t.db);
    const [d1, d2] = await seedDrafts(env.t.db, account, [{ templateId: 'tpl-late', status: 'pending_review' }, { templateId: 'tpl-late', status: 'pending_review' }]);
    await runMonitors(env.deps);
    const slow = await env.t.sql.reserve();
    try {
      await slow`begin`;
      const [late] = await slow`insert into reviews (draft_id, draft_version, reviewer, decision) values (${d1!.id}, 1, 'U0SLOW001', 'reject') returning id`;
      await env.t.sql`insert into reviews (draft_id, draft_version, reviewer, decision) values (${d2!.id}, 1, 'U0FAST001', 'approve')`;
      expect((await runMonitors(env.deps)).reviewsProcessed).toBe(1);
      const [cur] = await env.t.sql`select state from monitor_state where monitor = 'cursor' and scope = 'reviews'`;
      expect((cur!.state as { gaps: Array<{ id: number }> }).gaps.map((g) => g.id)).toContain(Number(late!.id));
      await slow`commit`;
    } finally {
      slow.release();
    }
    expect((await runMonitors(env.deps)).reviewsProcessed).toBe(1);
    const [st] = await env.t.sql`select state from monitor_state where monitor = 'rejection' and scope = 'template:tpl-late'`;
    expect(st!.state).toMatchObject({ n: 2, rejected: 1 });
  });

  it('two guards at once: one runs, the other skips (advisory lock)', async () => {
    // Another worker is mid-run (holds the lock in its transaction): this one skips the tick.
    await env.t.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${GUARD_LOCK_KEY})`);
      expect((await runMonitors(env.deps)).skipped).toBe(true);
    });
    expect((await runMonitors(env.deps)).skipped).toBe(false);
  });
});
