/**
 * Fault: Postgres stopped (pg_ctl -m immediate, like a crash) and restarted under traffic, with
 * `draftgate serve` and `draftgate worker` as separate processes.
 * Outcomes: no process dies; while the database is down every API request gets an answer (503
 * problem+json, never a hang past the client's patience) and /readyz agrees with the API; after the
 * restart every accepted draft is accounted for, nothing was delivered twice and `audit verify` passes.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { inArray, sql } from 'drizzle-orm';
import { startFaultWorld, until, type FaultWorld } from './harness.js';
import { drafts } from '../../src/db/schema.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { sealAudit } from '../../src/audit/seal.js';

let w: FaultWorld;
beforeAll(async () => {
  w = await startFaultWorld({ seed: 3 });
}, 120_000);
afterAll(async () => {
  await w?.close();
}, 90_000);

describe('fault: Postgres stopped and restarted under traffic', () => {
  it('serve and worker stay up, answer 503 fast while it is down, and every accepted draft ends accounted for', async () => {
    onTestFailed(() => console.log(w.logs()));
    const serve = await w.spawn('serve');
    const worker = await w.spawn('worker');
    const accepted = new Set<string>();
    let i = 0;
    const traffic = async (n: number, timeoutMs = 10_000) => {
      const out: number[] = [];
      await Promise.all(
        Array.from({ length: n }, async () => {
          const acc = w.accounts[i++ % w.accounts.length]!;
          const r = await w.submit(serve.url, w.draft(acc), timeoutMs).catch(() => ({ status: 0, body: null }));
          if ((r.status === 201 || r.status === 200) && r.body?.id) accepted.add(String(r.body.id));
          out.push(r.status);
        }),
      );
      return out;
    };
    // Before the fault every draft is accepted. The first requests of a cold process (rule packs
    // and the model loaded, statements prepared) share two cores with the rest of the suite: they
    // get the client's patience of a slow network, not of an idle machine.
    expect((await traffic(20, 30_000)).every((s) => s === 201)).toBe(true);

    await w.pg.stop();
    // While down: requests keep coming; each gets an answer (503 or, for the few already past
    // the database, a success) within the client's patience; nothing hangs, nothing dies.
    const during: number[] = [];
    for (let round = 0; round < 6; round++) {
      during.push(...(await traffic(8, 5_000)));
      const ready = await fetch(`${serve.url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
      expect(ready).toBe(503);
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(during.filter((s) => s === 0)).toEqual([]); // no request timed out on the client
    expect(during.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(during.filter((s) => s !== 503 && s !== 201)).toEqual([]);
    expect(serve.exitCode()).toBeNull();
    expect(worker.exitCode()).toBeNull();

    await w.pg.start();
    await until('the API to accept drafts again', async () => (await traffic(1)).includes(201), 30_000, 250);
    await until('/readyz to agree', async () => (await fetch(`${serve.url}/readyz`)).status === 200);
    expect((await traffic(10)).every((s) => s === 201)).toBe(true);

    // Every accepted draft ends in a settled state; nothing delivered twice.
    const ids = [...accepted];
    await until('every accepted draft to settle', async () => {
      const rows = await w.deps.db.select({ status: drafts.status, n: sql<number>`count(*)::int` }).from(drafts).where(inArray(drafts.id, ids)).groupBy(drafts.status);
      const settled = rows.filter((r) => ['sent', 'pending_review', 'held'].includes(r.status)).reduce((a, r) => a + r.n, 0);
      return settled === ids.length;
    }, 120_000, 250);
    const rows = await w.deps.db.select({ id: drafts.id }).from(drafts).where(inArray(drafts.id, ids));
    expect(rows).toHaveLength(ids.length);
    const delivered = w.smtp.messages.map((m) => m.draftId);
    expect(new Set(delivered).size).toBe(delivered.length);
    const sentRows = await w.deps.db.select({ id: drafts.id }).from(drafts).where(sql`${drafts.status} = 'sent' and ${inArray(drafts.id, ids)}`);
    expect(new Set(delivered)).toEqual(new Set(sentRows.map((r) => r.id)));
    await sealAudit(w.deps.sql);
    expect(await verifyAudit(w.deps.sql)).toMatchObject({ ok: true });
    expect(serve.exitCode()).toBeNull();
    expect(worker.exitCode()).toBeNull();
  }, 300_000);
});
