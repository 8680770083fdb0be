/**
 * Faults on the queue side, through `draftgate serve` and `draftgate worker` as separate processes:
 *   1. Redis stopped for longer than the send lease while drafts keep arriving, then back;
 *   2. the worker SIGKILLed mid-batch and a new one started;
 *   3. Redis flushed (every job, flag and cap window lost).
 * Outcomes only: every accepted draft accounted for (sent, waiting for review with its card, or
 * held), no message delivered twice (counted at the SMTP sink), a draft is held while delivered
 * only when its worker was killed inside the transport call (outcome genuinely unknown), every
 * sent draft was delivered, and the audit chain verifies.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { accountFor, settled, startFaultWorld, until, type FaultWorld } from './harness.js';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';

let w: FaultWorld;
beforeAll(async () => {
  w = await startFaultWorld({ seed: 11, env: { SEND_LOCK_MS: '2000' } });
}, 120_000);
afterAll(async () => {
  await w?.close();
}, 90_000);

describe('fault: Redis down longer than the send lease, worker SIGKILLed mid-batch, Redis flushed', () => {
  it('every draft accounted for, nothing delivered twice, nothing held that a live worker delivered, audit verifies', async () => {
    onTestFailed(() => console.log(w.logs()));
    const serve = await w.spawn('serve');
    let worker = await w.spawn('worker');
    const accepted: string[] = [];
    let n = 0;
    const refused: number[] = [];
    const submit = async (count: number, redisDown = false) => {
      for (let i = 0; i < count; i++) {
        const r = await w.submit(serve.url, w.draft(w.accounts[n++ % w.accounts.length]!), 8_000);
        // Intake answers in bounded time, Redis or not: accepted, or (Redis down) 503 + Retry-After.
        expect(redisDown ? [200, 201, 503] : [200, 201]).toContain(r.status);
        if (r.status === 503) refused.push(n);
        else accepted.push(String(r.body!.id));
      }
    };

    await submit(24);
    await until('some sends', async () => w.smtp.messages.length >= 4);

    // 1. Redis away for twice the lease; drafts keep arriving (Postgres is the truth).
    await w.redis.stop({ keep: true });
    await submit(6, true);
    await new Promise((r) => setTimeout(r, 4_500));
    await w.redis.start();
    await until('serve to see Redis again', async () => (await fetch(`${serve.url}/readyz`)).status === 200);

    // 2. The worker killed while it has sends in flight, and replaced.
    await submit(12);
    await until('sending under way', async () => w.smtp.messages.length >= 10, 30_000, 20);
    worker.kill('SIGKILL');
    await worker.exited;
    worker = await w.spawn('worker');

    // 3. Everything in Redis lost.
    await until('more sends', async () => w.smtp.messages.length >= 14, 30_000, 50);
    await w.redis.flush();
    await submit(6);

    const final = await until('every draft to settle', async () => {
      const a = await accountFor(w, accepted);
      return settled(a) ? a : null;
    }, 150_000, 500);

    expect(final.missing).toEqual([]);
    expect(final.duplicates).toEqual([]);
    expect(final.sentNotDelivered).toEqual([]);
    expect(final.deliveredNotSent).toEqual([]);
    // Held + delivered only where the worker died inside the call (SIGKILL): never a live worker's.
    for (const h of final.heldDelivered) expect(h.reason).toMatch(/worker stopped during the transport call/);
    expect(Object.keys(final.byStatus).sort()).toEqual(expect.arrayContaining(['pending_review', 'sent']));
    for (const s of Object.keys(final.byStatus)) expect(['sent', 'pending_review', 'held']).toContain(s);
    await sealAudit(w.deps.sql);
    expect(await verifyAudit(w.deps.sql)).toMatchObject({ ok: true });
    expect(serve.exitCode()).toBeNull();
    expect(worker.exitCode()).toBeNull();
  }, 360_000);
});
