import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { seedDraft, testActor } from '../helpers/fixtures.js';
import {
  approveDraft,
  cancelDraft,
  claimForSend,
  holdDraft,
  markSent,
  queueDraft,
  recallDraft,
  rejectDraft,
  TRANSITIONS,
  canTransition,
} from '../../src/drafts/lifecycle.js';
import { auditLog, drafts } from '../../src/db/schema.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv({ deps: false });

const rep = (id: string) => ({ type: 'rep', slackUserId: id }) as const;

async function auditFor(draftId: string) {
  return env.t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${draftId}`)).orderBy(auditLog.id);
}

describe('lifecycle', () => {
  it('writes the draft and its received + decision audit rows together', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'pending_review' });
    expect(draft.status).toBe('pending_review');
    const rows = await auditFor(draft.id);
    expect(rows.map((r) => r.action)).toEqual(['draft.received', 'draft.pending_review']);
  });

  it('100 concurrent approvals of one draft: exactly one wins, 99 lost races, one audit row', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'pending_review' });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => approveDraft(env.t.db, { draftId: draft.id, version: 1, actor: rep(`U${i}`), decidedBy: `U${i}` })),
    );
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    for (const r of lost) expect(r.ok === false && r.reason).toBe('lost_race');
    const approvals = (await auditFor(draft.id)).filter((r) => r.action === 'draft.approved');
    expect(approvals).toHaveLength(1);
  });

  it('refuses an illegal transition without touching the row or the audit', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'pending_review' });
    const before = await auditFor(draft.id);
    const r = await markSent(env.t.db, draft.id, testActor, { message_id: 'x', transport: 'outbox', attempt: 1 });
    expect(r).toMatchObject({ ok: false, reason: 'lost_race' });
    const [row] = await env.t.db.select().from(drafts).where(eq(drafts.id, draft.id));
    expect(row!.status).toBe('pending_review');
    expect(await auditFor(draft.id)).toHaveLength(before.length);
    expect(canTransition('sent', 'queued')).toBe(false);
    // @ts-expect-error — 'rejected' is not a source of cancel
    const illegal = await cancelDraft(env.t.db, draft.id, ['rejected'], testActor, 'x');
    expect(illegal).toMatchObject({ ok: false, reason: 'illegal_transition' });
  });

  it('an approval of an older version is stale, and changes nothing', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'pending_review' });
    const edited = await approveDraft(env.t.db, { draftId: draft.id, version: 1, actor: rep('U1'), decidedBy: 'U1', final: { subject: 's2', body: 'b2' } });
    expect(edited.ok && edited.draft.version).toBe(2);
    const { draft: d2 } = await seedDraft(env.t.db, { status: 'pending_review' });
    const stale = await rejectDraft(env.t.db, { draftId: d2.id, version: 7, actor: rep('U2'), decidedBy: 'U2' });
    expect(stale).toMatchObject({ ok: false, reason: 'stale_version' });
  });

  it('not_found for an unknown draft', async () => {
    const r = await queueDraft(env.t.db, '00000000-0000-4000-8000-000000000000', testActor);
    expect(r).toEqual({ ok: false, reason: 'not_found' });
  });

  it('walks approved → queued → sending → sent, and held → cancelled, auditing each move', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'approved' });
    expect((await queueDraft(env.t.db, draft.id, testActor)).ok).toBe(true);
    expect((await claimForSend(env.t.db, draft.id, testActor)).ok).toBe(true);
    // A duplicate job claiming again loses.
    expect(await claimForSend(env.t.db, draft.id, testActor)).toMatchObject({ ok: false, reason: 'lost_race' });
    const sent = await markSent(env.t.db, draft.id, testActor, { message_id: '<m@x>', transport: 'outbox', attempt: 1 });
    expect(sent.ok && sent.draft.sentAt).toBeTruthy();
    const actions = (await auditFor(draft.id)).map((r) => r.action);
    expect(actions).toEqual(['draft.received', 'draft.approved', 'draft.queued', 'send.claimed', 'draft.sent']);

    const { draft: d2 } = await seedDraft(env.t.db, { status: 'approved' });
    await queueDraft(env.t.db, d2.id, testActor);
    await claimForSend(env.t.db, d2.id, testActor);
    expect((await holdDraft(env.t.db, d2.id, testActor, 'outcome unknown')).ok).toBe(true);
    const c = await cancelDraft(env.t.db, d2.id, ['held'], testActor, 'owner cancelled');
    expect(c.ok && c.from).toBe('held');
  });

  it('recall records which state the draft left', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'approved' });
    await queueDraft(env.t.db, draft.id, testActor);
    const r = await recallDraft(env.t.db, draft.id, testActor, 'anomaly');
    expect(r.ok && r.from).toBe('queued');
    const last = (await auditFor(draft.id)).at(-1)!;
    expect(last.action).toBe('draft.recalled');
    expect(last.data).toMatchObject({ from: 'queued', to: 'pending_review', reason: 'anomaly' });
  });

  it("a one-statement move writes its patch and an audit row of the moved row's actor, action, subject, from/to/version and data, whatever shape ran before", async () => {
    const { draft: edited } = await seedDraft(env.t.db, { status: 'pending_review' });
    const { draft: plain } = await seedDraft(env.t.db, { status: 'pending_review' });
    // Two shapes of approval (with and without a new text) interleaved: each keeps its own statement.
    const a = await approveDraft(env.t.db, { draftId: edited.id, version: 1, actor: rep('U1'), decidedBy: 'U1', final: { subject: 's2', body: 'b2' }, data: { decision: 'edit' } });
    const b = await approveDraft(env.t.db, { draftId: plain.id, version: 1, actor: rep('U2'), decidedBy: 'U2', data: { decision: 'approve' } });
    expect(a.ok && [a.draft.version, a.draft.finalSubject, a.draft.finalBody, a.draft.decidedBy, a.draft.status]).toEqual([2, 's2', 'b2', 'U1', 'approved']);
    expect(a.ok && a.draft.decidedAt instanceof Date && a.draft.updatedAt > edited.updatedAt).toBe(true);
    expect(b.ok && [b.draft.version, b.draft.finalSubject, b.draft.decidedBy]).toEqual([1, null, 'U2']);
    const [stored] = await env.t.db.select().from(drafts).where(eq(drafts.id, edited.id));
    expect(stored).toEqual(a.ok && a.draft);

    const lastOf = async (id: string) => (await auditFor(id)).at(-1)!;
    const ra = await lastOf(edited.id);
    expect([ra.action, ra.subject, ra.actor, ra.data]).toEqual(['draft.approved', `draft:${edited.id}`, rep('U1'), { from: 'pending_review', to: 'approved', version: 2, decision: 'edit' }]);
    const rb = await lastOf(plain.id);
    expect([rb.actor, rb.data]).toEqual([rep('U2'), { from: 'pending_review', to: 'approved', version: 1, decision: 'approve' }]);

    // A named action and a patch of a value and an expression (sent_at = now()).
    expect((await queueDraft(env.t.db, plain.id, testActor)).ok).toBe(true);
    expect((await claimForSend(env.t.db, plain.id, testActor)).ok).toBe(true);
    expect((await lastOf(plain.id)).data).toEqual({ from: 'queued', to: 'sending', version: 1 });
    const sent = await markSent(env.t.db, plain.id, testActor, { message_id: '<m@x>', transport: 'outbox', attempt: 1 });
    expect(sent.ok && sent.draft.sentAt instanceof Date).toBe(true);
    const rs = await lastOf(plain.id);
    expect([rs.action, rs.data]).toEqual(['draft.sent', { from: 'sending', to: 'sent', version: 1, message_id: '<m@x>', transport: 'outbox', attempt: 1 }]);
  });

  it('the transition table has no edge out of a terminal state', () => {
    for (const s of ['sent', 'failed', 'rejected', 'expired', 'cancelled'] as const) expect(TRANSITIONS[s]).toEqual([]);
  });
});
