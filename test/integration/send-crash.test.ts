import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { createTestDb, uniquePrefix, type TestDb } from '../helpers/db.js';
import { createTestDeps } from '../helpers/deps.js';
import { makeAccount, seedDraft, testActor } from '../helpers/fixtures.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { alerts, drafts, sends } from '../../src/db/schema.js';
import { enqueueSend } from '../../src/send/queue.js';
import { createSendWorker } from '../../src/send/worker.js';
import { createSmtpTransport } from '../../src/send/transports/smtp.js';
import { reconcileSends } from '../../src/send/reconcile.js';
import { startRedis } from '../../src/lib/local-services.js';
import { waitFor, BIG_LIMITS } from '../helpers/wait.js';

let t: TestDb;
let smtp: TestSmtp;
beforeAll(async () => {
  t = await createTestDb();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

describe('crash safety', () => {
  it('SIGKILL after the SMTP server has the message and before the outcome was recorded → no second message, draft held + alert', async () => {
    const prefix = uniquePrefix();
    const deps = createTestDeps(t, { REDIS_PREFIX: prefix, SEND_LOCK_MS: '1000' });
    const { draft } = await seedDraft(t.db, { status: 'approved' });
    const env = { ...process.env, DATABASE_URL: t.url, REDIS_URL: deps.config.REDIS_URL, REDIS_PREFIX: prefix, SEND_TRANSPORT: 'smtp', SMTP_URL: smtp.url, SMTP_REQUIRE_TLS: 'false', LOG_LEVEL: 'silent', SEND_LOCK_MS: '1000' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/send-worker-child.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((r) => child.once('exit', r));
    try {
      // Outcome-based waits, each bounded: the child is up, then it was killed right after the
      // SMTP server accepted the message (a slow start under load only makes this wait longer).
      await Promise.race([
        new Promise<void>((r) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && r())),
        exited.then(() => Promise.reject(new Error('send worker child exited before it was ready'))),
      ]);
      // Killed with the message in the server's hands and before its 250 reaches the worker: the
      // worker's outcome write can never win this race (a fast outcome statement did, now and then,
      // when the kill came after the 250).
      smtp.onReceived = (m) => {
        if (m.draftId !== draft.id) return undefined;
        child.kill('SIGKILL');
        return exited;
      };
      await enqueueSend(deps, draft.id, testActor);
      await waitFor(async () => child.exitCode !== null || child.signalCode !== null, 60_000);
    } finally {
      smtp.onReceived = undefined;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
    const [mid] = await t.db.select().from(drafts).where(eq(drafts.id, draft.id));
    expect(mid!.status).toBe('sending');

    // A healthy worker now runs; the stalled job comes back and the reconciler sweeps. The dead
    // worker's lease runs out within SEND_LOCK_MS; reconcile until it is held (bounded).
    const w = createSendWorker(deps, { transport: createSmtpTransport({ defaultUrl: smtp.url, requireTls: false }), limits: BIG_LIMITS });
    await waitFor(async () => (await reconcileSends(deps, { limits: BIG_LIMITS })).held.includes(draft.id), 30_000);
    await reconcileSends(deps, { limits: BIG_LIMITS });
    const [after] = await t.db.select().from(drafts).where(eq(drafts.id, draft.id));
    expect(after).toMatchObject({ status: 'held' });
    expect(smtp.messages.filter((m) => m.draftId === draft.id)).toHaveLength(1);
    const rows = await t.db.select().from(sends).where(eq(sends.draftId, draft.id));
    expect(rows.map((r) => r.status)).toEqual(['unknown']);
    expect(await t.db.select().from(alerts).where(eq(alerts.dedupeKey, `send.held:${draft.id}`))).toHaveLength(1);
    await w.worker.close();
    await w.ctx.transport.close?.();
    w.connection.disconnect();
    await deps.close();
  }, 120_000);

  it('FLUSHALL of Redis mid-run → every approved draft still ends sent exactly once (reconciler)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-flush-'));
    const redis = await startRedis(dir);
    const deps = createTestDeps(t, { REDIS_URL: redis.url });
    try {
      const account = makeAccount();
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) ids.push((await seedDraft(t.db, { account, status: 'approved' })).draft.id);
      for (const id of ids) await enqueueSend(deps, id, testActor);
      const slow = createSmtpTransport({ defaultUrl: smtp.url, requireTls: false });
      const transport = { name: 'smtp', send: async (m: Parameters<typeof slow.send>[0]) => { await new Promise((r) => setTimeout(r, 15)); return slow.send(m); } };
      const workers = [createSendWorker(deps, { transport, limits: BIG_LIMITS, concurrency: 4 }), createSendWorker(deps, { transport, limits: BIG_LIMITS, concurrency: 4 })];
      const sentCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(drafts).where(and(inArray(drafts.id, ids), eq(drafts.status, 'sent'))))[0]!.n;
      await waitFor(async () => (await sentCount()) >= 10, 30_000);
      const admin = new Redis(redis.url);
      await admin.flushall();
      admin.disconnect();
      // The reconciler (here called on a short interval) rebuilds the queue from Postgres.
      const recon = setInterval(() => void reconcileSends(deps, { limits: BIG_LIMITS }).catch(() => {}), 500);
      await waitFor(async () => (await sentCount()) + (await t.db.select({ n: sql<number>`count(*)::int` }).from(drafts).where(and(inArray(drafts.id, ids), eq(drafts.status, 'held'))))[0]!.n === ids.length, 40_000);
      clearInterval(recon);
      for (const w of workers) {
        await w.worker.close();
        w.connection.disconnect();
      }
      await slow.close?.();
      const received = smtp.messages.filter((m) => ids.includes(m.draftId ?? ''));
      expect(new Set(received.map((m) => m.draftId)).size).toBe(received.length);
      expect(await sentCount()).toBe(ids.length);
      expect(received).toHaveLength(ids.length);
    } finally {
      await deps.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
