/**
 * A trip end to end on real Postgres + Redis, Slack faked at the wire: the flawed template's
 * rejections (through the real review verbs) trip the rejection monitor on that template only;
 * one pause with source anomaly and its evidence; exactly one alert (retries and later runs add
 * none); recall moves exactly the unsent auto-approved drafts of that scope; a non-owner's resume
 * is refused and audited, the workflow owner's resume ends the pause.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { seedAccount, seedDrafts, testActor } from '../helpers/fixtures.js';
import { runGuardOnce } from '../../src/guard/run.js';
import { tripScope } from '../../src/guard/trip.js';
import { recallScope } from '../../src/guard/recall.js';
import { afterCommit } from '../../src/effects.js';
import { expectAuditRow } from '../helpers/audit.js';
import { resumeFromAlert } from '../../src/guard/resume-from-alert.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { approveReview } from '../../src/review/approve-review.js';
import { rejectReview } from '../../src/review/reject-review.js';
import { claimForSend, markSent, queueDraft } from '../../src/drafts/lifecycle.js';
import { alerts, auditLog, drafts, pauses } from '../../src/db/schema.js';
import { AppError } from '../../src/lib/errors.js';
import { useIntegrationEnv } from '../helpers/env.js';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
const env = useIntegrationEnv({ overrides: () => ({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url }) });
beforeAll(async () => {
  await applyPolicy(env.t.db, {
    yaml: 'owners: [U0OWNER01]\nworkflows:\n  intro:\n    owner: U0WFOWNR1\nreview:\n  alert_channel: C0ALERTS1\n',
    comment: 'guard test',
    actor: testActor,
  });
});
afterAll(async () => {
  await slack.close();
});

const REVIEWER = 'U0OWNER01';
const rep = { type: 'rep', slackUserId: REVIEWER } as const;

describe('guard trip, alert, recall, resume', () => {
  it('runs the loop', async () => {
    const account = await seedAccount(env.t.db);
    const flawedPending = await seedDrafts(env.t.db, account, Array.from({ length: 6 }, () => ({ templateId: 'tpl-flawed', status: 'pending_review' as const })));
    const goodPending = await seedDrafts(env.t.db, account, Array.from({ length: 35 }, () => ({ templateId: 'tpl-good', status: 'pending_review' as const })));
    // Unsent auto-approved drafts of the flawed template: 3 approved, 2 queued.
    const autoApproved = await seedDrafts(env.t.db, account, Array.from({ length: 5 }, () => ({ templateId: 'tpl-flawed', status: 'approved' as const })));
    for (const d of autoApproved.slice(3)) expect((await queueDraft(env.t.db, d.id, testActor)).ok).toBe(true);
    // Not to be recalled: one sent, one approved by a person, two auto-approved of the good template.
    const [sent] = await seedDrafts(env.t.db, account, [{ templateId: 'tpl-flawed', status: 'approved' }]);
    await queueDraft(env.t.db, sent!.id, testActor);
    await claimForSend(env.t.db, sent!.id, testActor);
    await markSent(env.t.db, sent!.id, testActor, { message_id: 'm1', transport: 'outbox', attempt: 1 });
    const goodAuto = await seedDrafts(env.t.db, account, [{ templateId: 'tpl-good', status: 'approved' }, { templateId: 'tpl-good', status: 'approved' }]);
    const humanApproved = flawedPending[5]!;
    await approveReview(env.deps, { draftId: humanApproved.id, version: 1, reviewer: REVIEWER, actor: rep });

    // Five rejections of tpl-flawed, each followed by seven clean approvals of tpl-good: only the
    // template scope carries the signal (the mixed workflow/mailbox/all streams drift down).
    for (let i = 0; i < 5; i++) {
      const d = flawedPending[i]!;
      await rejectReview(env.deps, { draftId: d.id, version: 1, reviewer: REVIEWER, actor: rep, reasonCategory: 'factual_error', reasonText: `made-up customer logo #${i}` });
      for (const g of goodPending.slice(i * 7, i * 7 + 7)) await approveReview(env.deps, { draftId: g.id, version: 1, reviewer: REVIEWER, actor: rep });
    }

    const run = await runGuardOnce(env.deps);
    expect(run.monitors.trips.map((x) => x.scope)).toEqual(['template:tpl-flawed']);
    expect(run.handled).toHaveLength(1);
    const outcome = run.handled[0]!;
    expect(outcome.alerted).toBe(true);

    // The pause: source anomaly, with counts, rates, thresholds and the last rejected drafts.
    const active = await env.t.db.select().from(pauses).where(eq(pauses.scope, 'template:tpl-flawed'));
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({ source: 'anomaly', endedAt: null, actor: { type: 'guard', monitor: 'rejection' } });
    const ev = active[0]!.evidence as Record<string, unknown>;
    expect(ev).toMatchObject({ reviews: 6, rejections_weighted: 5, p0: 0.05, p1: 0.25, workflow: 'intro' });
    expect((ev.last_rejected as Array<{ reason_text: string }>).map((r) => r.reason_text)).toEqual([0, 1, 2, 3, 4].map((i) => `made-up customer logo #${i}`));
    expect(Number(ev.statistic)).toBeGreaterThanOrEqual(Number(ev.threshold));

    // One alert, posted to the alert channel and the workflow owner, with Resume and Recall.
    expect(await env.t.db.select().from(alerts)).toHaveLength(1);
    const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((p) => p.args.channel).sort()).toEqual(['C0ALERTS1', 'U0WFOWNR1']);
    const raw = posts[0]!.args.blocks as unknown;
    const blocks = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ type: string; elements?: Array<{ action_id: string }> }>;
    expect(blocks.find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id)).toEqual(['dgg:recall', 'dgg:resume']);

    // Later runs and a retried handler (crash before the pending trip was cleared) add nothing.
    const again = await runGuardOnce(env.deps);
    expect(again.handled).toEqual([]);
    const retry = await tripScope(env.deps, outcome.trip);
    expect(retry).toMatchObject({ alerted: false, alreadyPaused: true });
    expect(await env.t.db.select().from(alerts)).toHaveLength(1);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
    // A later trip of the same, still-paused scope (rejections keep arriving) alerts no one again.
    const later = await tripScope(env.deps, { ...outcome.trip, id: `${outcome.trip.id}-later`, at: new Date().toISOString() });
    expect(later).toMatchObject({ alerted: false, alreadyPaused: true });
    expect(await env.t.db.select().from(alerts)).toHaveLength(1);

    // Recall: bad input changes nothing.
    const auditBefore = (await env.t.db.select().from(auditLog)).length;
    await expect(recallScope(env.deps, { scope: 'bogus', actor: rep, reason: 'x' })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    expect((await env.t.db.select().from(auditLog)).length).toBe(auditBefore);

    // Recall moves exactly the unsent auto-approved drafts of that scope.
    const recalled = await recallScope(env.deps, { scope: 'template:tpl-flawed', actor: rep, reason: 'anomaly recall' });
    await afterCommit(env.deps, recalled.effects);
    expect(recalled.recalled.sort()).toEqual(autoApproved.map((d) => d.id).sort());
    const moved = await env.t.db.select().from(drafts).where(inArray(drafts.id, autoApproved.map((d) => d.id)));
    expect(moved.every((d) => d.status === 'pending_review')).toBe(true);
    const untouched = await env.t.db.select().from(drafts).where(inArray(drafts.id, [sent!.id, humanApproved.id, ...goodAuto.map((d) => d.id)]));
    expect(Object.fromEntries(untouched.map((d) => [d.id, d.status]))).toEqual({ [sent!.id]: 'sent', [humanApproved.id]: 'approved', [goodAuto[0]!.id]: 'approved', [goodAuto[1]!.id]: 'approved' });
    await expectAuditRow(env.t.db, { action: 'draft.recalled', count: 5 });
    for (const d of autoApproved) expect(await env.deps.queues.slackPost.getJob(d.id)).toBeTruthy();

    // Resume: a non-owner is refused (audited, pause stays); the workflow owner resumes.
    const pauseId = active[0]!.id;
    const denied = await resumeFromAlert(env.deps, { scope: 'template:tpl-flawed', pauseId, userId: 'U0RANDOM1' }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AppError);
    expect((denied as AppError).code).toBe('FORBIDDEN');
    const stillPaused = await env.t.db.select().from(pauses).where(eq(pauses.id, pauseId));
    expect(stillPaused[0]!.endedAt).toBeNull();
    await expectAuditRow(env.t.db, { action: 'pause.resume_denied', subject: 'pause:template:tpl-flawed' });
    const resumed = await resumeFromAlert(env.deps, { scope: 'template:tpl-flawed', pauseId, userId: 'U0WFOWNR1' });
    expect(resumed.pause.endedAt).not.toBeNull();
  }, 90_000);
});
