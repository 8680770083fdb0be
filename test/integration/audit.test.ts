import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { appendAudit } from '../../src/audit/append.js';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { exportAudit } from '../../src/audit/export.js';
import { testActor } from '../helpers/fixtures.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv({ deps: false });

describe('audit trail', () => {
  it('seals concurrent appends into one verifiable chain', async () => {
    await Promise.all(
      Array.from({ length: 16 }, (_, w) =>
        (async () => {
          for (let i = 0; i < 25; i++) {
            await env.t.db.transaction((tx) => appendAudit(tx, { actor: testActor, action: 'test.appended', subject: `w:${w}`, data: { i, nested: { b: 2, a: [1, 'x'] } } }));
          }
        })(),
      ),
    );
    // Two sealers at once: one does the work, the other finds the lock taken; nothing is sealed twice.
    const [a, b] = await Promise.all([sealAudit(env.t.sql), sealAudit(env.t.sql)]);
    expect(a + b).toBeGreaterThanOrEqual(400);
    await sealAudit(env.t.sql);
    const v = await verifyAudit(env.t.sql);
    expect(v).toMatchObject({ ok: true, unsealed: 0 });
    expect(v.ok && v.lastSeq).toBeGreaterThanOrEqual(400);
  });

  it('stores one row or several exactly as given, several in the order given, and the chain verifies', async () => {
    const tricky = { q: 'say "hi", \\o/ {x} ,; \u00e9\u{1F600}', nested: { list: [1, null, 'a,b', { z: true }] }, empty: '' };
    const actor = { type: 'rep', slackUserId: 'U"1\\' } as const;
    await env.t.db.transaction((tx) => appendAudit(tx, { actor, action: 'test.one', subject: 'order:1', data: tricky }));
    const many = Array.from({ length: 7 }, (_, i) => ({ actor: i % 2 ? actor : testActor, action: `test.many.${i}`, subject: 'order:1', ...(i === 3 ? {} : { data: { i, tricky } }) }));
    await env.t.db.transaction((tx) => appendAudit(tx, many));
    await appendAudit(env.t.db, []);
    const rows = await env.t.sql`select actor, action, subject, data from audit_log where subject = 'order:1' order by id`;
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { actor, action: 'test.one', subject: 'order:1', data: tricky },
      ...many.map((m) => ({ actor: m.actor, action: m.action, subject: m.subject, data: m.data ?? {} })),
    ]);
    await sealAudit(env.t.sql);
    expect(await verifyAudit(env.t.sql)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it('a rolled-back change leaves no audit row (audit shares the transaction)', async () => {
    const before = await env.t.sql`select count(*)::int n from audit_log where subject = 'rollback:1'`;
    await env.t.db
      .transaction(async (tx) => {
        await appendAudit(tx, { actor: testActor, action: 'test.rolled', subject: 'rollback:1' });
        throw new Error('boom');
      })
      .catch(() => {});
    const after = await env.t.sql`select count(*)::int n from audit_log where subject = 'rollback:1'`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await sealAudit(env.t.sql);
    await expect(env.t.sql`update audit_log set action = 'x' where seq = 1`).rejects.toThrow(/append-only/);
    await expect(env.t.sql`delete from audit_log where seq = 1`).rejects.toThrow(/append-only/);
    await expect(env.t.sql`truncate audit_log`).rejects.toThrow(/append-only/);
    // Re-sealing a sealed row is an UPDATE too.
    await expect(env.t.sql`update audit_log set hash = 'f' where seq = 2`).rejects.toThrow(/append-only/);
  });

  it('verify names the first seq a superuser altered behind the trigger', async () => {
    await sealAudit(env.t.sql);
    const su = postgres(env.t.url, { max: 1, onnotice: () => {} });
    await su.begin(async (tx) => {
      await tx`set local session_replication_role = replica`; // disables ordinary triggers
      await tx`update audit_log set data = '{"i": 999}'::jsonb where seq = 7`;
    });
    const v = await verifyAudit(env.t.sql);
    expect(v).toMatchObject({ ok: false, brokenSeq: 7 });
    await su.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await tx`delete from audit_log where seq = 3`;
    });
    const v2 = await verifyAudit(env.t.sql);
    expect(v2).toMatchObject({ ok: false, brokenSeq: 3 });
    await su.end();
  });

  it('a seq is unique among sealed rows (the index covers only sealed rows) and an append maintains neither it nor a btree on at', async () => {
    await appendAudit(env.t.db, { actor: testActor, action: 'test.seq', subject: 'seq:1' });
    await sealAudit(env.t.sql);
    const [sealed] = await env.t.sql`select seq from audit_log where seq is not null order by seq desc limit 1`;
    await appendAudit(env.t.db, { actor: testActor, action: 'test.seq', subject: 'seq:2' });
    const [fresh] = await env.t.sql`select id from audit_log where subject = 'seq:2'`;
    // The sealing write the trigger allows, with a seq already taken: refused by the unique index.
    await expect(env.t.sql`update audit_log set seq = ${sealed!.seq}, prev_hash = 'x', hash = 'y' where id = ${fresh!.id}`).rejects.toMatchObject({ code: '23505' });
    const idx = await env.t.sql`select indexname, indexdef from pg_indexes where tablename = 'audit_log' and indexname in ('audit_log_seq_uq', 'audit_at_idx') order by 1`;
    expect(idx.map((r) => r.indexdef.replace(/^.* USING /, ''))).toEqual(['brin (at)', 'btree (seq) WHERE (seq IS NOT NULL)']);
    // The row is still sealed normally (an earlier test of this file tampers the chain, so no verify here).
    await sealAudit(env.t.sql);
    const [row] = await env.t.sql`select seq from audit_log where id = ${fresh!.id}`;
    expect(Number(row!.seq)).toBeGreaterThan(Number(sealed!.seq));
  });

  it('exports JSONL and CSV', async () => {
    let jsonl = '';
    const n = await exportAudit(env.t.sql, { format: 'jsonl', since: new Date(Date.now() - 3600_000) }, (c) => (jsonl += c));
    expect(n).toBeGreaterThan(0);
    const first = JSON.parse(jsonl.split('\n')[0]!);
    expect(first).toHaveProperty('hash');
    let csv = '';
    await exportAudit(env.t.sql, { format: 'csv' }, (c) => (csv += c));
    expect(csv.split('\n')[0]).toBe('seq,at,actor,action,subject,data,prev_hash,hash');
  });
});
