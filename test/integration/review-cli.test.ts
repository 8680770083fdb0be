/** `draftgate review …` goes through the same verbs as Slack: list order, approve, edit refusal, reject, stale. */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeAccount, seedDraft } from '../helpers/fixtures.js';
import { reviewApprove, reviewEdit, reviewList, reviewReject, reviewShow } from '../../src/cli/commands/review.js';
import { auditLog, drafts } from '../../src/db/schema.js';
import { AppError } from '../../src/lib/errors.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv();

describe('review CLI', () => {
  it('lists oldest first, shows, approves (send effect queued), refuses a stale re-approval', async () => {
    const owner = 'U0CLIOWN1';
    const a = await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: owner }) });
    const b = await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: owner }), draft: { body: 'Hi <!channel>, second draft.' } });
    const lines: string[] = [];
    expect(await reviewList(env.deps, { as: owner }, (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toContain(a.draft.id);
    const shown: string[] = [];
    await reviewShow(env.deps, b.draft.id, (l) => shown.push(l));
    expect(shown.join('\n')).toContain('Hi <!channel>, second draft.');
    const out: string[] = [];
    const r = await reviewApprove(env.deps, { id: a.draft.id, as: owner }, (l) => out.push(l));
    expect(r.ok).toBe(true);
    const [row] = await env.t.db.select().from(drafts).where(eq(drafts.id, a.draft.id));
    expect(row!.status).toBe('queued'); // the send effect ran: approved → queued + job
    expect(await env.deps.queues.send.getJob(a.draft.id)).toBeTruthy();
    const again = await reviewApprove(env.deps, { id: a.draft.id, as: owner, version: '1' }, (l) => out.push(l));
    expect(again.ok).toBe(false);
    expect(out.at(-1)).toMatch(/^Already approved by U0CLIOWN1/);
  });

  it('edit with a critical finding is refused; reject records the category', async () => {
    const account = makeAccount({ ownerSlackId: 'U0CLIOWN2', sensitive: { discount_pct: '37' } });
    const { draft } = await seedDraft(env.t.db, { account });
    const err = await reviewEdit(env.deps, { id: draft.id, as: 'U0CLIOWN2', body: 'We can keep your 37% discount.' }, () => {}).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('UNPROCESSABLE');
    const r = await reviewReject(env.deps, { id: draft.id, as: 'U0CLIOWN2', reasonCategory: 'factual_error', reason: 'wrong figures' }, () => {});
    expect(r).toMatchObject({ ok: true, decision: 'rejected' });
    const rows = await env.t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${draft.id}`));
    expect(rows.map((x) => x.action)).toEqual(['draft.received', 'draft.pending_review', 'draft.rejected']);
  });
});
