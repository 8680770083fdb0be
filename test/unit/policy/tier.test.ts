import { describe, expect, it } from 'vitest';
import type { Account, DraftInput, Finding } from '../../../src/detect/types.js';
import { defaultPolicy, type Policy } from '../../../src/policy/schema.js';
import { newTemplateHistory, type TemplateHistory } from '../../../src/policy/sampling.js';
import { readReason, tierDraft, type TierReasonCode } from '../../../src/policy/tier.js';
import { makeAccount } from '../../fixtures/detect/book.js';

const policy = defaultPolicy();
const known: TemplateHistory = { ...newTemplateHistory(), seen: 100 };
const draft: DraftInput = {
  external_id: 'e1', account_id: 'a', to: { email: 'dana@a.example', name: 'Dana' }, from: 'sam@ourco.com',
  subject: 's', body: 'b', workflow: 'intro', template_id: 'tpl-1',
};
const finding = (kind: Finding['kind'], severity: Finding['severity'], message = 'something'): Finding => ({
  kind, severity, field: null, start: 0, end: 1, excerpt: 'x', message,
});

function decide(over: { account?: Partial<Account>; findings?: Finding[]; suppressed?: boolean; template?: TemplateHistory; draftId?: string; policy?: Policy }) {
  return tierDraft(
    {
      draftId: over.draftId ?? 'd-1', draft, account: makeAccount({ id: 'a', name: 'Acme Analytics', ...over.account }),
      findings: over.findings ?? [], policyVersion: 1, suppressed: over.suppressed ?? false, template: over.template ?? known,
    },
    over.policy ?? policy,
  );
}

describe('tierDraft', () => {
  it.each([
    ['do-not-contact', { account: { doNotContact: true } }, 'Acme Analytics is marked do-not-contact'],
    ['suppressed recipient', { suppressed: true }, 'recipient dana@a.example is on the suppression list'],
    ['critical finding', { findings: [finding('secret', 'critical', 'AWS access key in the text')] }, 'critical finding, a credential or key in the body: AWS access key in the text'],
  ])('blocks on %s', (_n, over, reason) => {
    const d = decide(over);
    expect(d).toMatchObject({ tier: 'blocked', sampled: false });
    expect(d.reasons).toEqual([reason]);
  });

  it.each([
    ['account value', { account: { valueUsd: 120_000 } }, 'account value $120,000 ≥ $50,000 review threshold'],
    ['exactly the threshold', { account: { valueUsd: 50_000 } }, 'account value $50,000 ≥ $50,000 review threshold'],
    ['strategic', { account: { strategic: true } }, 'Acme Analytics is a strategic account'],
    ['named opportunity', { account: { namedOpportunity: 'Q3 expansion' } }, 'named opportunity "Q3 expansion" is open'],
    ['warn finding', { findings: [finding('other_account', 'warn', 'mentions another account, Acme Logistics')] }, 'warn finding, mentions another account in the body: mentions another account, Acme Logistics'],
    ['new template probation', { template: { ...newTemplateHistory(), seen: 3 } }, 'new template tpl-1: draft 4 of the first 20 is always reviewed'],
  ])('high on %s', (_n, over, reason) => {
    const d = decide(over);
    expect(d.tier).toBe('high');
    expect(d.sampled).toBe(false);
    expect(d.reasons).toEqual([reason]);
  });

  it('lists every high rule that matched', () => {
    const d = decide({ account: { valueUsd: 60_000, strategic: true } });
    expect(d.reasons).toHaveLength(2);
  });

  it('block wins over high and gives only block reasons', () => {
    const d = decide({ account: { valueUsd: 500_000, doNotContact: true } });
    expect(d.tier).toBe('blocked');
    expect(d.reasons).toEqual(['Acme Analytics is marked do-not-contact']);
  });

  it('two approvers at or above the two-person value', () => {
    const d = decide({ account: { valueUsd: 300_000 } });
    expect(d.twoPerson).toBe(true);
    expect(d.reasons).toContain('two approvers needed: account value $300,000 ≥ $250,000');
    expect(decide({ account: { valueUsd: 100_000 } }).twoPerson).toBe(false);
  });

  it('info findings do not raise the tier', () => {
    expect(decide({ findings: [finding('tone', 'info')] }).tier).toBe('low');
  });

  it('low drafts are sampled deterministically at the template rate', () => {
    const decisions = Array.from({ length: 200 }, (_, i) => decide({ draftId: `d-${i}` }));
    expect(decisions.every((d) => d.tier === 'low' && d.sampleRate === 0.2)).toBe(true);
    const sampled = decisions.filter((d) => d.sampled).length;
    expect(sampled).toBeGreaterThan(20);
    expect(sampled).toBeLessThan(60);
    expect(decide({ draftId: 'd-7' })).toEqual(decide({ draftId: 'd-7' }));
    const s = decisions.find((d) => d.sampled);
    expect(s?.reasons[0]).toBe('low risk, drawn for a spot check at the 20% sampling rate of template tpl-1');
  });

  it('tightened templates review every low draft', () => {
    const d = decide({ template: { ...known, state: 'tightened' } });
    expect(d).toMatchObject({ tier: 'low', sampled: true, sampleRate: 1 });
    expect(d.reasons[0]).toContain('tightened inspection');
  });

  it('respects switches that turn rules off', () => {
    const p = defaultPolicy();
    p.block.do_not_contact = false;
    p.high_tier.strategic = false;
    p.high_tier.new_template_probation = 0;
    expect(decide({ policy: p, account: { doNotContact: true } }).tier).toBe('low');
    expect(decide({ policy: p, account: { strategic: true } }).tier).toBe('low');
    expect(decide({ policy: p, template: newTemplateHistory() }).tier).toBe('low');
  });
});

describe('tier reasons as data', () => {
  const twoStrategic = defaultPolicy();
  twoStrategic.review.two_person.strategic = true;
  const cases: Array<[TierReasonCode, Parameters<typeof decide>[0], string]> = [
    ['do_not_contact', { account: { doNotContact: true } }, 'Acme Analytics is marked do-not-contact'],
    ['suppressed', { suppressed: true }, 'recipient dana@a.example is on the suppression list'],
    ['finding', { findings: [finding('secret', 'critical', 'AWS access key in the text')] }, 'critical finding, a credential or key in the body: AWS access key in the text'],
    ['account_value', { account: { valueUsd: 120_000 } }, 'account value at or above $50,000 review threshold'],
    ['strategic', { account: { strategic: true } }, 'Acme Analytics is a strategic account'],
    ['named_opportunity', { account: { namedOpportunity: 'Q3 "big" expansion' } }, 'a named opportunity is open'],
    ['finding', { findings: [finding('other_account', 'warn', 'mentions another account, Acme Logistics')] }, 'warn finding, mentions another account in the body: mentions another account, Acme Logistics'],
    ['new_template', { template: { ...newTemplateHistory(), seen: 3 } }, 'new template tpl-1: draft 4 of the first 20 is always reviewed'],
    ['two_person', { account: { valueUsd: 300_000 } }, 'two approvers needed: account value at or above $250,000'],
    ['two_person', { account: { strategic: true }, policy: twoStrategic }, 'two approvers needed: strategic account'],
    ['sampled', { template: { ...known, state: 'tightened' } }, 'low risk, drawn for a spot check at the 100% sampling rate of template tpl-1, tightened inspection'],
    ['not_sampled', { draftId: Array.from({ length: 50 }, (_, i) => `d-${i}`).find((id) => !decide({ draftId: id }).sampled)! }, ''],
  ];

  it.each(cases)('%s: code, sentence and agent sentence; a stored sentence reads back the same', (code, over, agentText) => {
    const d = decide(over);
    expect(d.reasons).toEqual(d.why.map((r) => r.text));
    const r = d.why.find((w) => w.code === code && (agentText === '' || w.agentText === agentText));
    expect(r, JSON.stringify(d.why)).toBeDefined();
    expect(r!.agentText).not.toMatch(/120,000|300,000|Q3/);
    for (const w of d.why) expect(readReason(w.text)).toEqual(w);
  });
});
