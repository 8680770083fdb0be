import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type Policy } from '../../../src/policy/schema.js';
import { checkSender, withSenderDomain } from '../../../src/policy/mailboxes.js';
import { policyWarnings } from '../../../src/policy/warnings.js';
import { runScanCommand } from '../../../src/cli/scan.js';
import { capture } from '../../helpers/streams.js';

const policyOf = (yaml: string): Policy => {
  const r = parsePolicy(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
};

describe('mailboxes: the sender must be ours', () => {
  it('lists mailboxes (objects or bare addresses) and adds their domains to our own domains', () => {
    const p = policyOf('mailboxes:\n  - address: SDR@Seller.example\n    owner: U0REP0001\n    per_day: 80\n  - ae@seller.io\nsender:\n  own_domains: [seller.example]\n');
    expect(p.mailboxes).toEqual([{ address: 'sdr@seller.example', owner: 'U0REP0001', per_day: 80 }, { address: 'ae@seller.io' }]);
    expect(p.sender.own_domains).toEqual(['seller.example', 'seller.io']);
    expect(checkSender(p, 'sdr@seller.example')).toMatchObject({ ok: true, mailbox: { owner: 'U0REP0001' } });
    expect(checkSender(p, 'ceo@seller.example')).toMatchObject({ ok: false });
    expect(checkSender(p, 'sdr@competitor.com')).toMatchObject({ ok: false, reason: expect.stringMatching(/not one of our sending mailboxes/) });
  });

  it('refuses a duplicate or malformed mailbox, naming it', () => {
    expect(parsePolicy('mailboxes: [a@x.com, A@x.com]\n')).toMatchObject({ ok: false, errors: [{ path: 'mailboxes[1]' }] });
    expect(parsePolicy('mailboxes:\n  - address: nope\n')).toMatchObject({ ok: false });
    expect(parsePolicy('mailboxes:\n  - address: a@x.com\n    owner: bob\n')).toMatchObject({ ok: false });
  });

  it('without mailboxes, own_domains bound the sender; with neither, any sender is ours', () => {
    const p = policyOf('sender:\n  own_domains: [seller.example]\n');
    expect(checkSender(p, 'x@mail.seller.example').ok).toBe(true);
    expect(checkSender(p, 'x@other.com').ok).toBe(false);
    const open = policyOf('{}');
    expect(checkSender(open, 'x@anything.com').ok).toBe(true);
    const v = withSenderDomain(open, 'x@anything.com');
    expect(v.sender.own_domains).toEqual(['anything.com']);
    expect(withSenderDomain(open, 'y@anything.com')).toBe(v); // one object per domain: compiled once
    expect(withSenderDomain(p, 'x@seller.example')).toBe(p);
  });
});

describe('policy warnings: rules nobody can satisfy', () => {
  it('the shipped defaults (no owners, no approvers) warn about resume and the two-person rule', () => {
    const w = policyWarnings(policyOf('{}'));
    expect(w.map((x) => x.path)).toEqual(expect.arrayContaining(['owners', 'review.two_person']));
    expect(w.find((x) => x.path === 'review.two_person')!.message).toMatch(/can never be approved/);
  });

  it('one shared approver: warns that their own accounts can never get a second approver', () => {
    const w = policyWarnings(policyOf('owners: [U0OWNER001]\n'));
    expect(w.map((x) => x.path)).toEqual(['review.two_person']);
    expect(w[0]!.message).toMatch(/U0OWNER001/);
  });

  it('an owner and two approvers: nothing to warn about; with the book, accounts that still cannot be served are named', () => {
    const p = policyOf('owners: [U0OWNER001]\nreview:\n  approver_groups:\n    leads: [U0LEAD0001, U0LEAD0002]\n');
    expect(policyWarnings(p)).toEqual([]);
    const solo = policyOf('owners: [U0OWNER001]\n');
    const book = [
      { id: 'BIG', name: 'Big Co', valueUsd: 500_000, strategic: false, ownerSlackId: 'U0OWNER001', doNotContact: false },
      { id: 'BIG2', name: 'Big Two', valueUsd: 500_000, strategic: false, ownerSlackId: 'U0REP0009', doNotContact: false },
    ];
    const w = policyWarnings(solo, book);
    expect(w.some((x) => /1 account\(s\) need two approvers.*Big Co \(BIG\)/.test(x.message))).toBe(true);
    expect(w.some((x) => /Big Two/.test(x.message))).toBe(false);
  });
});

describe('draftgate scan and the sender', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draftgate-mbx-'));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const accounts = file('book.csv', 'id,name,domain\npied,Pied Piper,piedpiper.com\n');
  const draft = (over: Record<string, unknown>) => JSON.stringify({
    external_id: 'x', account_id: 'pied', to: { email: 'dana@piedpiper.com', name: 'Dana' }, from: 'sam@ourco.com',
    subject: 'Hello', body: 'Hi Dana, our case studies are at https://ourco.com/customers if useful.', workflow: 'intro', template_id: 'tpl-1', ...over,
  });
  async function run(policyYaml: string, line: string) {
    return capture((out, err) => runScanCommand({ accounts, drafts: file(`d${Math.random()}.jsonl`, `${line}\n`), policy: file(`p${Math.random()}.yaml`, policyYaml) }, out, err));
  }

  it('with no mailbox list, the draft\'s from domain is ours: a link to it is not outside the allowlist', async () => {
    const r = await run('high_tier:\n  new_template_probation: 0\n', draft({}));
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout) as { findings: Array<{ kind: string }> };
    expect(res.findings.filter((f) => f.kind === 'link')).toEqual([]);
  });

  it('with a mailbox list, a foreign from is bad input naming the line', async () => {
    const r = await run('mailboxes: [sam@ourco.com]\n', draft({ from: 'spy@competitor.com' }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/line 1: from "spy@competitor.com" is not one of our sending mailboxes/);
  });
});
