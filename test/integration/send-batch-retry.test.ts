/**
 * Regression: drafts submitted in a batch get the same send jobs as single ones (send/queue.ts
 * builds every job), so a transient SMTP refusal is retried instead of failing the draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { drafts, sends } from '../../src/db/schema.js';
import { createSendWorker } from '../../src/send/worker.js';
import { createSmtpTransport } from '../../src/send/transports/smtp.js';
import { SEND_ATTEMPTS } from '../../src/send/queue.js';
import type { CapLimits } from '../../src/send/fence/fence.js';
import { waitFor, BIG_LIMITS } from '../helpers/wait.js';

let e: IntakeEnv;
let smtp: TestSmtp;
beforeAll(async () => {
  e = await setupIntake();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
  await e.close();
});

describe('batch-submitted drafts', () => {
  it('survive two transient SMTP refusals and are each sent once', async () => {
    // Past the new-template probation (20), low drafts are auto-approved (or sampled).
    const items = Array.from({ length: 40 }, (_, i) => e.draft({ template_id: 'tpl-retry', external_id: `r-${i}` }));
    const res = await e.post('/v1/drafts/batch', { drafts: items });
    expect(res.status).toBe(200);
    const queued = await e.t.db.select({ id: drafts.id }).from(drafts).where(and(eq(drafts.templateId, 'tpl-retry'), eq(drafts.status, 'queued')));
    const ids = queued.map((d) => d.id);
    expect(ids.length).toBeGreaterThan(1);
    // Every job carries the retries and the removal policy of send/queue.ts.
    for (const id of ids) {
      const job = await e.deps.queues.send.getJob(id);
      expect(job?.opts).toMatchObject({ attempts: SEND_ATTEMPTS, removeOnComplete: true, removeOnFail: true });
      expect(job?.data).toMatchObject({ draftId: id, templateId: 'tpl-retry' });
    }

    smtp.failNext('transient', 2);
    const w = createSendWorker(e.deps, { transport: createSmtpTransport({ defaultUrl: smtp.url, requireTls: false }), limits: BIG_LIMITS, concurrency: 1, backoffMs: 20 });
    try {
      await waitFor(async () => {
        const [r] = await e.t.db.select({ n: sql<number>`count(*)::int` }).from(drafts).where(and(inArray(drafts.id, ids), eq(drafts.status, 'sent')));
        return r!.n === ids.length;
      });
    } finally {
      await w.worker.close();
      w.connection.disconnect();
    }
    const delivered = smtp.messages.filter((m) => m.draftId && ids.includes(m.draftId)).map((m) => m.draftId);
    expect(delivered.sort()).toEqual([...ids].sort());
    const attempts = await e.t.db.select({ status: sends.status }).from(sends).where(inArray(sends.draftId, ids));
    expect(attempts.filter((a) => a.status === 'failed')).toHaveLength(2);
    expect(attempts.filter((a) => a.status === 'sent')).toHaveLength(ids.length);
    // Finished jobs are removed: a job in Redis means a live job (the reconciler relies on it).
    for (const id of ids) expect(await e.deps.queues.send.getJob(id)).toBeUndefined();
  });
});
