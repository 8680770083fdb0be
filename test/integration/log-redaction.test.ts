/**
 * Logs never carry a draft's subject or body, a CRM value or a token (promise 9). Every request
 * below fails on purpose, one of them deep inside a database insert (the driver's error carries
 * the whole row); the captured log lines must contain none of the planted values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config-schema.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { createLogger } from '../../src/lib/logger.js';
import { createHttpApp } from '../../src/http/app.js';
import { ensureActivePolicy } from '../../src/policy-store/store.js';
import { importAccounts, importAccountsText } from '../../src/accounts/import.js';
import { createToken } from '../../src/tokens/tokens.js';
import { createTestDb, redisUrl, uniquePrefix, type TestDb } from '../helpers/db.js';
import { makeAccount, makeDraft, testActor } from '../helpers/fixtures.js';

const PLANTED = {
  subject: 'PLANTEDSUBJECT7781',
  body: 'PLANTEDBODY9931 the contract is PLANTEDVALUE5521',
  name: 'PLANTEDNAME4410',
  crmNote: 'PLANTEDCRMNOTE6612 champion is leaving',
  crmValue: '731977',
  badToken: 'dg_PLANTEDTOKENabcdefghijklmnopqrstuv',
};

let t: TestDb;
let deps: Deps;
let app: ReturnType<typeof createHttpApp>;
let secret: string;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestDb();
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace', DATABASE_URL: t.url, DATABASE_POOL_MAX: '5', REDIS_URL: redisUrl(), REDIS_PREFIX: uniquePrefix() });
  const sink = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  deps = createDeps(config, { log: createLogger('trace', {}, sink), appName: 'draftgate-test' });
  await ensureActivePolicy(deps.db, testActor);
  await importAccounts(deps.db, {
    accounts: [makeAccount({ id: 'ACC-L', name: 'Lumen Data', domain: 'lumen.example', sensitive: { contract_value: PLANTED.crmValue, private_notes: PLANTED.crmNote } })],
    actor: testActor,
    source: 'test',
  });
  secret = (await createToken(deps.db, { name: 'cowork', scopes: ['drafts:write', 'drafts:read', 'accounts:read', 'accounts:write'] }, testActor)).secret;
  app = createHttpApp(deps);
});
afterAll(async () => {
  await deps?.close();
  await t?.drop();
});

const post = (path: string, body: unknown, auth = secret, type = 'application/json') =>
  app.request(path, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${auth}` }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('log redaction', () => {
  it('no planted value reaches the logs after failing requests', async () => {
    const draft = { ...makeDraft(makeAccount({ id: 'ACC-L', domain: 'lumen.example' }), { workflow: 'intro', template_id: 'tpl-l' }), subject: PLANTED.subject, body: PLANTED.body, to: { email: 'jane@lumen.example', name: PLANTED.name } };

    // 401 with a planted token; 422s full of planted text; a batch with a bad item.
    expect((await post('/v1/drafts', draft, PLANTED.badToken)).status).toBe(401);
    expect((await post('/v1/drafts', { ...draft, body: `${PLANTED.body}\u0000` })).status).toBe(422);
    expect((await post('/v1/drafts', { ...draft, extra: PLANTED.body })).status).toBe(422);
    expect((await post('/v1/drafts/batch', { drafts: [{ ...draft, subject: '' }, { ...draft, from: PLANTED.body }] })).status).toBeLessThan(500);
    // An import that fails, carrying CRM values.
    const csv = `id,name,domain,private_notes,do_not_contact\nX-1,Planted,planted.example,${PLANTED.crmNote},perhaps ${PLANTED.crmValue}\n`;
    expect((await post('/v1/accounts/import', csv, secret, 'text/csv')).status).toBe(422);
    await importAccountsText(deps.db, { text: csv, format: 'csv', actor: testActor, source: 'x.csv' }).catch(() => undefined);

    // A failure inside the insert: the driver's error holds every parameter of the row.
    await deps.sql.unsafe(`create function fail_insert() returns trigger language plpgsql as $$ begin raise exception 'insert refused by test'; end $$`);
    await deps.sql.unsafe(`create trigger fail_insert before insert on drafts for each row execute function fail_insert()`);
    const res = await post('/v1/drafts', draft);
    expect(res.status).toBe(500);
    const problem = await res.text();
    for (const v of Object.values(PLANTED)) expect(problem).not.toContain(v);
    await deps.sql.unsafe(`drop trigger fail_insert on drafts`);

    const log = lines.join('');
    expect(log).toMatch(/unhandled error/); // the failure was logged…
    for (const v of [...Object.values(PLANTED), secret]) expect(log).not.toContain(v); // …without any planted value
  });
});
