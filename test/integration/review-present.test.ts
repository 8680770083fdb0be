/**
 * presentReviews (cards shown without Slack: the demo, a terminal reviewer) stamps posted_at once,
 * audited, and the review verbs time decisions from it: an approval sooner than reading the draft
 * takes is flagged fast; one after reading time is not. Time is an injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { makeAccount, seedDraft } from '../helpers/fixtures.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { approveReview } from '../../src/review/approve-review.js';
import { presentReviews } from '../../src/review/present-reviews.js';
import { auditLog, drafts, reviews } from '../../src/db/schema.js';
import { AppError } from '../../src/lib/errors.js';

let t: TestDb;
let clock = Date.parse('2026-11-30T10:00:00Z');
let deps: { db: TestDb['db']; now: () => Date };
const OWNER = 'U0OWNER01';
const rep = (id: string) => ({ type: 'rep', slackUserId: id }) as const;
const demo = { type: 'system', component: 'demo' } as const;

beforeAll(async () => {
  t = await createTestDb();
  deps = { db: t.db, now: () => new Date(clock) };
  await applyPolicy(t.db, { yaml: 'owners: [U0BOSS001]\nreview:\n  reading_words_per_minute: 200\n', comment: 'test', actor: demo });
});
afterAll(async () => {
  await t.drop();
});

const row = async (id: string) => (await t.db.select().from(drafts).where(eq(drafts.id, id)))[0]!;

describe('presentReviews', () => {
  it('stamps posted_at once (audited), only on pending drafts, and time-to-decide counts from it', async () => {
    const account = makeAccount({ id: 'ACC-PRES' });
    const { draft: quick } = await seedDraft(t.db, { account });
    const { draft: careful } = await seedDraft(t.db, { account });
    const { draft: done } = await seedDraft(t.db, { account, status: 'approved' });

    const shownAt = clock;
    const r = await presentReviews(deps, { draftIds: [quick.id, careful.id, done.id, quick.id], actor: demo, via: 'demo' });
    expect(r.presented.map((p) => p.draftId).sort()).toEqual([quick.id, careful.id].sort());
    expect((await row(quick.id)).postedAt?.getTime()).toBe(shownAt);
    expect((await row(done.id)).postedAt).toBeNull();
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'review.presented'), eq(auditLog.subject, `draft:${quick.id}`)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data).toMatchObject({ via: 'demo', version: 1 });

    // Shown again later: nothing changes (the reviewer's time is never shortened).
    clock += 1000;
    expect((await presentReviews(deps, { draftIds: [quick.id, careful.id], actor: demo, via: 'demo' })).presented).toEqual([]);
    expect((await row(quick.id)).postedAt?.getTime()).toBe(shownAt);

    // 1 s after the card arrived: faster than reading ~30 words at 200 wpm (~9 s) allows.
    const a = await approveReview(deps, { draftId: quick.id, version: 1, reviewer: OWNER, actor: rep(OWNER) });
    if (!a.ok) throw new Error('approve failed');
    expect(a.fastApproval).toBe(true);
    expect(a.review.secondsToDecide).toBe(1);
    // A minute after: read, not fast.
    clock += 60_000;
    const b = await approveReview(deps, { draftId: careful.id, version: 1, reviewer: OWNER, actor: rep(OWNER) });
    if (!b.ok) throw new Error('approve failed');
    expect(b.fastApproval).toBe(false);
    expect(b.review.secondsToDecide).toBe(61);
    const stored = await t.db.select().from(reviews).where(eq(reviews.draftId, quick.id));
    expect(stored.map((s) => s.fastApproval)).toEqual([true]);
  });

  it('refuses a call without `via` and writes nothing', async () => {
    const { draft } = await seedDraft(t.db, { account: makeAccount({ id: 'ACC-PRES2' }) });
    await expect(presentReviews(deps, { draftIds: [draft.id], actor: demo, via: ' ' })).rejects.toBeInstanceOf(AppError);
    expect((await row(draft.id)).postedAt).toBeNull();
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'review.presented'), eq(auditLog.subject, `draft:${draft.id}`)))).toEqual([]);
  });
});
