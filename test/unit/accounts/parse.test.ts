import { describe, expect, it } from 'vitest';
import { parseAccountsCsv, parseAccountsJson, ACCOUNT_CSV_HEADER } from '../../../src/accounts/parse.js';
import { generateSampleBook, sampleBookCsv } from '../../../src/accounts/sample-book.js';

const H = ACCOUNT_CSV_HEADER.join(',');

describe('accounts CSV', () => {
  it('parses the DESIGN §5 header, lists, money, percentages, dates and custom columns', () => {
    const csv = `${H},region,tier_code\nA1,Acme Analytics,https://www.Acme-Analytics.com/,Acme|AA,"120,000",enterprise,yes,Renewal 2027,U0123ABC,rep@x.com,no,"$48,000",22%,2027-03-31,"Champion left, budget at risk",,Raised Series B|Opened Berlin office,EMEA,gold\n`;
    const r = parseAccountsCsv(csv, { sensitiveFields: ['tier_code'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.accounts[0]!;
    expect(a).toMatchObject({
      id: 'A1',
      domain: 'acme-analytics.com',
      aliases: ['Acme', 'AA'],
      valueUsd: 120000,
      strategic: true,
      namedOpportunity: 'Renewal 2027',
      doNotContact: false,
      facts: ['Raised Series B', 'Opened Berlin office'],
      custom: { region: 'EMEA' },
    });
    expect(a.sensitive).toEqual({ contract_value: '48000', discount_pct: '22', renewal_date: '2027-03-31', deal_risk_notes: 'Champion left, budget at risk', tier_code: 'gold' });
  });

  it('reports every bad row with its physical line number (quoted newlines counted) and imports nothing', () => {
    const csv = `${H}\nA1,Good,good.com,,1,,,,,,,,,,,,\nA2,"Two\nLines",two.com,,2,,,,,,,,,,,,\nA3,Bad,not a domain,,-5,,maybe,,,,,,,2027-02-30,,,\nA1,Dup,dup.com,,1,,,,,,,,,,,,\n`;
    const r = parseAccountsCsv(csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.id])).toEqual([
      [5, 'A3'],
      [6, 'A1'],
    ]);
    expect(r.errors[0]!.reason).toMatch(/domain/);
    expect(r.errors[0]!.reason).toMatch(/value_usd/);
    expect(r.errors[0]!.reason).toMatch(/strategic/);
    expect(r.errors[0]!.reason).toMatch(/renewal_date/);
    expect(r.errors[1]!.reason).toMatch(/duplicate id "A1" \(first on line 2\)/);
  });

  it('refuses a header without id/name/domain and ragged rows', () => {
    expect(parseAccountsCsv('name,domain\nX,x.com\n')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    const ragged = parseAccountsCsv(`${H}\nA1,Good,good.com\n`);
    expect(ragged.ok).toBe(false);
  });

  it('round-trips the generated 4,000-account sample book', () => {
    const book = generateSampleBook(4000);
    const r = parseAccountsCsv(sampleBookCsv(book));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.accounts).toEqual(book.map((a) => ({ ...a, sensitive: Object.fromEntries(Object.entries(a.sensitive).map(([k, v]) => [k, k === 'contract_value' || k === 'discount_pct' ? String(Number(v)) : v])) })));
  });
});

describe('accounts JSON', () => {
  it('accepts an array or {accounts:[…]} and numbers items from 1', () => {
    expect(parseAccountsJson(JSON.stringify([{ id: 1, name: 'X', domain: 'x.com', facts: ['a'] }]))).toMatchObject({ ok: true, accounts: [{ id: '1', facts: ['a'] }] });
    const bad = parseAccountsJson(JSON.stringify({ accounts: [{ id: 'ok', name: 'Ok', domain: 'ok.com' }, { id: 'b', name: '', domain: 'b.com' }] }));
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 2, id: 'b' }] });
    expect(parseAccountsJson('{oops')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });
});
