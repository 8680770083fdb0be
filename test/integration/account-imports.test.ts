/**
 * Bulk writes can be undone: every import is snapshotted, listed and shown as a diff; rollback
 * restores it in one audited transaction; a risky import (too large a share of the book, or a
 * do-not-contact flag lifted) is staged — 202 over REST, nothing changed — until an owner confirms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { makeAccount, testActor } from '../helpers/fixtures.js';
import { importAccounts } from '../../src/accounts/import.js';
import { confirmImport, diffImport, discardImport, listImports, rollbackImport, showImport, stagingReason, toStored } from '../../src/accounts/snapshots.js';
import { accountImports, accounts, auditLog } from '../../src/db/schema.js';
import { sampleBookCsv } from '../../src/accounts/sample-book.js';
import type { Account } from '../../src/detect/types.js';

let env: IntakeEnv;
let book: Account[];
const safety = { share: 0.1, doNotContactLifted: true };

beforeAll(async () => {
  env = await setupIntake();
  book = Array.from({ length: 20 }, (_, i) => makeAccount({ id: `B-${String(i).padStart(2, '0')}`, valueUsd: 1000 * (i + 1), doNotContact: i === 19 }));
  await importAccounts(env.deps.db, { accounts: book, actor: testActor, source: 'seed' });
});
afterAll(async () => {
  await env.close();
});

const db = () => env.deps.db;
const account = async (id: string) => (await db().select().from(accounts).where(eq(accounts.id, id)))[0];

describe('import snapshots', () => {
  it('history, show and rollback of an applied import', async () => {
    const changed = { ...book[0]!, valueUsd: 999_999, strategic: true };
    const added = makeAccount({ id: 'B-NEW' });
    const r = await importAccounts(db(), { accounts: [changed, added], actor: testActor, source: 'update.csv', safety });
    expect(r.staged).toBeUndefined();
    expect(r).toMatchObject({ inserted: 1, updated: 1, summary: { added: 1, changed: 1, removed: 0, strategicOn: ['B-00'], fieldsChanged: { valueUsd: 1, strategic: 1 } } });

    const history = await listImports(db());
    expect(history[0]).toMatchObject({ id: r.importId, status: 'applied', summary: { added: 1, changed: 1 } });
    const detail = await showImport(db(), r.importId!);
    expect(detail.changes).toEqual(
      expect.arrayContaining([
        { id: 'B-NEW', kind: 'added', fields: [] },
        { id: 'B-00', kind: 'changed', fields: expect.arrayContaining([{ field: 'valueUsd', before: 1000, after: 999_999 }, { field: 'strategic', before: false, after: true }]) },
      ]),
    );

    const rb = await rollbackImport(db(), { id: r.importId!, actor: testActor });
    expect(rb).toEqual({ importId: r.importId, restored: 1, deleted: 1 });
    expect(await account('B-00')).toMatchObject({ valueUsd: 1000, strategic: false });
    expect(await account('B-NEW')).toBeUndefined();
    const [row] = await db().select().from(accountImports).where(eq(accountImports.id, r.importId!));
    expect(row!.status).toBe('rolled_back');
    const audit = await db().select().from(auditLog).where(eq(auditLog.subject, `import:${r.importId}`));
    expect(audit.map((a) => a.action)).toEqual(['accounts.import_rolled_back']);
    // Once is enough.
    await expect(rollbackImport(db(), { id: r.importId!, actor: testActor })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a rollback under a later import of the same accounts is refused and changes nothing', async () => {
    const first = await importAccounts(db(), { accounts: [{ ...book[1]!, segment: 'enterprise' }], actor: testActor, source: 'a', safety });
    const second = await importAccounts(db(), { accounts: [{ ...book[1]!, segment: 'smb' }], actor: testActor, source: 'b', safety });
    await expect(rollbackImport(db(), { id: first.importId!, actor: testActor })).rejects.toThrow(`import ${second.importId}, applied later, changed 1 of the same accounts; roll it back first`);
    expect((await account('B-01'))!.segment).toBe('smb');
    await rollbackImport(db(), { id: second.importId!, actor: testActor });
    await rollbackImport(db(), { id: first.importId!, actor: testActor });
    expect((await account('B-01'))!.segment).toBe(book[1]!.segment);
  });
});

describe('risky imports wait for an owner', () => {
  it('changing more than the policy share of the book: REST answers 202 with the staged id and nothing changes; confirm applies it', async () => {
    const token = await env.token(['accounts:write']);
    const rows = book.slice(2, 7).map((a) => ({ ...a, valueUsd: a.valueUsd + 1 })); // 5 of 21 accounts: 24% > 10%
    const res = await env.post('/v1/accounts/import', sampleBookCsv(rows), { 'content-type': 'text/csv' }, token);
    expect(res.status).toBe(202);
    const body = (await res.json()) as { staged: number; reason: string };
    expect(body.reason).toMatch(/^it changes 5 of 2\d accounts \(2\d\.\d% > 10% allowed unconfirmed\)$/);
    expect((await account('B-02'))!.valueUsd).toBe(book[2]!.valueUsd);
    const [staged] = await db().select().from(accountImports).where(eq(accountImports.id, body.staged));
    expect(staged!.status).toBe('staged');

    const c = await confirmImport(db(), { id: body.staged, actor: testActor });
    expect(c.updated).toBe(5);
    expect((await account('B-02'))!.valueUsd).toBe(book[2]!.valueUsd + 1);
    await expect(confirmImport(db(), { id: body.staged, actor: testActor })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('lifting one do-not-contact flag is staged; discard drops it', async () => {
    const r = await importAccounts(db(), { accounts: [{ ...book[19]!, doNotContact: false }], actor: testActor, source: 'crm', safety });
    expect(r.staged?.reason).toBe('it turns do-not-contact off for 1 account(s)');
    expect((await account('B-19'))!.doNotContact).toBe(true);
    expect((await listImports(db()))[0]!.summary.doNotContactLifted).toEqual(['B-19']);
    await discardImport(db(), { id: r.importId!, actor: testActor });
    expect((await account('B-19'))!.doNotContact).toBe(true);
    const [row] = await db().select().from(accountImports).where(eq(accountImports.id, r.importId!));
    expect(row!.status).toBe('discarded');
  });

  it('the first import into an empty book is never staged (new accounts do not count)', () => {
    const s = diffImport(new Map(), book.map(toStored), 0);
    expect(s).toMatchObject({ added: 20, changed: 0, shareChanged: 0 });
    expect(stagingReason(s, safety)).toBeNull();
  });

  it('a bad file stages nothing and records nothing', async () => {
    const before = (await db().select().from(accountImports)).length;
    const res = await env.post('/v1/accounts/import', 'id,name\n,', { 'content-type': 'text/csv' }, await env.token(['accounts:write']));
    expect(res.status).toBe(422);
    expect((await db().select().from(accountImports)).length).toBe(before);
    expect((await db().select().from(accounts).where(inArray(accounts.id, ['']))).length).toBe(0);
  });
});
