/** The review verbs over real Postgres: authorization, stale clicks, races, two-person, edits, sampling state. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { makeAccount, seedDraft } from '../helpers/fixtures.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { approveReview } from '../../src/review/approve-review.js';
import { rejectReview } from '../../src/review/reject-review.js';
import { editReview } from '../../src/review/edit-review.js';
import { auditLog, drafts, reviews, templates } from '../../src/db/schema.js';
import { AppError } from '../../src/lib/errors.js';

let t: TestDb;
let deps: { db: TestDb['db']; now: () => Date };
const rep = (id: string) => ({ type: 'rep', slackUserId: id }) as const;
const OWNER = 'U0OWNER01';

beforeAll(async () => {
  t = await createTestDb();
  deps = { db: t.db, now: () => new Date() };
  await applyPolicy(t.db, { yaml: 'owners: [U0BOSS001]\nreview:\n  approver_groups:\n    leads: [U0LEAD001, U0LEAD002]\n  reading_words_per_minute: 200\n', comment: 'test', actor: { type: 'system', component: 'test' } });
});
afterAll(async () => {
  await t.drop();
});

const audit = (id: string) => t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${id}`)).orderBy(auditLog.id);
const row = async (id: string) => (await t.db.select().from(drafts).where(eq(drafts.id, id)))[0]!;

describe('review verbs', () => {
  it('owner approves: approved, review row with seconds_to_decide, fast approval flagged, send effect', async () => {
    const { draft } = await seedDraft(t.db);
    await t.db.update(drafts).set({ postedAt: new Date(Date.now() - 2000) }).where(eq(drafts.id, draft.id));
    const r = await approveReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER) });
    expect(r).toMatchObject({ ok: true, decision: 'approved', effects: [{ kind: 'send', draftId: draft.id }] });
    if (!r.ok) throw new Error();
    expect(r.review.secondsToDecide).toBeGreaterThanOrEqual(2);
    expect(r.fastApproval).toBe(true); // ~30 words at 200 wpm needs ~9 s
    expect((await row(draft.id)).decidedBy).toBe(OWNER);
    expect((await audit(draft.id)).map((a) => a.action)).toContain('draft.approved');
  });

  it('an unauthorized approver is refused, audited, and nothing else changes', async () => {
    const { draft } = await seedDraft(t.db);
    const err = await approveReview(deps, { draftId: draft.id, version: 1, reviewer: 'U0STRANGER', actor: rep('U0STRANGER') }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('FORBIDDEN');
    expect((await row(draft.id)).status).toBe('pending_review');
    expect((await audit(draft.id)).map((a) => a.action)).toEqual(['draft.received', 'draft.pending_review', 'review.denied']);
    expect(await t.db.select().from(reviews).where(eq(reviews.draftId, draft.id))).toHaveLength(0);
  });

  it('approver groups and policy owners may decide', async () => {
    const { draft } = await seedDraft(t.db);
    expect((await rejectReview(deps, { draftId: draft.id, version: 1, reviewer: 'U0LEAD002', actor: rep('U0LEAD002'), reasonCategory: 'tone', reasonText: 'pushy' })).ok).toBe(true);
    const { draft: d2 } = await seedDraft(t.db);
    expect((await approveReview(deps, { draftId: d2.id, version: 1, reviewer: 'U0BOSS001', actor: rep('U0BOSS001') })).ok).toBe(true);
  });

  it('bad input: clear error, nothing written', async () => {
    const { draft } = await seedDraft(t.db);
    const before = await audit(draft.id);
    const err = await rejectReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER), reasonCategory: 'bogus' as 'tone' }).catch((e) => e);
    expect((err as AppError).code).toBe('UNPROCESSABLE');
    expect((err as AppError).extra.errors?.[0]?.path).toBe('reasonCategory');
    expect(await audit(draft.id)).toHaveLength(before.length);
    expect((await row(draft.id)).status).toBe('pending_review');
  });

  it('20 concurrent clicks: exactly one decision; the others are told who decided', async () => {
    const { draft } = await seedDraft(t.db, { account: makeAccount({ ownerSlackId: 'U0OWNER02' }) });
    const clickers = ['U0OWNER02', 'U0LEAD001', 'U0LEAD002', 'U0BOSS001'];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const u = clickers[i % 4]!;
        return i % 2 ? approveReview(deps, { draftId: draft.id, version: 1, reviewer: u, actor: rep(u) }) : rejectReview(deps, { draftId: draft.id, version: 1, reviewer: u, actor: rep(u), reasonCategory: 'other' });
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const stale = results.filter((r) => !r.ok);
    expect(stale).toHaveLength(19);
    const final = await row(draft.id);
    for (const s of stale) expect(!s.ok && s.message).toContain(`<@${final.decidedBy}>`);
    const decisions = (await audit(draft.id)).filter((a) => a.action === 'draft.approved' || a.action === 'draft.rejected');
    expect(decisions).toHaveLength(1);
    expect(await t.db.select().from(reviews).where(eq(reviews.draftId, draft.id))).toHaveLength(1);
  });

  it('a click on an older version changes nothing and says so', async () => {
    const { draft } = await seedDraft(t.db);
    await t.db.update(drafts).set({ twoPerson: true }).where(eq(drafts.id, draft.id));
    const e = await editReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER), subject: 'New subject', body: 'Hi Jane,\n\nShorter text.\n\nSam' });
    expect(e).toMatchObject({ ok: true, decision: 'first_approval' });
    const stale = await approveReview(deps, { draftId: draft.id, version: 1, reviewer: 'U0LEAD001', actor: rep('U0LEAD001') });
    expect(stale).toMatchObject({ ok: false, reason: 'stale' });
    expect(!stale.ok && stale.message).toContain('version 2');
    expect((await row(draft.id)).status).toBe('pending_review');
    const ok = await approveReview(deps, { draftId: draft.id, version: 2, reviewer: 'U0LEAD001', actor: rep('U0LEAD001') });
    expect(ok).toMatchObject({ ok: true, decision: 'approved' });
    const final = await row(draft.id);
    expect(final).toMatchObject({ status: 'approved', version: 2, finalSubject: 'New subject' });
  });

  it('two-person rule: the same reviewer twice is not two approvals; a second reviewer decides', async () => {
    const { draft } = await seedDraft(t.db);
    await t.db.update(drafts).set({ twoPerson: true }).where(eq(drafts.id, draft.id));
    const a = await approveReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER) });
    expect(a).toMatchObject({ ok: true, decision: 'first_approval', waitingFor: 1 });
    const again = await approveReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER) });
    expect(again).toMatchObject({ ok: false, reason: 'already_voted' });
    expect((await row(draft.id)).status).toBe('pending_review');
    const b = await approveReview(deps, { draftId: draft.id, version: 1, reviewer: 'U0LEAD001', actor: rep('U0LEAD001') });
    expect(b).toMatchObject({ ok: true, decision: 'approved' });
    expect((await audit(draft.id)).map((x) => x.action)).toEqual(['draft.received', 'draft.pending_review', 'review.first_approval', 'draft.approved']);
  });

  it('an edit that introduces a sensitive value is refused and nothing is written', async () => {
    const account = makeAccount({ sensitive: { contract_value: '187450' } });
    const { draft } = await seedDraft(t.db, { account });
    const before = await audit(draft.id);
    const err = await editReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER), subject: 'Renewal', body: 'Hi Jane,\n\nYour contract is $187,450 a year.\n\nSam' }).catch((e) => e);
    expect((err as AppError).code).toBe('UNPROCESSABLE');
    expect((err as AppError).extra.errors?.[0]?.path).toBe('body');
    expect(await audit(draft.id)).toHaveLength(before.length);
    expect(await row(draft.id)).toMatchObject({ status: 'pending_review', version: 1, finalBody: null });
  });

  it('a clean edit approves the new version and stores the diff', async () => {
    const { draft } = await seedDraft(t.db);
    const r = await editReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER), subject: draft.subject, body: `${draft.body}\nP.S. thanks` });
    expect(r).toMatchObject({ ok: true, decision: 'edited' });
    if (!r.ok) throw new Error();
    expect(r.review.diff).toContain('+P.S. thanks');
    expect(await row(draft.id)).toMatchObject({ status: 'approved', version: 2 });
  });

  it('a decision on a sampled low-tier draft updates the template switching state in the same tx', async () => {
    const tpl = `tpl-${Date.now()}`;
    for (let i = 0; i < 2; i++) {
      const { draft } = await seedDraft(t.db, { tier: 'low', draft: { template_id: tpl } });
      await t.db.update(drafts).set({ sampled: true }).where(eq(drafts.id, draft.id));
      await rejectReview(deps, { draftId: draft.id, version: 1, reviewer: OWNER, actor: rep(OWNER), reasonCategory: 'factual_error' });
    }
    const [tr] = await t.db.select().from(templates).where(eq(templates.templateId, tpl));
    expect(tr).toMatchObject({ state: 'tightened' });
    const changes = await t.db.select().from(auditLog).where(and(eq(auditLog.subject, `template:${tpl}`), eq(auditLog.action, 'template.state_changed')));
    expect(changes).toHaveLength(1);
    void sql;
  });
});
