import { describe, expect, it } from 'vitest';
import { importAccountsText } from '../../src/accounts/import.js';
import { ACCOUNT_CSV_HEADER } from '../../src/accounts/parse.js';
import { AppError } from '../../src/lib/errors.js';
import { testActor } from '../helpers/fixtures.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv({ deps: false });

const H = ACCOUNT_CSV_HEADER.join(',');
const count = async (table: string) => Number((await env.t.sql.unsafe(`select count(*)::int n from ${table}`))[0]!.n);

describe('import accounts', () => {
  it('upserts by id in one transaction and audits once', async () => {
    const csv = `${H}\nA1,Acme,acme.com,,100,,,,,,,,,,,,\nA2,Beta,beta.com,,200,,,,,,,,,,,,\n`;
    const r1 = await importAccountsText(env.t.db, { text: csv, format: 'csv', actor: testActor, source: 'a.csv' });
    expect(r1).toMatchObject({ inserted: 2, updated: 0 });
    const r2 = await importAccountsText(env.t.db, { text: `${H}\nA1,Acme Corp,acme.com,,150,,,,,,,,,,,,\nA3,Gamma,gamma.com,,1,,,,,,,,,,,,\n`, format: 'csv', actor: testActor, source: 'b.csv' });
    expect(r2).toMatchObject({ inserted: 1, updated: 1 });
    const [a1] = await env.t.sql`select name, value_usd from accounts where id = 'A1'`;
    expect(a1).toMatchObject({ name: 'Acme Corp', value_usd: 150 });
    const audits = await env.t.sql`select data from audit_log where action = 'accounts.imported' order by id`;
    expect(audits).toHaveLength(2);
    expect(audits[1]!.data).toMatchObject({ inserted: 1, updated: 1, source: 'b.csv' });
  });

  it('a file with one bad row imports nothing and reports that row', async () => {
    const before = { accounts: await count('accounts'), audit: await count('audit_log') };
    const rows = Array.from({ length: 50 }, (_, i) => `B${i},Co ${i},co${i}.com,,${i},,,,,,,,,,,,`);
    rows.splice(30, 0, 'BAD,Bad Co,bad domain!,,10,,,,,,,,,,,,');
    try {
      await importAccountsText(env.t.db, { text: `${H}\n${rows.join('\n')}\n`, format: 'csv', actor: testActor, source: 'bad.csv' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.code).toBe('UNPROCESSABLE');
      expect(err.extra.errors).toEqual([{ path: 'line 32 (id BAD)', message: expect.stringMatching(/domain/) }]);
    }
    expect(await count('accounts')).toBe(before.accounts);
    expect(await count('audit_log')).toBe(before.audit);
  });
});
