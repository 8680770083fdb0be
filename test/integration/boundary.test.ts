/**
 * The gate's boundary (issue 11): every draft bound to its account, recipient and sender; no garbage
 * in. Each refusal is proven twice: the answer (a blocked draft, a problem+json 422) AND that
 * nothing was stored or sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { makeAccount, testActor } from '../helpers/fixtures.js';
import { importAccounts, importAccountsText } from '../../src/accounts/import.js';
import { resolveMapping } from '../../src/accounts/mapping.js';
import { isAppError } from '../../src/lib/errors.js';

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
  await importAccounts(e.deps.db, {
    accounts: [
      makeAccount({ id: 'DNC-1', name: 'Globex Corporation', domain: 'globex.com', doNotContact: true }),
      makeAccount({ id: 'STRAT-1', name: 'Stark Industries', domain: 'stark.com', domains: ['starkindustries.io'], strategic: true, valueUsd: 900_000 }),
    ],
    actor: testActor,
    source: 'test',
  });
});
afterAll(async () => e?.close());

const draftAudit = async () => Number((await e.deps.sql`select count(*)::int n from audit_log where action like 'draft.%'`)[0]!.n);

async function nothingStored<T>(fn: () => Promise<T>): Promise<T> {
  const [d0, a0, s0] = [await e.count('drafts'), await draftAudit(), await e.count('sends')];
  const out = await fn();
  expect(await e.count('drafts')).toBe(d0);
  expect(await draftAudit()).toBe(a0);
  expect(await e.count('sends')).toBe(s0);
  return out;
}

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { status: number; detail: string; errors?: Array<{ path: string; message: string }> };
}

type Out = { id: string; status: string; tier: string; findings: Array<{ kind: string; severity: string; field: string | null; excerpt: string }> };

async function neverSent(id: string) {
  const [row] = await e.deps.sql<Array<{ status: string }>>`select status from drafts where id = ${id}`;
  const [sends] = await e.deps.sql<Array<{ n: number }>>`select count(*)::int n from sends where draft_id = ${id}`;
  return { status: row!.status, sends: sends!.n };
}

describe('1. the recipient must belong to the account', () => {
  it('a draft filed under a small account but addressed to a do-not-contact account is blocked, never sent', async () => {
    const res = await e.post('/v1/drafts', e.draft({ to: { email: 'ceo@globex.com', name: 'Jane Doe' } }));
    expect(res.status).toBe(201);
    const out = (await res.json()) as Out;
    expect(out).toMatchObject({ status: 'blocked', tier: 'blocked' });
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'recipient_mismatch', severity: 'critical', field: 'to', excerpt: 'globex.com' })]));
    expect(await neverSent(out.id)).toEqual({ status: 'blocked', sends: 0 });
    // The reviewer-side reason names the other account and its flag.
    const [row] = await e.deps.sql<Array<{ tier_reasons: string[] }>>`select tier_reasons from drafts where id = ${out.id}`;
    expect(row!.tier_reasons.join(' ')).toMatch(/Globex Corporation \(do-not-contact\)/);
  });

  it('a recipient at a strategic account\'s second domain (a subdomain of it) is blocked', async () => {
    const res = await e.post('/v1/drafts', e.draft({ to: { email: 'tony@labs.starkindustries.io', name: 'Jane Doe' } }));
    const out = (await res.json()) as Out;
    expect(out).toMatchObject({ status: 'blocked' });
    expect(await neverSent(out.id)).toEqual({ status: 'blocked', sends: 0 });
  });

  it('an unknown domain (personal mailbox, typo) goes to a person, never straight out', async () => {
    for (const email of ['jane.doe@gmail.com', 'jane@acme-analytcs.com']) {
      const out = (await (await e.post('/v1/drafts', e.draft({ to: { email, name: 'Jane Doe' } }))).json()) as Out;
      expect(out.status).toBe('pending_review');
      expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'recipient_mismatch', severity: 'warn' })]));
      expect((await neverSent(out.id)).sends).toBe(0);
    }
  });

  it('the account\'s own domain and its subdomains raise no recipient finding', async () => {
    const out = (await (await e.post('/v1/drafts', e.draft({ to: { email: 'jane@eu.acme-analytics.com', name: 'Jane Doe' } }))).json()) as Out;
    expect(out.findings.filter((f) => f.kind === 'recipient_mismatch')).toEqual([]);
  });

  it('a suppressed parent domain suppresses its subdomains', async () => {
    await e.deps.sql`insert into suppressions (value, kind, reason) values ('acme-analytics.com', 'domain', 'manual')`;
    try {
      const out = (await (await e.post('/v1/drafts', e.draft({ to: { email: 'jane@mail.acme-analytics.com', name: 'Jane Doe' } }))).json()) as Out;
      expect(out).toMatchObject({ status: 'blocked' });
      expect(await neverSent(out.id)).toEqual({ status: 'blocked', sends: 0 });
    } finally {
      await e.deps.sql`delete from suppressions where value = 'acme-analytics.com'`;
    }
  });
});

describe('3. no garbage in', () => {
  it.each([
    ['empty subject', { subject: '' }, 'subject'],
    ['whitespace subject', { subject: '   \t ' }, 'subject'],
    ['whitespace body', { body: ' \n\n \u200b\u00a0 ' }, 'body'],
    ['NUL in body', { body: 'Hi Jane,\u0000 call?' }, 'body'],
    ['NUL in subject', { subject: 'Hi\u0000' }, 'subject'],
    ['ESC in body', { body: 'Hi \u001b[31mJane' }, 'body'],
    ['lone surrogate in body', { body: 'Hi \ud800 Jane' }, 'body'],
    ['lone low surrogate in name', { to: { email: 'jane@acme-analytics.com', name: 'Ja\udc00ne' } }, 'to.name'],
    ['NUL in external_id', { external_id: 'x\u0000y' }, 'external_id'],
    ['NUL in a data source', { data_sources: ['crm', 'a\u0000'] }, 'data_sources[1]'],
    ['CR/LF in subject (header injection)', { subject: 'Hi\r\nBcc: all@x.com' }, 'subject'],
  ])('%s → 422 naming the field, nothing stored', async (_what, over, path) => {
    const p = await nothingStored(async () => problem(await e.post('/v1/drafts', e.draft(over)), 422));
    expect(p.errors!.map((x) => x.path)).toContain(path);
  });

  it('a NUL in one batch item fails that item only; the valid items are stored', async () => {
    const good = e.draft();
    const before = await e.count('drafts');
    const res = await e.post('/v1/drafts/batch', { drafts: [e.draft({ body: 'bad\u0000' }), good, e.draft({ subject: ' ' })] });
    expect(res.status).toBeLessThan(300);
    const out = (await res.json()) as { results: Array<{ ok: boolean; status?: number; errors?: Array<{ path: string }> }> };
    expect(out.results.map((r) => r.ok)).toEqual([false, true, false]);
    expect(out.results[0]!.status).toBe(422);
    expect(await e.count('drafts')).toBe(before + 1);
    const [row] = await e.deps.sql<Array<{ n: number }>>`select count(*)::int n from drafts where external_id = ${good.external_id as string}`;
    expect(row!.n).toBe(1);
  });
});

describe('6. books as CRMs export them', () => {
  it('a Salesforce export imports with --preset salesforce; a bad boolean imports nothing', async () => {
    const m = resolveMapping({ preset: 'salesforce' });
    if (m === null || !m.ok) throw new Error('preset');
    const csv = 'Account ID,Account Name,Website,Annual Revenue,Strategic Account,Do Not Contact,Named Opportunity,Industry\n' +
      'SF-1,Initrode,https://www.initrode.com,"40,000",FALSE,no,false,Software\nSF-2,Vandelay,vandelay.com,1000,Yes,TRUE,,Import/Export\n';
    const r = await importAccountsText(e.deps.db, { text: csv, format: 'csv', actor: testActor, source: 'sf.csv', mapping: m.mapping });
    expect(r).toMatchObject({ inserted: 2, columns: { custom: ['Industry'] } });
    const rows = await e.deps.sql<Array<{ id: string; strategic: boolean; do_not_contact: boolean; named_opportunity: string | null; domain: string }>>`select id, strategic, do_not_contact, named_opportunity, domain from accounts where id in ('SF-1','SF-2') order by id`;
    expect(rows.map((x) => ({ ...x }))).toEqual([
      { id: 'SF-1', strategic: false, do_not_contact: false, named_opportunity: null, domain: 'initrode.com' },
      { id: 'SF-2', strategic: true, do_not_contact: true, named_opportunity: null, domain: 'vandelay.com' },
    ]);

    const before = await e.count('accounts');
    const audits = Number((await e.deps.sql`select count(*)::int n from audit_log where action = 'accounts.imported'`)[0]!.n);
    const bad = 'Account ID,Account Name,Website,Do Not Contact\nSF-3,Kramerica,kramerica.com,maybe\n';
    const err = await importAccountsText(e.deps.db, { text: bad, format: 'csv', actor: testActor, source: 'bad.csv', mapping: m.mapping }).catch((x: unknown) => x);
    expect(isAppError(err) && err.code).toBe('UNPROCESSABLE');
    expect(JSON.stringify((err as { extra: unknown }).extra)).toMatch(/do_not_contact.*maybe/);
    expect(await e.count('accounts')).toBe(before);
    expect(Number((await e.deps.sql`select count(*)::int n from audit_log where action = 'accounts.imported'`)[0]!.n)).toBe(audits);
  });

  it('POST /v1/accounts/import?preset=hubspot reads a HubSpot export; an unknown preset is a 422 that imports nothing', async () => {
    const admin = await e.token(['accounts:write']);
    const csv = 'Record ID,Company name,Company Domain Name,Additional Domains,Target Account,Industry\nHS-1,Hooli,hooli.com,hooli.io;hooli.xyz,Yes,Tech\n';
    const res = await e.app.request('/v1/accounts/import?preset=hubspot', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` }, body: csv });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 1, columns: { custom: ['Industry'] } });
    const [row] = await e.deps.sql<Array<{ domains: string[]; strategic: boolean }>>`select domains, strategic from accounts where id = 'HS-1'`;
    expect({ ...row }).toEqual({ domains: ['hooli.io', 'hooli.xyz'], strategic: true });
    const before = await e.count('accounts');
    const bad = await e.app.request('/v1/accounts/import?preset=sugarcrm', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` }, body: csv.replace('HS-1', 'HS-2') });
    await problem(bad, 422);
    expect(await e.count('accounts')).toBe(before);
  });

  it('POST /v1/accounts/import without ?preset reads a Dynamics export recognized from its header, and says so; an ambiguous header is a 422 that imports nothing', async () => {
    const admin = await e.token(['accounts:write']);
    const csv = '(Do Not Modify) Account,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Account Name,Main Phone,Website,Owner,Do not allow Emails,Industry\n' +
      'b1d3c0de-0000-4000-8000-000000000001,xyz==,2026-11-02T10:00:00Z,Fabrikam,+1 555 0100,https://www.fabrikam.com,Sam Rep,Do Not Allow,Retail\n';
    const res = await e.app.request('/v1/accounts/import', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` }, body: csv });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 1, columns: { preset: { name: 'dynamics' }, custom: ['Industry'], ignored: ['(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Main Phone'] } });
    const [row] = await e.deps.sql<Array<{ domain: string; do_not_contact: boolean }>>`select domain, do_not_contact from accounts where id = 'b1d3c0de-0000-4000-8000-000000000001'`;
    expect({ ...row }).toEqual({ domain: 'fabrikam.com', do_not_contact: true });
    const before = await e.count('accounts');
    const ambiguous = 'Account ID,Account Number,Account Name,Website,Type,Relationship Type\nX-1,N-1,Xenon,xenon.com,Customer,Partner\n';
    const bad = await e.app.request('/v1/accounts/import', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` }, body: ambiguous });
    expect(JSON.stringify(await problem(bad, 422))).toMatch(/salesforce or a dynamics export: choose with --preset/);
    expect(await e.count('accounts')).toBe(before);
  });

  it('POST /v1/accounts/import reads a Windows-1252 body (Excel "CSV" on Windows) and says so; a declared charset is honoured; an unknown one is a 415 that imports nothing', async () => {
    const admin = await e.token(['accounts:write']);
    const send = (body: Uint8Array, type = 'text/csv') => e.app.request('/v1/accounts/import', { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${admin}` }, body });
    const res = await send(Buffer.from('id,name,domain\nENC-1,Société Générale,socgen.example\n', 'latin1'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 1, encoding: 'windows-1252' });
    const utf16 = await send(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tname\tdomain\nENC-2\tMünchner Bäckerei\tmuenchner-baeckerei.example\n', 'utf16le')]));
    expect(await utf16.json()).toMatchObject({ inserted: 1, encoding: 'utf-16le' });
    const declared = await send(Buffer.from('id,name,domain\nENC-3,Citroën,citroen.example\n', 'latin1'), 'text/csv; charset=ISO-8859-1');
    expect(await declared.json()).toMatchObject({ inserted: 1, encoding: 'windows-1252' });
    const rows = await e.deps.sql<Array<{ id: string; name: string }>>`select id, name from accounts where id like 'ENC-%' order by id`;
    expect(rows.map((r) => ({ ...r }))).toEqual([{ id: 'ENC-1', name: 'Société Générale' }, { id: 'ENC-2', name: 'Münchner Bäckerei' }, { id: 'ENC-3', name: 'Citroën' }]);
    const plain = await (await send(Buffer.from('id,name,domain\nENC-4,Plain,plain.example\n'))).json();
    expect(plain).not.toHaveProperty('encoding');
    const before = await e.count('accounts');
    const bad = await send(Buffer.from('id,name,domain\nENC-5,Nope,nope.example\n'), 'text/csv; charset=klingon-8');
    expect(JSON.stringify(await problem(bad, 415))).toMatch(/unknown charset \\"klingon-8\\"/);
    expect(await e.count('accounts')).toBe(before);
  });

  it('an account\'s second domain from the domains column binds recipients there to it', async () => {
    await importAccountsText(e.deps.db, { text: 'id,name,domain,domains\nTWO-1,Two Domains Co,twodomains.com,"twodomains.io|twodomains.de"\n', format: 'csv', actor: testActor, source: 't.csv' });
    const [row] = await e.deps.sql<Array<{ domains: string[] }>>`select domains from accounts where id = 'TWO-1'`;
    expect(row!.domains).toEqual(['twodomains.io', 'twodomains.de']);
    // Filed under ACC-1 but addressed to TWO-1's second domain: blocked.
    const out = (await (await e.post('/v1/drafts', e.draft({ to: { email: 'jane@twodomains.de', name: 'Jane Doe' } }))).json()) as Out;
    expect(out.status).toBe('blocked');
  });
});
