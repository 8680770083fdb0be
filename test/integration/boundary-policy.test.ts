/**
 * A default policy that cannot deadlock (issue 11, item 8): under the shipped defaults (no owners,
 * no approvers) a two-person draft can never be approved — `policyWarnings` says so, and a second
 * approval by anyone but the owner is refused and stores nothing; the demo's policy (an owner and
 * two sales leads) lets the same draft complete, and it warns about nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { makeAccount, testActor } from '../helpers/fixtures.js';
import { importAccounts } from '../../src/accounts/import.js';
import { applyPolicy, getActivePolicy, readPolicyFile } from '../../src/policy-store/store.js';
import { policyWarnings } from '../../src/policy/warnings.js';
import { approveReview } from '../../src/review/approve-review.js';
import { isAppError } from '../../src/lib/errors.js';
import { DEMO_LEADS, DEMO_OWNER } from '../../src/cli/demo/policy.js';
import { parseDocument } from 'yaml';

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
  await importAccounts(e.deps.db, { accounts: [makeAccount({ id: 'BIG-1', name: 'Big Corp', domain: 'bigcorp.example', valueUsd: 400_000, ownerSlackId: 'U0OWNER01' })], actor: testActor, source: 'test' });
});
afterAll(async () => e?.close());

const owner = { type: 'rep', slackUserId: 'U0OWNER01' } as const;

describe('8. a default policy that cannot deadlock', () => {
  it('the shipped policy warns that two-person drafts can never be approved; a non-approver is refused and nothing is stored', async () => {
    const { policy } = await getActivePolicy(e.deps.db, { fresh: true });
    expect(policyWarnings(policy).map((w) => w.path)).toEqual(expect.arrayContaining(['owners', 'review.two_person']));

    const res = await e.post('/v1/drafts', e.draft({ account_id: 'BIG-1', to: { email: 'jane@bigcorp.example', name: 'Jane Doe' } }));
    const draft = (await res.json()) as { id: string; status: string };
    expect(draft.status).toBe('pending_review');
    const first = await approveReview(e.deps, { draftId: draft.id, version: 1, reviewer: 'U0OWNER01', actor: owner });
    expect(first).toMatchObject({ ok: true, decision: 'first_approval' });

    const reviews0 = await e.count('reviews');
    const err = await approveReview(e.deps, { draftId: draft.id, version: 1, reviewer: 'U0SOMEONE', actor: { type: 'rep', slackUserId: 'U0SOMEONE' } }).catch((x: unknown) => x);
    expect(isAppError(err) && err.code).toBe('FORBIDDEN');
    expect(await e.count('reviews')).toBe(reviews0);
    const [row] = await e.deps.sql<Array<{ status: string }>>`select status from drafts where id = ${draft.id}`;
    expect(row!.status).toBe('pending_review');

    // The demo's policy names the people: it warns about nothing and the draft completes.
    const doc = parseDocument(await readPolicyFile());
    doc.set('owners', [DEMO_OWNER]);
    doc.setIn(['review', 'approver_groups'], { sales_leads: [...DEMO_LEADS] });
    const applied = await applyPolicy(e.deps.db, { yaml: String(doc), comment: 'test: demo people', actor: testActor });
    expect(policyWarnings(applied.policy)).toEqual([]);
    await getActivePolicy(e.deps.db, { fresh: true });
    const second = await approveReview(e.deps, { draftId: draft.id, version: 1, reviewer: DEMO_LEADS[0], actor: { type: 'rep', slackUserId: DEMO_LEADS[0] } });
    expect(second).toMatchObject({ ok: true, decision: 'approved' });
  });
});
