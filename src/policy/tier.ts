/**
 * tierDraft: blocked / high / low, whether a low draft is sampled, and why, in sentences a rep
 * understands ("account value $120,000 ≥ $50,000 review threshold").
 *
 * Each reason is data (`why`: a code, the reviewer's sentence, and the sentence the agent may be
 * told, without the account's value or its opportunity's name); `reasons` is the sentences, as
 * stored on the draft. `readReason` turns a stored sentence back into its code and agent sentence
 * (the wording lives here only, and the tier test round-trips every kind).
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

export type TierReasonCode =
  | 'do_not_contact'
  | 'suppressed'
  | 'finding'
  | 'account_value'
  | 'strategic'
  | 'named_opportunity'
  | 'new_template'
  | 'two_person'
  | 'sampled'
  | 'not_sampled';

export interface TierReason {
  code: TierReasonCode;
  /** The sentence for reviewers (stored on the draft as one of its `tier_reasons`). */
  text: string;
  /** The sentence the agent may be told: no account value, no opportunity name. */
  agentText: string;
}

export interface TierDecision {
  tier: Tier;
  sampled: boolean;
  /** The sentences of `why`, in order (what is stored and shown to reviewers). */
  reasons: string[];
  why: TierReason[];
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

const reason = (code: TierReasonCode, text: string, agentText = text): TierReason => ({ code, text, agentText });

/** One reason per finding kind among findings of the given severities. */
function findingReasons(findings: Finding[], severities: Severity[]): TierReason[] {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of findings) {
    if (!severities.includes(f.severity)) continue;
    const list = byKind.get(f.kind);
    if (list === undefined) byKind.set(f.kind, [f]);
    else list.push(f);
  }
  const out: TierReason[] = [];
  for (const [kind, list] of byKind) {
    const first = list[0] as Finding;
    const where = first.field === 'subject' ? 'subject' : first.field === 'to' ? 'recipient address' : 'body';
    const detail = first.message ?? `"${first.excerpt}"`;
    const more = list.length > 1 ? ` (+${list.length - 1} more)` : '';
    out.push(reason('finding', `${first.severity} finding, ${KIND_LABEL[kind]} in the ${where}: ${detail}${more}`));
  }
  return out;
}

export function tierDraft(input: TierInput, policy: Policy): TierDecision {
  const { account, findings, template } = input;
  const sampleRate = sampleRateFor(template, policy);

  const decide = (tier: Tier, sampled: boolean, why: TierReason[], twoPerson = false): TierDecision => ({ tier, sampled, reasons: why.map((r) => r.text), why, sampleRate, twoPerson });

  const blocked: TierReason[] = [];
  if (policy.block.do_not_contact && account.doNotContact) {
    blocked.push(reason('do_not_contact', `${account.name} is marked do-not-contact`));
  }
  if (policy.block.suppressed_recipient && input.suppressed) {
    blocked.push(reason('suppressed', `recipient ${input.draft.to.email} is on the suppression list`));
  }
  blocked.push(...findingReasons(findings, policy.block.finding_severities));
  if (blocked.length > 0) return decide('blocked', false, blocked);

  const high: TierReason[] = [];
  const rules = policy.high_tier;
  if (account.valueUsd >= rules.account_value_usd) {
    high.push(reason('account_value', `account value ${formatUsd(account.valueUsd)} ≥ ${formatUsd(rules.account_value_usd)} review threshold`, `account value at or above ${formatUsd(rules.account_value_usd)} review threshold`));
  }
  if (rules.strategic && account.strategic) high.push(reason('strategic', `${account.name} is a strategic account`));
  if (rules.named_opportunity && account.namedOpportunity !== null && account.namedOpportunity !== '') {
    high.push(reason('named_opportunity', `named opportunity "${account.namedOpportunity}" is open`, 'a named opportunity is open'));
  }
  high.push(...findingReasons(findings, rules.finding_severities.filter((s) => !policy.block.finding_severities.includes(s))));
  if (template.seen < rules.new_template_probation) {
    high.push(
      reason('new_template', `new template ${input.draft.template_id}: draft ${template.seen + 1} of the first ${rules.new_template_probation} is always reviewed`),
    );
  }
  if (high.length > 0) {
    const two = policy.review.two_person;
    const twoReasons: TierReason[] = [];
    if (account.valueUsd >= two.account_value_usd) {
      twoReasons.push(reason('two_person', `two approvers needed: account value ${formatUsd(account.valueUsd)} ≥ ${formatUsd(two.account_value_usd)}`, `two approvers needed: account value at or above ${formatUsd(two.account_value_usd)}`));
    } else if (two.strategic && account.strategic) {
      twoReasons.push(reason('two_person', 'two approvers needed: strategic account'));
    }
    return decide('high', false, [...high, ...twoReasons], twoReasons.length > 0);
  }

  const sampled = isSampled(input.draftId, input.policyVersion, sampleRate);
  const state = template.state === 'normal' ? '' : `, ${template.state} inspection`;
  const why = sampled
    ? reason('sampled', `low risk, drawn for a spot check at the ${percent(sampleRate)} sampling rate of template ${input.draft.template_id}${state}`)
    : reason('not_sampled', `low risk, not drawn at the ${percent(sampleRate)} sampling rate of template ${input.draft.template_id}${state}: auto-approved`);
  return decide('low', sampled, [why]);
}

/**
 * A stored reason sentence (drafts.tier_reasons, written from `TierDecision.reasons`) read back as
 * data, for answers built from a stored draft (an idempotent replay). The patterns mirror the
 * sentences tierDraft writes above; the tier test round-trips every code.
 */
const READ: ReadonlyArray<[RegExp, TierReasonCode, ((m: RegExpMatchArray) => string)?]> = [
  [/^(?:critical|warn|info) finding, /, 'finding'],
  [/^account value -?\$[\d,.]+ ≥ (-?\$[\d,.]+) review threshold$/, 'account_value', (m) => `account value at or above ${m[1]} review threshold`],
  [/^named opportunity ".*" is open$/s, 'named_opportunity', () => 'a named opportunity is open'],
  [/^two approvers needed: account value -?\$[\d,.]+ ≥ (-?\$[\d,.]+)$/, 'two_person', (m) => `two approvers needed: account value at or above ${m[1]}`],
  [/^two approvers needed: /, 'two_person'],
  [/^new template .*: draft \d+ of the first \d+ is always reviewed$/s, 'new_template'],
  [/^low risk, drawn for a spot check /, 'sampled'],
  [/^low risk, not drawn /, 'not_sampled'],
  [/^recipient .* is on the suppression list$/s, 'suppressed'],
  [/ is marked do-not-contact$/, 'do_not_contact'],
  [/ is a strategic account$/, 'strategic'],
];

export function readReason(text: string): TierReason {
  for (const [re, code, agent] of READ) {
    const m = text.match(re);
    if (m) return reason(code, text, agent ? agent(m) : text);
  }
  // Not a sentence tierDraft writes (an older wording): shown to the agent only if it carries no CRM value.
  return reason('finding', text);
}
