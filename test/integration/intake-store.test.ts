/**
 * How intake stores (src/drafts/intake.ts): one read for everything it needs, then the template
 * reservation and the insert, guarded into one statement for small requests. Concurrency and the
 * cross-process reads are what could go wrong there.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { createTestDeps } from '../helpers/deps.js';
import { testActor } from '../helpers/fixtures.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { applyImport, rollbackImport } from '../../src/accounts/snapshots.js';
import { makeAccount } from '../helpers/fixtures.js';

const SHIPPED = readFileSync(new URL('../../src/policy/default-policy.yaml', import.meta.url), 'utf8');

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
});
afterAll(async () => e?.close());

type Out = { id: string; tier: string; status: string; reasons: string[] };

describe('intake storage', () => {
  it('concurrent single drafts of one new template each take their own slot of its history', async () => {
    const N = 40;
    const res = await Promise.all(Array.from({ length: N }, (_, i) => e.post('/v1/drafts', e.draft({ template_id: 'tpl-race', external_id: `race-${i}` }))));
    expect(res.map((r) => r.status)).toEqual(Array(N).fill(201));
    const out = (await Promise.all(res.map((r) => r.json()))) as Out[];
    // Probation: drafts 1..20 of a new template are reviewed, each exactly once; none beyond 20.
    const slots = out.flatMap((o) => o.reasons.map((r) => /draft (\d+) of the first 20/.exec(r)?.[1]).filter((x): x is string => !!x).map(Number));
    expect(slots.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const [tpl] = await e.deps.sql`select seen from templates where template_id = 'tpl-race'`;
    expect(tpl!.seen).toBe(N);
    const [{ n }] = (await e.deps.sql`select count(*)::int n from drafts where template_id = 'tpl-race'`) as unknown as [{ n: number }];
    expect(n).toBe(N);
    // Every stored draft has its audit pair (same statement).
    const audit = await e.deps.sql`select count(*)::int n from audit_log a join drafts d on a.subject = 'draft:' || d.id where d.template_id = 'tpl-race' and a.action = 'draft.received'`;
    expect(audit[0]!.n).toBe(N);
  });

  it('an auto-approved draft is stored queued, audited received → approved → queued in its one statement, and its send job added', async () => {
    // tpl-race is past probation (previous test): low drafts are auto-approved unless sampled.
    const singles = await Promise.all(Array.from({ length: 10 }, (_, i) => e.post('/v1/drafts', e.draft({ template_id: 'tpl-race', external_id: `auto-${i}` }))));
    const batch = (await (await e.post('/v1/drafts/batch', { drafts: Array.from({ length: 20 }, (_, i) => e.draft({ template_id: 'tpl-race', external_id: `auto-b-${i}` })) })).json()) as { results: Array<{ draft: Out }> };
    const out = [...((await Promise.all(singles.map((r) => r.json()))) as Out[]), ...batch.results.map((r) => r.draft)];
    const approved = out.filter((o) => o.status === 'approved');
    expect(approved.length).toBeGreaterThan(0);
    for (const o of approved) {
      const [d] = await e.deps.sql`select status from drafts where id = ${o.id}`;
      expect(d!.status).toBe('queued');
      const audit = await e.deps.sql`select action, data from audit_log where subject = ${`draft:${o.id}`} order by id`;
      expect(audit.map((a) => a.action)).toEqual(['draft.received', 'draft.approved', 'draft.queued']);
      expect(audit[1]!.data).toMatchObject({ from: 'received', to: 'approved', tier: 'low', sampled: false });
      expect(audit[2]!.data).toEqual({ from: 'approved', to: 'queued', version: 1 });
      const job = await e.deps.queues.send.getJob(o.id);
      expect(job?.data).toMatchObject({ draftId: o.id, templateId: 'tpl-race', unreviewed: true, client: expect.any(String) });
    }
    // Drafts waiting for a person are not queued.
    for (const o of out.filter((x) => x.status !== 'approved')) {
      const [d] = await e.deps.sql`select status from drafts where id = ${o.id}`;
      expect(d!.status).toBe(o.status);
    }
  });

  it('a retry of a stored draft returns it and reserves nothing more', async () => {
    const d = e.draft({ template_id: 'tpl-retry', external_id: 'retry-1' });
    const a = await e.post('/v1/drafts', d);
    const b = await e.post('/v1/drafts', d);
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(((await b.json()) as Out).id).toBe(((await a.json()) as Out).id);
    const [tpl] = await e.deps.sql`select seen from templates where template_id = 'tpl-retry'`;
    expect(tpl!.seen).toBe(1);
  });

  it('a tab inside a template id or external id is stored as sent, and a retry finds it', async () => {
    const d = e.draft({ template_id: 'tpl\tA "q" \\b', external_id: 'ext\t1' });
    const a = await e.post('/v1/drafts', d);
    expect(a.status).toBe(201);
    const b = await e.post('/v1/drafts', d);
    expect(b.status).toBe(200);
    expect(((await b.json()) as Out).id).toBe(((await a.json()) as Out).id);
    const rows = await e.deps.sql`select template_id, seen from templates where template_id = ${'tpl\tA "q" \\b'}`;
    expect(rows.map((r) => [r.template_id, r.seen])).toEqual([['tpl\tA "q" \\b', 1]]);
  });

  it('a policy applied by another process is in force on the very next request', async () => {
    const warm = await e.post('/v1/drafts', e.draft({ external_id: 'pol-0', body: 'Hi there, we are cheaper than Globex.' }));
    expect(((await warm.json()) as Out).status).not.toBe('blocked');
    const other = createTestDeps(e.t);
    try {
      const applied = await applyPolicy(other.db, {
        yaml: `${SHIPPED}\nrules:\n  - id: owner.globex\n    kind: tone\n    severity: critical\n    phrases: ["cheaper than Globex"]\n    message: 'names a competitor: "{match}"'\n    examples:\n      fire: ["We are cheaper than Globex."]\n      pass: ["We are cheaper than spreadsheets."]\n`,
        comment: 'another process',
        actor: testActor,
      });
      const res = await e.post('/v1/drafts', e.draft({ external_id: 'pol-1', body: 'Hi there, we are cheaper than Globex.' }));
      const body = (await res.json()) as Out;
      expect(body.status).toBe('blocked');
      const [row] = await e.deps.sql`select policy_version from drafts where id = ${body.id}`;
      expect(row!.policy_version).toBe(applied.version);
    } finally {
      await other.close();
    }
  });

  it('the book follows imports and rollbacks made by another process, on the next request', async () => {
    const body = 'Hi Jane, Zephyrine Quantum Dynamics saw the same results last quarter.';
    const kinds = async (id: string) => (((await (await e.post('/v1/drafts', e.draft({ external_id: id, template_id: 'tpl-book', body }))).json()) as { findings: Array<{ kind: string }> }).findings.map((f) => f.kind));
    expect(await kinds('book-0')).not.toContain('other_account');
    const other = createTestDeps(e.t);
    try {
      const imported = await applyImport(other.db, { accounts: [makeAccount({ id: 'ACC-ZQ', name: 'Zephyrine Quantum Dynamics', domain: 'zephyrine-qd.com' })], actor: testActor, source: 'test' });
      expect(imported.status).toBe('applied');
      expect(await kinds('book-1')).toContain('other_account');
      await rollbackImport(other.db, { id: imported.importId, actor: testActor });
      expect(await kinds('book-2')).not.toContain('other_account');
    } finally {
      await other.close();
    }
  });

  // A warmed process stores a small request in one statement, on the policy version, book stamp
  // and template history it remembers; that statement checks each of them (and that the recipient
  // is not suppressed and the draft is new), so what another process changed is seen at once.
  const warm = async (tpl: string, n = 2) => {
    for (let i = 0; i < n; i++) expect((await e.post('/v1/drafts', e.draft({ template_id: tpl, external_id: `${tpl}-warm-${i}` }))).status).toBe(201);
  };

  it('a warmed process sees a book imported by another process on the very next draft (the cached stamp is checked)', async () => {
    await warm('tpl-stamp');
    const other = createTestDeps(e.t);
    try {
      const [stamp0] = await e.deps.sql`select coalesce(max(id), 0) || '/' || count(*) as s from account_imports`;
      const imported = await applyImport(other.db, { accounts: [{ ...e.account, doNotContact: true }], actor: testActor, source: 'test' });
      expect(imported.status).toBe('applied');
      const [stamp1] = await e.deps.sql`select coalesce(max(id), 0) || '/' || count(*) as s from account_imports`;
      expect(stamp1!.s).not.toBe(stamp0!.s);
      const res = await e.post('/v1/drafts', e.draft({ template_id: 'tpl-stamp', external_id: 'stamp-1' }));
      const out = (await res.json()) as Out;
      expect(out.status).toBe('blocked');
      await rollbackImport(other.db, { id: imported.importId, actor: testActor });
      const again = (await (await e.post('/v1/drafts', e.draft({ template_id: 'tpl-stamp', external_id: 'stamp-2' }))).json()) as Out;
      expect(again.status).not.toBe('blocked');
    } finally {
      await other.close();
    }
  });

  it('a batch in a warmed process (scanned while its read runs) follows an import by another process, and replays its retry', async () => {
    await warm('tpl-bstamp');
    const body = 'Hi Jane, Quorvane Systems saw the same results last quarter.';
    const batch = (tag: string) => ({ drafts: Array.from({ length: 12 }, (_, i) => e.draft({ template_id: 'tpl-bstamp', external_id: `${tag}-${i}`, body })) });
    const kinds = async (tag: string) => {
      const res = await e.post('/v1/drafts/batch', batch(tag));
      const out = (await res.json()) as { created: number; replayed: number; results: Array<{ draft: { findings: Array<{ kind: string }> } }> };
      return { created: out.created, replayed: out.replayed, kinds: out.results.map((r) => r.draft.findings.some((f) => f.kind === 'other_account')) };
    };
    expect(await kinds('bst-0')).toEqual({ created: 12, replayed: 0, kinds: Array(12).fill(false) });
    const other = createTestDeps(e.t);
    try {
      const imported = await applyImport(other.db, { accounts: [makeAccount({ id: 'ACC-QV', name: 'Quorvane Systems', domain: 'quorvane.com' })], actor: testActor, source: 'test' });
      expect(await kinds('bst-1')).toEqual({ created: 12, replayed: 0, kinds: Array(12).fill(true) });
      await rollbackImport(other.db, { id: imported.importId, actor: testActor });
      expect(await kinds('bst-2')).toEqual({ created: 12, replayed: 0, kinds: Array(12).fill(false) });
      // The same batch again: every item is the original, nothing new is stored.
      const before = await e.count('drafts');
      expect((await kinds('bst-1')).replayed).toBe(12);
      expect(await e.count('drafts')).toBe(before);
    } finally {
      await other.close();
    }
  });

  it('a warmed process blocks a recipient suppressed by another process on the very next draft', async () => {
    await warm('tpl-supp');
    await e.deps.sql`insert into suppressions (value, kind, reason) values ('jane.supp@acme-analytics.com', 'address', 'unsubscribe')`;
    const res = await e.post('/v1/drafts', e.draft({ template_id: 'tpl-supp', external_id: 'supp-1', to: { email: 'Jane.Supp@acme-analytics.com', name: 'Jane' } }));
    const out = (await res.json()) as Out;
    expect(out.status).toBe('blocked');
    const [row] = await e.deps.sql`select tier, status from drafts where id = ${out.id}`;
    expect([row!.tier, row!.status]).toEqual(['blocked', 'blocked']);
  });

  it('a warmed process answers a retry by Idempotency-Key with the original, and a changed body with 422, reserving nothing', async () => {
    await warm('tpl-idem');
    const [before] = await e.deps.sql`select seen from templates where template_id = 'tpl-idem'`;
    const d = e.draft({ template_id: 'tpl-idem', external_id: 'idem-1' });
    const a = await e.post('/v1/drafts', d, { 'idempotency-key': 'k-idem-1' });
    const b = await e.post('/v1/drafts', d, { 'idempotency-key': 'k-idem-1' });
    const c = await e.post('/v1/drafts', { ...d, external_id: 'idem-2', subject: 'Another subject' }, { 'idempotency-key': 'k-idem-1' });
    expect([a.status, b.status, c.status]).toEqual([201, 200, 422]);
    expect(((await b.json()) as Out).id).toBe(((await a.json()) as Out).id);
    const [after] = await e.deps.sql`select seen from templates where template_id = 'tpl-idem'`;
    expect(after!.seen - before!.seen).toBe(1);
    expect(await e.deps.sql`select 1 from drafts where external_id = 'idem-2'`).toHaveLength(0);
  });

  it('an unknown workflow or account stores nothing and reserves no template slot', async () => {
    const before = await e.count('drafts');
    const a = await e.post('/v1/drafts', e.draft({ template_id: 'tpl-bad', workflow: 'nope' }));
    const b = await e.post('/v1/drafts', e.draft({ template_id: 'tpl-bad', account_id: 'ACC-missing' }));
    expect([a.status, b.status]).toEqual([422, 404]);
    expect(await e.count('drafts')).toBe(before);
    expect(await e.deps.sql`select 1 from templates where template_id = 'tpl-bad'`).toHaveLength(0);
  });
});
