/**
 * tierDraft: blocked / high / low, whether a low draft is sampled, and why, in sentences a rep
 * understands ("account value $120,000 ≥ $50,000 review threshold").
 *
 * Order of rules: any block rule wins (and only block reasons are given, the draft will not be
 * reviewed for anything else); otherwise any high rule makes the draft high (every matching rule
 * is listed); otherwise low, sampled for review at the template's current rate. `sampled` is
 * only ever true for low drafts; high drafts are always reviewed anyway.
 */
import type { Account, DraftInput, Finding, FindingKind, Severity, Tier } from '../detect/types.js';
import type { Policy } from './schema.js';
import { formatUsd } from '../detect/context.js';
import { isSampled, sampleRateFor, type TemplateHistory } from './sampling.js';

export interface TierInput {
  draftId: string;
  draft: DraftInput;
  account: Account;
  findings: Finding[];
  policyVersion: number;
  suppressed: boolean;
  template: TemplateHistory;
}

export interface TierDecision {
  tier: Tier;
  sampled: boolean;
  reasons: string[];
  sampleRate: number;
  twoPerson: boolean;
}

const KIND_LABEL: Record<FindingKind, string> = {
  sensitive_field: 'sensitive CRM data',
  other_account: 'mentions another account',
  pii: 'personal data',
  secret: 'a credential or key',
  unverified_claim: 'an unverified claim about the prospect',
  tone: 'pushy or shouting tone',
  recipient_mismatch: 'a recipient who does not match the account or the greeting',
  placeholder: 'an unfilled placeholder',
  internal_marker: 'internal-only text',
  link: 'a link outside the allowlist or carrying data',
  hidden_text: 'invisible or direction-changing characters',
};

export { formatUsd };

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** One reason per finding kind among findings of the given severities. */
function findingReasons(findings: Finding[], severities: Severity[]): string[] {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of findings) {
    if (!severities.includes(f.severity)) continue;
    const list = byKind.get(f.kind);
    if (list === undefined) byKind.set(f.kind, [f]);
    else list.push(f);
  }
  const out: string[] = [];
  for (const [kind, list] of byKind) {
    const first = list[0] as Finding;
    const where = first.field === 'subject' ? 'subject' : first.field === 'to' ? 'recipient address' : 'body';
    const detail = first.message ?? `"${first.excerpt}"`;
    const more = list.length > 1 ? ` (+${list.length - 1} more)` : '';
    out.push(`${first.severity} finding, ${KIND_LABEL[kind]} in the ${where}: ${detail}${more}`);
  }
  return out;
}

export function tierDraft(input: TierInput, policy: Policy): TierDecision {
  const { account, findings, template } = input;
  const sampleRate = sampleRateFor(template, policy);

  const blocked: string[] = [];
  if (policy.block.do_not_contact && account.doNotContact) {
    blocked.push(`${account.name} is marked do-not-contact`);
  }
  if (policy.block.suppressed_recipient && input.suppressed) {
    blocked.push(`recipient ${input.draft.to.email} is on the suppression list`);
  }
  blocked.push(...findingReasons(findings, policy.block.finding_severities));
  if (blocked.length > 0) {
    return { tier: 'blocked', sampled: false, reasons: blocked, sampleRate, twoPerson: false };
  }

  const high: string[] = [];
  const rules = policy.high_tier;
  if (account.valueUsd >= rules.account_value_usd) {
    high.push(`account value ${formatUsd(account.valueUsd)} ≥ ${formatUsd(rules.account_value_usd)} review threshold`);
  }
  if (rules.strategic && account.strategic) high.push(`${account.name} is a strategic account`);
  if (rules.named_opportunity && account.namedOpportunity !== null && account.namedOpportunity !== '') {
    high.push(`named opportunity "${account.namedOpportunity}" is open`);
  }
  high.push(...findingReasons(findings, rules.finding_severities.filter((s) => !policy.block.finding_severities.includes(s))));
  if (template.seen < rules.new_template_probation) {
    high.push(
      `new template ${input.draft.template_id}: draft ${template.seen + 1} of the first ${rules.new_template_probation} is always reviewed`,
    );
  }
  if (high.length > 0) {
    const two = policy.review.two_person;
    const twoReasons: string[] = [];
    if (account.valueUsd >= two.account_value_usd) {
      twoReasons.push(`two approvers needed: account value ${formatUsd(account.valueUsd)} ≥ ${formatUsd(two.account_value_usd)}`);
    } else if (two.strategic && account.strategic) {
      twoReasons.push('two approvers needed: strategic account');
    }
    return { tier: 'high', sampled: false, reasons: [...high, ...twoReasons], sampleRate, twoPerson: twoReasons.length > 0 };
  }

  const sampled = isSampled(input.draftId, input.policyVersion, sampleRate);
  const state = template.state === 'normal' ? '' : `, ${template.state} inspection`;
  const reasons = sampled
    ? [`low risk, drawn for a spot check at the ${percent(sampleRate)} sampling rate of template ${input.draft.template_id}${state}`]
    : [`low risk, not drawn at the ${percent(sampleRate)} sampling rate of template ${input.draft.template_id}${state}: auto-approved`];
  return { tier: 'low', sampled, reasons, sampleRate, twoPerson: false };
}
