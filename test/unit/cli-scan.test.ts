import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScanCommand } from '../../src/cli/scan.js';
import { capture } from '../helpers/streams.js';

const dir = mkdtempSync(join(tmpdir(), 'draftgate-scan-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const CSV = [
  'id,name,domain,aliases,value_usd,segment,strategic,named_opportunity,owner_slack_id,owner_email,do_not_contact,contract_value,discount_pct,renewal_date,deal_risk_notes,private_notes,facts',
  'acme-an,Acme Analytics,acmeanalytics.com,Acme,120000,ent,false,,U0REP0001,rep1@ourco.com,false,48000,22,2025-03-31,CFO is pushing back hard on budget after the reorg,,Raised a Series B in 2024',
  'acme-lo,Acme Logistics,acmelogistics.io,,30000,mid,false,,U0REP0002,rep2@ourco.com,false,73250,15,2025-09-15,,,',
  'pied,Pied Piper,piedpiper.com,,8000,smb,false,,U0REP0002,rep2@ourco.com,false,,,,,,',
  'globex,Globex Corporation,globex.com,,8000,smb,false,,U0REP0002,rep2@ourco.com,true,,,,,,',
].join('\n');
const accounts = file('book.csv', `${CSV}\n`);

const draft = (over: Record<string, unknown>) => JSON.stringify({
  external_id: 'x', account_id: 'pied', to: { email: 'dana@piedpiper.com', name: 'Dana' }, from: 'sam@ourco.com',
  subject: 'Hello', body: 'Hi Dana, would a 30-minute call next week help?', workflow: 'intro', template_id: 'tpl-1', ...over,
});

const policy = file('policy.yaml', 'high_tier:\n  new_template_probation: 0\n');

async function run(opts: { accounts: string; drafts: string; policy?: string }) {
  return capture((out, err) => runScanCommand(opts, out, err));
}

describe('draftgate scan', () => {
  it('prints one DESIGN §5 result per draft, in input order', async () => {
    const drafts = file('ok.jsonl', [
      draft({ external_id: 'd1', account_id: 'acme-an', to: { email: 'dana@acmeanalytics.com', name: 'Dana' }, body: 'Hi Dana, your $48,000 contract renews soon.' }),
      '',
      draft({ external_id: 'd2' }),
      draft({ external_id: 'd3', body: 'Hi Dana, Acme Logistics loves us.' }),
      draft({ external_id: 'd4', account_id: 'globex', to: { email: 'a@globex.com' } }),
    ].join('\n'));
    const r = await run({ accounts, drafts, policy });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.external_id)).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(lines.map((l) => l.tier)).toEqual(['blocked', 'low', 'high', 'blocked']);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['external_id', 'tier', 'sampled', 'reasons', 'findings']);
      for (const f of l.findings) expect(Object.keys(f)).toEqual(['kind', 'severity', 'field', 'start', 'end', 'excerpt']);
    }
    expect(lines[0].findings[0]).toEqual({ kind: 'sensitive_field', severity: 'critical', field: null, start: 14, end: 21, excerpt: '$48,000' });
    expect(lines[2].findings[0]).toMatchObject({ kind: 'other_account', excerpt: 'Acme Logistics' });
    expect(lines[3].reasons).toEqual(['Globex Corporation is marked do-not-contact']);
  });

  it('uses the shipped default policy when none is given (probation makes new templates high)', async () => {
    const drafts = file('one.jsonl', draft({ external_id: 'd1' }));
    const r = await run({ accounts, drafts });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reasons).toEqual(['new template tpl-1: draft 1 of the first 20 is always reviewed']);
  });

  it.each([
    ['malformed JSON', `${draft({})}\n{"external_id": "x",\n`, /line 2: invalid JSON/],
    ['missing field', `${draft({})}\n${draft({})}\n${draft({ subject: 42 })}`, /line 3: "subject" must be a string/],
    ['unknown account', draft({ account_id: 'nope' }), /line 1: unknown account_id "nope"/],
    ['bad recipient', draft({ to: { name: 'x' } }), /line 1: "to.email"/],
  ])('%s → exit 2, the line named, nothing on stdout', async (_n, text, message) => {
    const drafts = file(`bad-${_n.replace(/\s/g, '-')}.jsonl`, text);
    const r = await run({ accounts, drafts, policy });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('an invalid policy is reported with its line', async () => {
    const bad = file('bad-policy.yaml', 'sampling:\n  base_rate: 7\n');
    const r = await run({ accounts, drafts: file('x.jsonl', draft({})), policy: bad });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('line 2: sampling.base_rate');
  });

  it('a missing file is a clear error', async () => {
    const r = await run({ accounts: join(dir, 'missing.csv'), drafts: file('y.jsonl', draft({})), policy });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read accounts file/);
  });
});
