/**
 * The database breaker (src/db/client.ts). A connection failure that an edge reports opens it only
 * when a probe confirms the database does not answer: under CI load one connect once timed out
 * among forty concurrent drafts, the breaker opened, and every request behind it got a 503 from a
 * database that was up. Against a real Postgres and a port nothing listens on.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBreaker, createDatabase, type Database } from '../../src/db/client.js';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { until } from '../helpers/wait.js';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.drop());

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('database breaker', () => {
  it('a reported connection failure does not open it while the database answers', async () => {
    const changes: boolean[] = [];
    const breaker = createBreaker(async () => (await t.sql`select 1 as one`)[0]?.one === 1, { onChange: (o) => changes.push(o) });
    breaker.trip(Object.assign(new Error('write CONNECT_TIMEOUT'), { code: 'CONNECT_TIMEOUT' }));
    breaker.trip();
    await new Promise((r) => setTimeout(r, 300));
    expect(breaker.isOpen()).toBe(false);
    expect(changes).toEqual([]);
    breaker.stop();
  });

  it('opens when the database is unreachable, answers at once while open, and closes when it answers again', async () => {
    const port = await closedPort();
    const down: Database = createDatabase(`postgres://draftgate@127.0.0.1:${port}/nothing`, { max: 2, connectTimeoutMs: 1000 });
    try {
      const err = await down.sql`select 1`.catch((e: unknown) => e);
      expect((err as { code?: string }).code).toBe('ECONNREFUSED');
      down.breaker.trip(err);
      await until('the breaker to open', async () => down.breaker.isOpen(), 5_000);
    } finally {
      await down.close(1);
    }

    // Recovery: a probe that fails keeps it open; the first one that succeeds closes it.
    let up = false;
    let probes = 0;
    const changes: boolean[] = [];
    const breaker = createBreaker(
      async () => {
        probes++;
        return up;
      },
      { probeMs: 20, onChange: (o) => changes.push(o) },
    );
    breaker.trip();
    await until('it to open', async () => breaker.isOpen(), 2_000);
    await until('a few failed probes', async () => probes >= 3, 2_000);
    expect(breaker.isOpen()).toBe(true);
    up = true;
    await until('it to close', async () => !breaker.isOpen(), 2_000);
    expect(changes).toEqual([true, false]);
    breaker.stop();
  });

  it('one confirming probe at a time, however many requests report the failure', async () => {
    let probes = 0;
    let release: (ok: boolean) => void = () => {};
    const breaker = createBreaker(() => {
      probes++;
      return new Promise<boolean>((r) => (release = r));
    });
    for (let i = 0; i < 40; i++) breaker.trip();
    expect(probes).toBe(1);
    expect(breaker.isOpen()).toBe(false);
    release(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(breaker.isOpen()).toBe(false);
    breaker.trip();
    expect(probes).toBe(2);
    release(false);
    await until('it to open', async () => breaker.isOpen(), 2_000);
    breaker.stop();
  });
});
