/**
 * Send ownership (issue 15 item 1): the worker's lease on its attempt and the fencing token checked
 * at the outcome write. Real Postgres and Redis; the transport is a gate the test opens.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { seedDraft, testActor } from '../helpers/fixtures.js';
import { auditLog, drafts, sends } from '../../src/db/schema.js';
import { enqueueSend } from '../../src/send/queue.js';
import { createSendWorker } from '../../src/send/worker.js';
import { reconcileSends } from '../../src/send/reconcile.js';
import { releaseHeld } from '../../src/send/held.js';
import { claimForSend, holdDraft, queueDraft } from '../../src/drafts/lifecycle.js';
import type { Transport } from '../../src/send/transports/index.js';
import { AppError } from '../../src/lib/errors.js';
import { useIntegrationEnv } from '../helpers/env.js';
import { until, BIG_LIMITS } from '../helpers/wait.js';

const env = useIntegrationEnv({ overrides: { SEND_LOCK_MS: '1000' } });

/** A transport whose calls wait until the test opens the gate. */
function gatedTransport() {
  const delivered: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let called = false;
  const transport: Transport = {
    name: 'smtp',
    send: async (m) => {
      called = true;
      await gate;
      delivered.push(m.draftId);
      return { providerResponse: '250 accepted' };
    },
  };
  return { transport, delivered, open, called: () => called };
}

const statusOf = async (id: string) => (await env.t.db.select({ status: drafts.status }).from(drafts).where(eq(drafts.id, id)))[0]!.status;

describe('send ownership', () => {
  it('a live worker whose call outlasts SEND_LOCK_MS keeps its draft: the reconciler does not hold it, it ends sent once', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'approved' });
    const g = gatedTransport();
    const w = createSendWorker(env.deps, { transport: g.transport, limits: BIG_LIMITS });
    try {
      await enqueueSend(env.deps, draft.id, testActor);
      await until('the transport call', async () => g.called());
      // Well past the lease length: a claim nobody renewed would be stale by now.
      await new Promise((r) => setTimeout(r, 2500));
      const rep = await reconcileSends(env.deps, { limits: BIG_LIMITS });
      expect(rep.held).toEqual([]);
      expect(await statusOf(draft.id)).toBe('sending');
      g.open();
      await until('sent', async () => (await statusOf(draft.id)) === 'sent');
      expect(g.delivered).toEqual([draft.id]);
      expect((await env.t.db.select().from(sends).where(eq(sends.draftId, draft.id))).map((r) => r.status)).toEqual(['sent']);
    } finally {
      g.open();
      await w.worker.close();
      w.connection.disconnect();
    }
  }, 40_000);

  it('a worker whose attempt was taken over (lease ran out) reports the delivery: the held draft becomes sent, never released again', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'approved' });
    const g = gatedTransport();
    const w = createSendWorker(env.deps, { transport: g.transport, limits: BIG_LIMITS });
    try {
      await enqueueSend(env.deps, draft.id, testActor);
      await until('the transport call', async () => g.called());
      // The worker is cut off from Postgres longer than its lease (simulated: its lease is moved
      // into the past) and the reconciler takes the attempt over.
      await until('the reconciler to hold it', async () => {
        await env.t.db.update(sends).set({ leaseUntil: new Date(Date.now() - 60_000) }).where(and(eq(sends.draftId, draft.id), eq(sends.status, 'started')));
        return (await reconcileSends(env.deps, { limits: BIG_LIMITS })).held.includes(draft.id);
      });
      expect(await statusOf(draft.id)).toBe('held');
      g.open(); // …and then the call goes through
      await until('sent', async () => (await statusOf(draft.id)) === 'sent');
      expect(g.delivered).toEqual([draft.id]);
      expect((await env.t.db.select().from(sends).where(eq(sends.draftId, draft.id))).map((r) => r.status)).toEqual(['sent']);
      const actions = (await env.t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subject, `draft:${draft.id}`))).map((r) => r.action);
      expect(actions).toContain('send.confirmed_after_hold');
      await expect(releaseHeld(env.deps, { draftId: draft.id, actor: testActor })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    } finally {
      g.open();
      await w.worker.close();
      w.connection.disconnect();
    }
  }, 40_000);

  it('held release refuses a draft whose send row says sent, and changes nothing', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'approved' });
    await queueDraft(env.t.db, draft.id, testActor);
    await env.t.db.transaction(async (tx) => {
      expect((await claimForSend(tx, draft.id, testActor)).ok).toBe(true);
      await tx.insert(sends).values({ draftId: draft.id, attempt: 1, transport: 'smtp', messageId: `<${draft.id}@test>`, status: 'sent' });
      expect((await holdDraft(tx, draft.id, testActor, 'test: held with a sent attempt')).ok).toBe(true);
    });
    const auditBefore = (await env.t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${draft.id}`))).length;
    const err = await releaseHeld(env.deps, { draftId: draft.id, actor: testActor }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'CONFLICT' });
    expect((err as Error).message).toMatch(/recorded as sent/);
    expect(await statusOf(draft.id)).toBe('held');
    expect((await env.t.db.select().from(sends).where(eq(sends.draftId, draft.id))).map((r) => r.status)).toEqual(['sent']);
    expect((await env.t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${draft.id}`))).length).toBe(auditBefore);
    expect(await env.deps.queues.send.getJob(draft.id)).toBeUndefined();
  });
});
