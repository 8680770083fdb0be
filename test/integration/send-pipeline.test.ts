import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { createTestDeps, type TestDeps } from '../helpers/deps.js';
import { makeAccount, seedDraft, testActor } from '../helpers/fixtures.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { auditLog, drafts, sends, suppressions } from '../../src/db/schema.js';
import { enqueueSend } from '../../src/send/queue.js';
import { createSendWorker, type SendWorkerOptions } from '../../src/send/worker.js';
import { createSmtpTransport } from '../../src/send/transports/smtp.js';
import type { Transport } from '../../src/send/transports/types.js';
import type { CapLimits } from '../../src/send/fence/fence.js';
import { pauseScope, resumeScope } from '../../src/guard/pauses.js';
import { getStatus } from '../../src/reports/status.js';
import type { Account, DraftInput } from '../../src/detect/types.js';
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

const running: Array<{ worker: Worker; connection: Redis }> = [];
let deps: TestDeps;
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.worker.close();
    r.connection.disconnect();
  }
  await deps?.close();
});

function startWorkers(n: number, opts: SendWorkerOptions) {
  for (let i = 0; i < n; i++) {
    const w = createSendWorker(deps, opts);
    running.push(w);
  }
}

async function statusCount(ids: string[], status: string) {
  const [r] = await t.db.select({ n: sql<number>`count(*)::int` }).from(drafts).where(and(inArray(drafts.id, ids), eq(drafts.status, status as 'sent')));
  return r!.n;
}

async function seedApproved(n: number, account: Account = makeAccount(), over: Partial<DraftInput> = {}) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { draft } = await seedDraft(t.db, { account, status: 'approved', draft: over });
    ids.push(draft.id);
  }
  return ids;
}

interface Call { draftId: string; at: number }
function recordingTransport(delayMs = 0): Transport & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    name: 'test',
    calls,
    async send(msg) {
      calls.push({ draftId: msg.draftId, at: performance.now() });
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      return { providerResponse: 'ok' };
    },
  };
}

const smtpTransport = () => createSmtpTransport({ defaultUrl: smtp.url, requireTls: false });

describe('send pipeline', () => {
  it('sends approved drafts over real SMTP once each, with a Message-ID derived from the draft id and the edited text', async () => {
    deps = createTestDeps(t);
    const ids = await seedApproved(4);
    // An edited final text is what goes out.
    await t.sql`update drafts set final_subject = 'Edited subject', final_body = 'Edited body' where id = ${ids[0]!}`;
    for (const id of ids) expect(await enqueueSend(deps, id, testActor)).toBe(true);
    startWorkers(1, { transport: smtpTransport(), limits: BIG_LIMITS });
    await waitFor(async () => (await statusCount(ids, 'sent')) === ids.length);
    const mine = smtp.messages.filter((m) => ids.includes(m.draftId ?? ''));
    expect(mine).toHaveLength(4);
    for (const m of mine) expect(m.messageId).toBe(`<${m.draftId}.draftgate@seller.example>`);
    expect(mine.find((m) => m.draftId === ids[0])!.raw).toContain('Subject: Edited subject');
    const rows = await t.db.select().from(sends).where(inArray(sends.draftId, ids));
    expect(rows.every((r) => r.status === 'sent' && r.attempt === 1 && r.transport === 'smtp')).toBe(true);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${ids[1]}`)).orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['draft.received', 'draft.approved', 'draft.queued', 'send.claimed', 'draft.sent']);
    // The claim and the outcome (one statement each, claimAndStart / settleSent in drafts/lifecycle.ts) write what the lifecycle
    // writes: actor, { from, to, version } and the outcome's data; the attempt is closed.
    const [draft] = await t.db.select().from(drafts).where(eq(drafts.id, ids[1]!));
    const claimed = audit.find((a) => a.action === 'send.claimed')!;
    const sent = audit.find((a) => a.action === 'draft.sent')!;
    expect(claimed.actor).toEqual({ type: 'system', component: 'send-worker' });
    expect(claimed.data).toEqual({ from: 'queued', to: 'sending', version: draft!.version });
    expect(sent.actor).toEqual({ type: 'system', component: 'send-worker' });
    expect(sent.data).toEqual({ from: 'sending', to: 'sent', version: draft!.version, message_id: `<${ids[1]}.draftgate@seller.example>`, transport: 'smtp', attempt: 1 });
    expect(draft!.sentAt).not.toBeNull();
    const [attempt] = rows.filter((r) => r.draftId === ids[1]);
    expect(attempt!.leaseToken).toBeNull();
    expect(attempt!.finishedAt).not.toBeNull();
    expect(attempt!.messageId).toBe(`<${ids[1]}.draftgate@seller.example>`);
  });

  it('a transient SMTP refusal is retried (failed attempt recorded), a permanent one fails with the reason kept', async () => {
    deps = createTestDeps(t);
    const [a] = await seedApproved(1);
    smtp.failNext('transient', 1);
    await enqueueSend(deps, a!, testActor);
    startWorkers(1, { transport: smtpTransport(), limits: BIG_LIMITS, backoffMs: 50 });
    await waitFor(async () => (await statusCount([a!], 'sent')) === 1);
    const rows = await t.db.select().from(sends).where(eq(sends.draftId, a!)).orderBy(sends.attempt);
    expect(rows.map((r) => [r.attempt, r.status])).toEqual([[1, 'failed'], [2, 'sent']]);

    const [b] = await seedApproved(1);
    smtp.failNext('permanent', 1);
    await enqueueSend(deps, b!, testActor);
    await waitFor(async () => (await statusCount([b!], 'failed')) === 1);
    const [row] = await t.db.select().from(sends).where(eq(sends.draftId, b!));
    expect(row).toMatchObject({ status: 'failed', error: 'smtp 550' });
  });

  it('a recipient suppressed after approval is never sent: cancelled and audited', async () => {
    deps = createTestDeps(t);
    const account = makeAccount();
    const ids = await seedApproved(2, account);
    const [d] = await t.db.select().from(drafts).where(eq(drafts.id, ids[0]!));
    await t.db.insert(suppressions).values({ value: d!.toEmail.toLowerCase(), kind: 'address', reason: 'unsubscribe', source: 'test' });
    const transport = recordingTransport();
    for (const id of ids) await enqueueSend(deps, id, testActor);
    startWorkers(1, { transport, limits: BIG_LIMITS });
    await waitFor(async () => (await statusCount(ids, 'cancelled')) === 2);
    expect(transport.calls).toHaveLength(0);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.subject, `draft:${ids[0]}`), eq(auditLog.action, 'draft.cancelled')));
    expect(audit[0]!.data).toMatchObject({ from: 'sending', reason: expect.stringContaining('unsubscribe') });
    expect(await t.db.select().from(sends).where(inArray(sends.draftId, ids))).toHaveLength(0);
  });

  it('caps hold across four workers: org sliding window, and recipient domain per day (over-cap jobs wait with a reason)', async () => {
    deps = createTestDeps(t);
    const transport = recordingTransport(1);
    const limits: CapLimits = { org: { limit: 8, windowMs: 1000 }, mailboxPerDay: 10_000, domainPerDay: 5, unreviewedPerTemplatePerHour: 10_000 };
    const spread: string[] = [];
    for (let i = 0; i < 24; i++) spread.push(...(await seedApproved(1)));
    const same = await seedApproved(9, makeAccount({ domain: 'one-domain.example' }));
    for (const id of [...spread, ...same]) await enqueueSend(deps, id, testActor);
    startWorkers(4, { transport, limits, concurrency: 5 });
    // The org window (8 a second) is shared by both groups, so the capped domain's fifth send can
    // come after the last of the spread ones: wait for both, then a beat in which nothing more may go.
    await waitFor(async () => (await statusCount(spread, 'sent')) === spread.length, 25_000);
    await waitFor(async () => (await statusCount(same, 'sent')) === 5, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    // Each draft called once (two calls of one draft would share one entry of the cap's log).
    expect(new Set(transport.calls.map((c) => c.draftId)).size).toBe(transport.calls.length);
    const calls = [...transport.calls].sort((a, b) => a.at - b.at);
    let maxInWindow = 0;
    let worst: Call[] = [];
    for (let i = 0, j = 0; i < calls.length; i++) {
      while (calls[i]!.at - calls[j]!.at >= 1000) j++;
      if (i - j + 1 > maxInWindow) {
        maxInWindow = i - j + 1;
        worst = calls.slice(j, i + 1);
      }
    }
    // On failure, the calls of the fullest window with their offsets: which one slipped in, and by how much.
    const t0 = worst[0]?.at ?? 0;
    expect(maxInWindow, worst.map((c) => `${c.draftId.slice(0, 8)} +${(c.at - t0).toFixed(1)}ms`).join(', ')).toBeLessThanOrEqual(8);
    expect(await statusCount(same, 'sent')).toBe(5);
    // A job of the capped domain that last met the fence while the org window was full waits with
    // reason "org" until its next try (within a second); then every one of them names the domain.
    const domainReasons = async () => {
      const st = await getStatus(deps);
      const w = st.delayed.filter((d) => same.includes(d.draftId));
      return w.length === 4 && w.every((d) => d.reason === 'cap' && d.cap === 'domain:one-domain.example');
    };
    await waitFor(domainReasons, 5_000);
    // A job that met the org window retries within a second and may be caught between its claim
    // (sending) and the domain refusal's withdrawal (back to queued): wait for it to settle. None
    // may be sent meanwhile.
    await waitFor(async () => (await statusCount(same, 'queued')) === 4, 5_000);
    expect(await statusCount(same, 'sent')).toBe(5);
    const status = await getStatus(deps);
    expect(status.caps.find((c) => c.name === 'domain:one-domain.example')).toMatchObject({ used: 5 });
    const waiting = status.delayed.filter((d) => same.includes(d.draftId));
    expect(waiting).toHaveLength(4);
    for (const w of waiting) expect(w).toMatchObject({ reason: 'cap', cap: 'domain:one-domain.example' });
    // Delayed, not failed and not spinning: the jobs sit in BullMQ's delayed set.
    expect((await deps.queues.send.getJobCounts('delayed')).delayed).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('pause under load: zero transport calls start after pauseScope returns; resume sends the rest in order', async () => {
    deps = createTestDeps(t);
    const transport = recordingTransport(3);
    const account = makeAccount();
    const ids = await seedApproved(150, account);
    for (const id of ids) await enqueueSend(deps, id, testActor);
    startWorkers(4, { transport, limits: BIG_LIMITS, concurrency: 8 });
    await waitFor(async () => transport.calls.length >= 20);
    const res = await pauseScope(deps, { scope: 'all', reason: 'test brake', source: 'api', actor: testActor });
    const returnedAt = performance.now();
    const sentAtPause = transport.calls.length;
    await new Promise((r) => setTimeout(r, 800));
    const late = transport.calls.filter((c) => c.at > returnedAt);
    expect(late).toHaveLength(0);
    expect(res.inFlight.stillRunning).toBe(0);
    expect(res.heldCount).toBeGreaterThan(0);
    expect(sentAtPause).toBeLessThan(150);
    const [pauseAudit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'pause.started'));
    expect(pauseAudit).toBeTruthy();

    const r = await resumeScope(deps, { scope: 'all', actor: testActor });
    expect(r.released).toBeGreaterThan(0);
    await waitFor(async () => (await statusCount(ids, 'sent')) === ids.length, 25_000);
    expect(new Set(transport.calls.map((c) => c.draftId)).size).toBe(transport.calls.length);
  }, 60_000);

  it('bad pause input is refused and writes nothing', async () => {
    deps = createTestDeps(t);
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    await expect(pauseScope(deps, { scope: 'everything', reason: 'x', source: 'api', actor: testActor })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(pauseScope(deps, { scope: 'all', reason: '', source: 'api', actor: testActor })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(resumeScope(deps, { scope: 'template:nope', actor: testActor })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
