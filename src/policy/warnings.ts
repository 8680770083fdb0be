/**
 * policyWarnings: rules of a VALID policy that the configured people can never satisfy (issue 11,
 * item 8), so a policy cannot deadlock silently. Pure: the policy, and optionally the book (who
 * owns which account), in; sentences for `draftgate policy validate` / `apply` out.
 *
 * Who may approve a draft (review/authorize.ts): the account's owner, the policy owners, and every
 * member of review.approver_groups. A two-person draft needs two DISTINCT approvers of one version.
 */
import type { Account } from '../detect/types.js';
import type { Policy } from './schema.js';

export interface PolicyWarning {
  /** Dotted key path the warning is about (`review.two_person`, `owners`, …). */
  path: string;
  message: string;
}

type BookAccount = Pick<Account, 'id' | 'name' | 'valueUsd' | 'strategic' | 'ownerSlackId' | 'doNotContact'>;

const names = (accounts: BookAccount[]) =>
  `${accounts.slice(0, 3).map((a) => `${a.name} (${a.id})`).join(', ')}${accounts.length > 3 ? ` and ${accounts.length - 3} more` : ''}`;

/** The approvers every draft has, whatever its account: policy owners and approver groups. */
export function sharedApprovers(policy: Policy): string[] {
  return [...new Set([...policy.owners, ...Object.values(policy.review.approver_groups).flat()])];
}

export function policyWarnings(policy: Policy, book?: readonly BookAccount[]): PolicyWarning[] {
  const out: PolicyWarning[] = [];
  const shared = sharedApprovers(policy);
  const two = policy.review.two_person;
  const twoPersonFor = (a: BookAccount) => a.valueUsd >= two.account_value_usd || (two.strategic && a.strategic);
  const reviewedAlways = (a: BookAccount) =>
    a.valueUsd >= policy.high_tier.account_value_usd || (policy.high_tier.strategic && a.strategic);

  if (policy.owners.length === 0) {
    out.push({
      path: 'owners',
      message: 'no owners: nobody may resume sending after the guard pauses it or override a blocked draft; name at least one owner',
    });
  }

  // Two-person rule: the account owner is at most one approver; the rest must come from `shared`.
  if (shared.length === 0) {
    out.push({
      path: 'review.two_person',
      message: `two approvers are required for accounts worth ${usd(two.account_value_usd)} or more${two.strategic ? ' and for strategic accounts' : ''}, but only the account's owner may approve (no owners, no approver_groups): those drafts can never be approved; add owners or an approver group with at least two people`,
    });
  } else if (shared.length === 1) {
    out.push({
      path: 'review.two_person',
      message: `two approvers are required for accounts worth ${usd(two.account_value_usd)} or more${two.strategic ? ' and for strategic accounts' : ''}, but besides the account's owner only ${shared[0]} may approve: drafts of such accounts owned by ${shared[0]} or by nobody can never be approved; add a second approver`,
    });
  }

  if (book !== undefined) {
    const stuckTwo = book.filter((a) => twoPersonFor(a) && reviewedAlways(a) && !a.doNotContact && distinct([a.ownerSlackId, ...shared]) < 2);
    if (stuckTwo.length > 0) {
      out.push({ path: 'review.two_person', message: `${stuckTwo.length} account(s) need two approvers but can have at most one: ${names(stuckTwo)}` });
    }
    if (shared.length === 0) {
      const orphans = book.filter((a) => a.ownerSlackId === null && !a.doNotContact);
      if (orphans.length > 0) {
        out.push({ path: 'review.approver_groups', message: `${orphans.length} account(s) have no owner and the policy names no owners or approvers: nobody can ever review their drafts: ${names(orphans)}` });
      }
    }
  }

  if (policy.review.route === 'owner_dm' && shared.length === 0 && book === undefined) {
    out.push({ path: 'review.route', message: 'drafts are reviewed by their account owner only: an account without owner_slack_id has nobody to review its drafts (pass --accounts to count them)' });
  }

  if (policy.sampling.floor_rate === 0 && policy.sampling.base_rate === 0) {
    out.push({ path: 'sampling', message: 'base_rate and floor_rate are 0: low-tier drafts are never spot-checked, so the rejection monitor can never see a bad template' });
  }
  return out;
}

function distinct(ids: Array<string | null>): number {
  return new Set(ids.filter((x): x is string => x !== null && x !== '')).size;
}

function usd(n: number): string {
  return `$${Math.round(n).toLocaleString('en-US')}`;
}

export function formatPolicyWarnings(warnings: PolicyWarning[]): string {
  return warnings.map((w) => `warning: ${w.path}: ${w.message}`).join('\n');
}
