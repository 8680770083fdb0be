/**
 * Issue 2 benchmark: lifecycle transitions/s and audit appends/s with 16 concurrent writers on a
 * durable (fsync on) Postgres, each beside the raw insert rate of equivalent rows in the same run.
 */
import { randomUUID } from 'node:crypto';
import { startLocalServices } from '../src/lib/local-services.js';
import { createDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { importAccounts } from '../src/accounts/import.js';
import { appendAudit } from '../src/audit/append.js';
import { sealAudit } from '../src/audit/seal.js';
import { approveDraft, receiveDraft } from '../src/drafts/lifecycle.js';
import { generateSampleBook } from '../src/accounts/sample-book.js';

const WRITERS = 16;
/** Alternating chunks of transitions and bare updates (each writer does per / ROUNDS of each per round). */
const ROUNDS = 5;
/** Transitions and bare updates each run before timing (WARM / WRITERS per writer). */
const WARM = 160;
const actor = { type: 'system', component: 'bench' } as const;

async function parallel(n: number, perWriter: number, fn: (w: number, i: number) => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, async (_, w) => {
    for (let i = 0; i < perWriter; i++) await fn(w, i);
  }));
  return (performance.now() - t0) / 1000;
}

export async function run(): Promise<Record<string, unknown>> {
  const services = await startLocalServices({ durable: true });
  const database = createDatabase(services.pgUrl, { max: WRITERS + 2 });
  try {
    await migrateDatabase(database);
    const { db, sql } = database;
    const [account] = generateSampleBook(1);
    await importAccounts(db, { accounts: [account!], actor, source: 'bench' });
    const N = 4000;
    const per = N / WRITERS;
    // Seed N pending drafts to approve, and WARM more for the warm-up below.
    const ids: string[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < N + WARM; i++) {
        const id = randomUUID();
        ids.push(id);
        await receiveDraft(tx, { id, source: 'bench', externalId: id, requestHash: 'x', accountId: account!.id, toEmail: 'a@b.com', fromMailbox: 's@x.com', subject: 's', body: 'b', workflow: 'w', templateId: 't', tier: 'high', policyVersion: 1 }, 'pending_review', actor);
      }
    });
    // Baseline: one-row transactions updating an equivalent row, no guard, no audit.
    await sql`create table bench_raw (id uuid primary key, status text, updated_at timestamptz)`;
    await sql`insert into bench_raw select gen_random_uuid(), 'pending_review', now() from generate_series(1, ${N + WARM})`;
    const rawIds = (await sql`select id from bench_raw`).map((r) => r.id as string);
    // Warm-up, not timed: every writer runs a few transitions and bare updates first (on rows past
    // the first N), so the pool's connections are open (connect, postgres.js's array-type lookup)
    // and each has prepared both statements before either is timed. Without it the first timed
    // chunk, transitions, opened the pool's connections for both.
    const warmPer = WARM / WRITERS;
    await parallel(WRITERS, warmPer, (w, i) => approveDraft(db, { draftId: ids[N + w * warmPer + i]!, version: 1, actor, decidedBy: 'U1' }));
    await parallel(WRITERS, warmPer, (w, i) => sql`update bench_raw set status = 'approved', updated_at = now() where id = ${rawIds[N + w * warmPer + i]!}`);
    // Transitions and bare updates alternate in ROUNDS chunks (A B B A …), so a change of load on
    // the shared machine weighs on both alike instead of on whichever ran second.
    const chunk = per / ROUNDS;
    const lsn = async () => (await sql`select pg_current_wal_lsn()::text as l`)[0]!.l as string;
    const walSince = async (from: string) => Number((await sql`select pg_wal_lsn_diff(pg_current_wal_lsn(), ${from}::pg_lsn)::float8 as d`)[0]!.d);
    let tTransition = 0;
    let tRawUpdate = 0;
    let walTransition = 0;
    let walRaw = 0;
    const transitions = async (r: number) => {
      const l = await lsn();
      tTransition += await parallel(WRITERS, chunk, (w, i) => approveDraft(db, { draftId: ids[w * per + r * chunk + i]!, version: 1, actor, decidedBy: 'U1' }));
      walTransition += await walSince(l);
    };
    const rawUpdates = async (r: number) => {
      const l = await lsn();
      tRawUpdate += await parallel(WRITERS, chunk, (w, i) => sql`update bench_raw set status = 'approved', updated_at = now() where id = ${rawIds[w * per + r * chunk + i]!}`);
      walRaw += await walSince(l);
    };
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        await transitions(r);
        await rawUpdates(r);
      } else {
        await rawUpdates(r);
        await transitions(r);
      }
    }
    const moved = (await sql`select count(*)::int as n from drafts where status = 'approved'`)[0]!.n as number;
    if (moved !== N + WARM) throw new Error(`lifecycle bench: ${moved} of ${N + WARM} drafts approved`);

    const tAudit = await parallel(WRITERS, per, (w, i) => db.transaction((tx) => appendAudit(tx, { actor, action: 'bench.append', subject: `w:${w}`, data: { i } })));
    await sql`create table bench_audit_raw (id bigserial primary key, at timestamptz default clock_timestamp(), actor jsonb, action text, subject text, data jsonb)`;
    const actorJson = JSON.stringify(actor);
    const tRawInsert = await parallel(WRITERS, per, (w, i) => sql`insert into bench_audit_raw (actor, action, subject, data) values (${actorJson}::jsonb, 'bench.append', ${`w:${w}`}, ${JSON.stringify({ i })}::jsonb)`);
    const tSeal0 = performance.now();
    const sealed = await sealAudit(sql);
    const tSeal = (performance.now() - tSeal0) / 1000;
    const transitionsPerSec = N / tTransition;
    const rawUpdatesPerSec = N / tRawUpdate;
    const auditPerSec = N / tAudit;
    const rawInsertsPerSec = N / tRawInsert;
    return {
      writers: WRITERS,
      rows: N,
      lifecycle_transitions_per_sec: Math.round(transitionsPerSec),
      raw_update_per_sec_baseline: Math.round(rawUpdatesPerSec),
      lifecycle_ratio_to_raw: +(transitionsPerSec / rawUpdatesPerSec).toFixed(2),
      wal_bytes_per_transition: Math.round(walTransition / N),
      wal_bytes_per_raw_update: Math.round(walRaw / N),
      audit_appends_per_sec: Math.round(auditPerSec),
      raw_insert_per_sec_baseline: Math.round(rawInsertsPerSec),
      audit_ratio_to_raw: +(auditPerSec / rawInsertsPerSec).toFixed(2),
      seal_rows_per_sec: Math.round(sealed / tSeal),
      note: `transition = approveDraft: guarded UPDATE + audit INSERT in one statement (one transaction); baseline = the bare UPDATE of a 3-column table (one-row transactions), run in ${ROUNDS} alternating chunks with the transitions, after an untimed warm-up of both (${WARM} each). Durable Postgres (fsync on).`,
    };
  } finally {
    await database.close();
    await services.stop();
  }
}
