import { describe, expect, it } from 'vitest';
import { parseAccountsCsv, parseAccountsJson, ACCOUNT_CSV_HEADER, UNNAMED_OPPORTUNITY, describeColumns } from '../../../src/accounts/parse.js';
import { loadPreset, parseMapping, resolveMapping } from '../../../src/accounts/mapping.js';

const H = ACCOUNT_CSV_HEADER.join(',');
const row = (over: Record<string, string>) => ACCOUNT_CSV_HEADER.map((c) => over[c] ?? '').map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');

describe('books as CRMs export them', () => {
  it.each([
    ['true', true], ['TRUE', true], ['True', true], ['yes', true], ['Yes', true], ['y', true], ['Y', true], ['1', true],
    ['false', false], ['FALSE', false], ['no', false], ['No', false], ['n', false], ['0', false], ['', false], [' yes ', true],
    // Exports written in another language.
    ['ja', true], ['Nein', false], ['oui', true], ['non', false], ['sí', true], ['sim', true], ['não', false], ['tak', true], ['nie', false],
  ])('boolean %j → %s', (word, want) => {
    const r = parseAccountsCsv(`${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', strategic: word, do_not_contact: word })}\n`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.accounts[0]).toMatchObject({ strategic: want, doNotContact: want });
  });

  it('refuses a boolean it cannot read, naming the column and the value', () => {
    const r = parseAccountsCsv(`${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', do_not_contact: 'maybe' })}\n`);
    expect(r).toMatchObject({ ok: false, errors: [{ line: 2, id: 'A' }] });
    if (!r.ok) expect(r.errors[0]!.reason).toMatch(/do_not_contact.*"maybe"/);
  });

  it.each([
    ['false', null], ['FALSE', null], ['no', null], ['0', null], ['', null], ['none', null], ['N/A', null],
    ['true', UNNAMED_OPPORTUNITY], ['yes', UNNAMED_OPPORTUNITY], ['1', UNNAMED_OPPORTUNITY],
    ['Acme renewal 2027', 'Acme renewal 2027'],
  ])('named_opportunity %j → %j (false is never an open opportunity)', (word, want) => {
    const r = parseAccountsCsv(`${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', named_opportunity: word })}\n`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.accounts[0]!.namedOpportunity).toBe(want);
  });

  it('reads more domains from a domains column (| ; , separated) or a JSON array; subdomain-free, deduplicated', () => {
    const csv = `${H},domains\n${row({ id: 'A', name: 'A', domain: 'https://www.a.com/' })},"a.io|A.co.uk; a.com"\n`;
    const r = parseAccountsCsv(csv);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.accounts[0]).toMatchObject({ domain: 'a.com', domains: ['a.io', 'a.co.uk'] });
    const j = parseAccountsJson(JSON.stringify([{ id: 1, name: 'B', domain: 'b.com', domains: ['b.io', 'www.b.de'], strategic: 'yes', named_opportunity: false }]));
    expect(j).toMatchObject({ ok: true, accounts: [{ domain: 'b.com', domains: ['b.io', 'b.de'], strategic: true, namedOpportunity: null }] });
    const bad = parseAccountsJson(JSON.stringify([{ id: 1, name: 'B', domain: 'b.com', domains: ['not a domain!'] }]));
    expect(bad.ok).toBe(false);
  });

  it('reports columns that are none of ours instead of dropping them; suspects named, never silently sensitive', () => {
    const csv = `${H},region,Recent Deal Amount,tier_code\n${row({ id: 'A', name: 'A', domain: 'a.com' })},EMEA,"$90,000",gold\n`;
    const r = parseAccountsCsv(csv, { sensitiveFields: ['tier_code'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.columns).toMatchObject({ custom: ['region', 'Recent Deal Amount'], sensitive: ['tier_code'], suspect: ['Recent Deal Amount'], ignored: [] });
    expect(r.accounts[0]!.custom).toEqual({ region: 'EMEA', 'Recent Deal Amount': '$90,000' });
    expect(r.accounts[0]!.sensitive).toEqual({ tier_code: 'gold' });
    expect(describeColumns(r.columns).join('\n')).toMatch(/Recent Deal Amount/);
  });
});

describe('mappings and presets', () => {
  const SF = [
    'Account ID,Account Name,Account Owner,Type,Industry,Website,Phone,Billing City,Billing Country,Annual Revenue,Strategic Account,Do Not Contact,Named Opportunity,Description',
    '001A000001,Acme Analytics,Jane Rep,Customer - Direct,Software,https://www.acme.com,+1 555 0100,Austin,USA,"1,200,000",TRUE,FALSE,Acme expansion,Analytics vendor',
    '001A000002,Globex,jane@seller.example,Prospect,Energy,globex.com,,,,"250000",false,1,false,',
  ].join('\n');

  it('--preset salesforce reads the standard account export', () => {
    const p = loadPreset('salesforce');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const r = parseAccountsCsv(SF, { mapping: p.mapping });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.accounts[0]).toMatchObject({
      id: '001A000001', name: 'Acme Analytics', domain: 'acme.com', valueUsd: 1_200_000, segment: 'Customer - Direct',
      strategic: true, doNotContact: false, namedOpportunity: 'Acme expansion', ownerEmail: null,
      custom: { owner_name: 'Jane Rep', Industry: 'Software', Description: 'Analytics vendor' },
    });
    expect(r.accounts[1]).toMatchObject({ id: '001A000002', doNotContact: true, namedOpportunity: null, ownerEmail: 'jane@seller.example' });
    expect(r.columns.ignored).toEqual(['Phone', 'Billing City', 'Billing Country']);
    expect(r.columns.custom).toEqual(['Industry', 'Description']);
  });

  it('without a mapping, a Salesforce header is recognized and read as --preset salesforce reads it, and the report says so', () => {
    const p = loadPreset('salesforce');
    if (!p.ok) throw new Error(p.error);
    const r = parseAccountsCsv(SF);
    const withPreset = parseAccountsCsv(SF, { mapping: p.mapping });
    expect(r.ok && withPreset.ok).toBe(true);
    if (!r.ok || !withPreset.ok) return;
    expect(r.accounts).toEqual(withPreset.accounts);
    expect(r.columns.preset).toEqual({ name: 'salesforce', description: 'Salesforce standard account export' });
    expect(withPreset.columns.preset).toBeUndefined();
    expect(describeColumns(r.columns)[0]).toMatch(/^read as a Salesforce standard account export \(preset salesforce\), recognized from its header/);
  });

  it.each([
    ['dynamics',
      '(Do Not Modify) Account,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Account Name,Main Phone,"Address 1: City",Primary Contact,Email,Website,Owner,Relationship Type,Annual Revenue,Do not allow Emails,Do not allow Bulk Emails,Industry\n' +
      '2a6f1c3e-1111-4b2a-9c3d-1234567890ab,abc==,2026-11-02T10:00:00Z,Contoso Ltd,+1 555 0100,Redmond,Jane Doe,info@contoso-mail.com,https://www.contoso.com,Sam Rep,Customer,"$1,200,000.00",Allow,Do Not Allow,Software\n',
      { id: '2a6f1c3e-1111-4b2a-9c3d-1234567890ab', name: 'Contoso Ltd', domain: 'contoso.com', domains: ['contoso-mail.com'], valueUsd: 1_200_000, segment: 'Customer', doNotContact: true, custom: { owner_name: 'Sam Rep', Industry: 'Software' } },
      ['(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Main Phone', 'Address 1: City', 'Primary Contact']],
    ['zoho',
      'Record Id,Account Owner,Account Name,Account Site,Parent Account,Account Number,Account Type,Industry,Annual Revenue,Phone,Website,Billing City,Created Time\n' +
      'zcrm_4150868000000224005,sam@seller.example,Zylker Inc,HQ,,A-100,Customer,Manufacturing,250000,555,www.zylker.com,Austin,2026-01-02 10:00:00\n',
      { id: 'zcrm_4150868000000224005', name: 'Zylker Inc', domain: 'zylker.com', valueUsd: 250_000, segment: 'Customer', ownerEmail: 'sam@seller.example', doNotContact: false, custom: { Industry: 'Manufacturing' } },
      ['Account Site', 'Account Number', 'Phone', 'Billing City', 'Created Time']],
    ['pipedrive',
      'Organization - ID,Organization - Name,Organization - Owner,Organization - Address,Organization - Label,Organization - Website,Organization - People,Organization - Open deals,Organization - Add time\n' +
      '12,Initrode,Sam Rep,"1 Main St, Austin",Hot lead,initrode.io,3,1,2026-03-01 09:00:00\n',
      { id: '12', name: 'Initrode', domain: 'initrode.io', segment: 'Hot lead', custom: { owner_name: 'Sam Rep' } },
      ['Organization - Address', 'Organization - People', 'Organization - Open deals', 'Organization - Add time']],
  ])('a %s export is read by its preset and recognized without one', (name, csv, want, ignored) => {
    const p = loadPreset(name);
    if (!p.ok) throw new Error(p.error);
    for (const r of [parseAccountsCsv(csv, { mapping: p.mapping }), parseAccountsCsv(csv)]) {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.accounts[0]).toMatchObject(want);
      expect(r.columns.ignored).toEqual(ignored);
    }
    const r = parseAccountsCsv(csv);
    if (r.ok) expect(r.columns.preset?.name).toBe(name);
  });

  it('do-not-contact as contact-preference fields write it: Do Not Allow / Opted Out are true, Allow / Opted In false, anything else an error', () => {
    const csv = (v: string) => `id,name,domain,do_not_contact\nA,A,a.com,${v}\n`;
    for (const [v, want] of [['Do Not Allow', true], ['do not allow', true], ['Opted Out', true], ['Allow', false], ['Opted In', false]] as const) {
      const r = parseAccountsCsv(csv(v));
      expect(r.ok && r.accounts[0]!.doNotContact).toBe(want);
    }
    const bad = parseAccountsCsv(csv('Sometimes'));
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 2, id: 'A' }] });
    if (!bad.ok) expect(bad.errors[0]!.reason).toMatch(/do_not_contact.*"Sometimes"/);
    // "Allow" means nothing for another boolean.
    expect(parseAccountsCsv('id,name,domain,strategic\nA,A,a.com,Allow\n').ok).toBe(false);
  });

  it('a header two presets read differently is not guessed: the error names both and changes nothing; one no preset reads keeps the --map hint', () => {
    const r = parseAccountsCsv('Account ID,Account Number,Account Name,Website,Type,Relationship Type\nX-1,N-1,Xenon,xenon.com,Customer,Partner\n');
    expect(r).toMatchObject({ ok: false, errors: [{ line: 1, id: null }] });
    if (!r.ok) expect(r.errors[0]!.reason).toMatch(/missing required column\(s\): id, name, domain.*reads as a salesforce or a dynamics export: choose with --preset/);
    const none = parseAccountsCsv('Company,URL\nAcme,acme.com\n');
    if (!none.ok) expect(none.errors[0]!.reason).toMatch(/--map FILE, or read a CRM's export with --preset \(salesforce, hubspot, dynamics, zoho, pipedrive/);
    expect(none.ok).toBe(false);
  });

  it('columns every matching preset reads alike are read, naming the presets; a JSON export is recognized by its keys', () => {
    const r = parseAccountsCsv('id,name,website\n1,Acme,https://acme.com\n');
    expect(r).toMatchObject({ ok: true, accounts: [{ id: '1', name: 'Acme', domain: 'acme.com' }], columns: { preset: { alike: ['salesforce', 'pipedrive'] } } });
    if (r.ok) expect(describeColumns(r.columns)[0]).toMatch(/presets salesforce, pipedrive read its columns alike/);
    const j = parseAccountsJson(JSON.stringify([{ 'Record ID': 1, 'Company name': 'X', 'Company Domain Name': 'x.com' }, { 'Record ID': 2, 'Company name': 'Y', 'Company Domain Name': 'y.com', 'Target Account': 'Yes' }]));
    expect(j).toMatchObject({ ok: true, accounts: [{ id: '1', domain: 'x.com' }, { id: '2', strategic: true }], columns: { preset: { name: 'hubspot' } } });
  });

  it('a Salesforce report export\'s footer is left out and reported; a multi-line note in the last row is data; a stray line mid-file is still malformed', () => {
    const footer = '\r\n\r\n"All Accounts"\r\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n"Confidential Information - Do Not Distribute"\r\n"Generated By:  Jane Rep  12/4/2026 3:45 PM"\r\n"Acme Seller Inc"\r\n';
    const csv = '"Account ID","Account Name","Website","Account Owner"\r\n"0015g00000AbCdE","Acme","acme.com","Jane Rep"\r\n"0015g00000AbCdF","Globex","globex.com","Jane Rep"' + footer;
    const r = parseAccountsCsv(csv);
    expect(r).toMatchObject({ ok: true, accounts: [{ id: '0015g00000AbCdE' }, { id: '0015g00000AbCdF', domain: 'globex.com' }] });
    if (!r.ok) return;
    expect(r.columns.footer).toEqual(['All Accounts', 'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.', 'Confidential Information - Do Not Distribute', 'Generated By:  Jane Rep  12/4/2026 3:45 PM', 'Acme Seller Inc']);
    expect(describeColumns(r.columns).join('\n')).toMatch(/left out 5 line\(s\) after the data, a report export's footer: "All Accounts"/);

    const note = `${H}\n${row({ id: 'A', name: 'Acme', domain: 'acme.com' }).replace(/,$/, '')},"first line\n\nsecond line"\n`;
    const withNote = parseAccountsCsv(note);
    expect(withNote).toMatchObject({ ok: true, accounts: [{ facts: ['first line\n\nsecond line'] }] });
    if (withNote.ok) expect(withNote.columns.footer).toBeUndefined();

    const stray = parseAccountsCsv('id,name,domain\nA,Acme,acme.com\n\n"a note"\nB,Beta,beta.com\n');
    expect(stray).toMatchObject({ ok: false, errors: [{ reason: expect.stringMatching(/malformed CSV/) }] });
  });

  it.each([
    ['Salesforce (a query\'s records)', { totalSize: 1, done: true, records: [{ attributes: { type: 'Account', url: '/services/data/v60.0/sobjects/Account/001A' }, Id: '001A', Name: 'Acme', Website: 'www.acme.com', AnnualRevenue: 1200000, Type: 'Customer', Owner: { attributes: { type: 'User', url: '/u' }, Name: 'Jane Rep', Email: 'jane@seller.example' } }] },
      { id: '001A', name: 'Acme', domain: 'acme.com', valueUsd: 1_200_000, segment: 'Customer', ownerEmail: 'jane@seller.example', custom: { owner_name: 'Jane Rep' } }, 'salesforce'],
    ['HubSpot (v3 results with properties)', { results: [{ id: '9001', properties: { name: 'Initech', domain: 'initech.com', hs_object_id: '9001' }, archived: false }], paging: { next: { after: '1' } } },
      { id: '9001', name: 'Initech', domain: 'initech.com', custom: { hs_object_id: '9001', archived: 'false' } }, undefined],
    ['Zoho (data with an owner object)', { data: [{ id: '4150868000000224005', Account_Name: 'Zylker', Website: 'zylker.com', Annual_Revenue: 250000, Account_Type: 'Customer', Owner: { name: 'Sam', id: '41', email: 'sam@seller.example' } }], info: { more_records: false } },
      { id: '4150868000000224005', name: 'Zylker', domain: 'zylker.com', valueUsd: 250_000, segment: 'Customer', ownerEmail: 'sam@seller.example' }, 'zoho'],
    ['Pipedrive (data with owner_id)', { success: true, data: [{ id: 12, name: 'Initrode', owner_id: { id: 1, name: 'Sam', email: 'sam@seller.example' }, website: 'initrode.io' }] },
      { id: '12', name: 'Initrode', domain: 'initrode.io', ownerEmail: 'sam@seller.example' }, 'pipedrive'],
  ])('a CRM API\'s JSON as it comes: %s', (_label, json, want, preset) => {
    const r = parseAccountsJson(JSON.stringify(json));
    expect(r).toMatchObject({ ok: true, accounts: [want] });
    if (r.ok) expect(r.columns.preset?.name).toBe(preset);
  });

  it('a JSON export missing a required field says so once, before any item\'s errors; a shape that holds no list is refused', () => {
    const r = parseAccountsJson(JSON.stringify([{ id: 1, name: 'A' }, { id: 2, name: 'B', region: 'EMEA' }]));
    expect(r).toEqual({ ok: false, errors: [{ line: 1, id: null, reason: expect.stringMatching(/^items lack required field\(s\): domain/) }] });
    expect(parseAccountsJson(JSON.stringify({ accounts: 'none' }))).toMatchObject({ ok: false, errors: [{ reason: expect.stringMatching(/"records" \(Salesforce\), "results" \(HubSpot\)/) }] });
  });

  it('a file with our own column names is read as ours, never through a preset', () => {
    const r = parseAccountsCsv('id,name,domain,Website\nA,Acme,acme.com,https://www.acme-shop.com\n');
    expect(r).toMatchObject({ ok: true, accounts: [{ domain: 'acme.com', custom: { Website: 'https://www.acme-shop.com' } }] });
    if (r.ok) expect(r.columns.preset).toBeUndefined();
  });

  it('--preset hubspot reads the standard company export, Additional Domains included', () => {
    const csv = [
      'Record ID,Company name,Company owner,Company Domain Name,Website URL,Additional Domains,Annual Revenue,Target Account,Industry,City,Recent Deal Amount',
      '9001,Initech,Bill Lumbergh,initech.com,https://initech.com,initech.io;initech.de,5000000,Yes,Software,Austin,120000',
      '9002,Umbrella,,,https://www.umbrella.example,,,No,,,',
    ].join('\n');
    const p = loadPreset('hubspot');
    if (!p.ok) throw new Error(p.error);
    const r = parseAccountsCsv(csv, { mapping: p.mapping });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.accounts[0]).toMatchObject({ id: '9001', name: 'Initech', domain: 'initech.com', domains: ['initech.io', 'initech.de'], valueUsd: 5_000_000, strategic: true });
    expect(r.accounts[1]).toMatchObject({ domain: 'umbrella.example', domains: [], strategic: false });
    expect(r.columns.suspect).toEqual(['Recent Deal Amount']);
  });

  it('a mapping file maps an export\'s own names, overrides a preset, and may mark columns sensitive or ignored', () => {
    const m = resolveMapping({
      preset: 'salesforce',
      mapText: 'columns:\n  Description: sensitive\n  Industry: ignore\n  ARR (USD): value_usd\n',
      mapSource: 'mapping.yaml',
    });
    if (m === null || !m.ok) throw new Error('mapping');
    const csv = 'Account ID,Account Name,Website,ARR (USD),Annual Revenue,Industry,Description\nX1,Xylo,xylo.com,"$60,000",9000000,Retail,Exec sponsor is leaving\n';
    const r = parseAccountsCsv(csv, { mapping: m.mapping });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.accounts[0]).toMatchObject({ valueUsd: 60_000, sensitive: { Description: 'Exec sponsor is leaving' }, custom: {} });
    expect(r.columns).toMatchObject({ ignored: ['Industry'], sensitive: ['Description'] });
  });

  it('refuses a mapping with an unknown target or key, naming it', () => {
    expect(parseMapping('columns:\n  Foo: vaule_usd\n', 'm.yaml')).toMatchObject({ ok: false, error: expect.stringMatching(/m\.yaml: columns\.Foo/) });
    expect(parseMapping('colums:\n  Foo: id\n', 'm.yaml')).toMatchObject({ ok: false });
    expect(resolveMapping({ preset: 'sugarcrm' })).toMatchObject({ ok: false, error: expect.stringMatching(/unknown preset "sugarcrm" \(one of: salesforce, hubspot, dynamics, zoho, pipedrive\)/) });
  });
});

describe('exports from other locales and tools', () => {
  it('reads semicolon- and tab-separated exports (Excel in many locales, some CRMs)', () => {
    for (const sep of [';', '\t']) {
      const csv = ['id', 'name', 'domain', 'domains', 'strategic'].join(sep) + '\n' + ['A1', 'Acme', 'acme.com', 'acme.io, acme.de', 'Yes'].join(sep) + '\n';
      const r = parseAccountsCsv(csv);
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true, accounts: [{ id: 'A1', domain: 'acme.com', domains: ['acme.io', 'acme.de'], strategic: true }] });
    }
  });

  it('reads websites as CRMs hold them: www2, ports, addresses, internationalized names', () => {
    const csv = 'id,name,domain\nA,A,https://WWW2.Acme.com:443/en/\nB,B,info@beta.example\nC,C,https://münchen-bau.de/\n';
    const r = parseAccountsCsv(csv);
    expect(r).toMatchObject({ ok: true, accounts: [{ domain: 'acme.com' }, { domain: 'beta.example' }, { domain: 'xn--mnchen-bau-9db.de' }] });
  });

  it('reads amounts as CRMs write them; a word is still an error', () => {
    const csv = `${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', value_usd: 'USD 48,000' })}\n${row({ id: 'B', name: 'B', domain: 'b.com', value_usd: '1.2M' })}\n${row({ id: 'C', name: 'C', domain: 'c.com', value_usd: '48k' })}\n`;
    expect(parseAccountsCsv(csv)).toMatchObject({ ok: true, accounts: [{ valueUsd: 48_000 }, { valueUsd: 1_200_000 }, { valueUsd: 48_000 }] });
    expect(parseAccountsCsv(`${H}\n${row({ id: 'D', name: 'D', domain: 'd.com', value_usd: 'lots' })}\n`).ok).toBe(false);
  });

  it.each([
    ['48.000,50 €', 48_000.5], ['EUR 1.250.000', 1_250_000], ['47 300,50', 47_300.5], ["48'000.50", 48_000.5], ['£25,000', 25_000],
    ['47.300', 47_300], ['1,234,567.89', 1_234_567.89], ['1,2M', 1_200_000], ['48000,5', 48_000.5],
  ])('reads the amount %j as a locale writes it: %d', (written, want) => {
    const r = parseAccountsCsv(`${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', value_usd: written, contract_value: written })}\n`);
    expect(r).toMatchObject({ ok: true, accounts: [{ valueUsd: want, sensitive: { contract_value: String(want) } }] });
  });

  it.each([
    ['2027-03-31', '2027-03-31'], ['2027-03-31T00:00:00Z', '2027-03-31'], ['2027-03-31T23:30:00-05:00', '2027-03-31'], ['2027-03-31 09:30', '2027-03-31'],
    ['31.03.2027', '2027-03-31'], ['1.3.2027', '2027-03-01'], ['31/03/2027', '2027-03-31'], ['03/31/2027', '2027-03-31'], ['Mar 31 2027', '2027-03-31'],
  ])('reads the renewal date %j as %s', (written, want) => {
    const r = parseAccountsCsv(`${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', renewal_date: written, discount_pct: '12,5 %' })}\n`);
    expect(r).toMatchObject({ ok: true, accounts: [{ sensitive: { renewal_date: want, discount_pct: '12.5' } }] });
  });

  it.each(['31.02.2027', '13/13/2027', '2027-02-30', '2027-03-31T25:00', 'soon'])('refuses the renewal date %j, naming it', (written) => {
    const r = parseAccountsCsv(`${H}\n${row({ id: 'A', name: 'A', domain: 'a.com', renewal_date: written })}\n`);
    expect(r).toMatchObject({ ok: false, errors: [{ line: 2, id: 'A' }] });
    if (!r.ok) expect(r.errors[0]!.reason).toContain(`renewal_date must be a date (YYYY-MM-DD, DD.MM.YYYY or an ISO timestamp), got "${written}"`);
  });
});
