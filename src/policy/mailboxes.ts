/**
 * The sender side of the boundary (DESIGN promise 10): a draft's `from` is one of our mailboxes.
 *
 * - The policy lists `mailboxes:` → `from` must be one of them.
 * - Else it lists `sender.own_domains` → `from` must be at one of those domains (subdomains count).
 * - Else nothing can be checked: any `from` passes, and its domain is taken as ours.
 *
 * Our own domains are the union of `sender.own_domains` and the mailboxes' domains (the schema
 * fills that in) plus, for one draft, its accepted `from` domain — so a link to our own website is
 * never "outside the allowlist". Pure.
 */
import type { Mailbox, Policy } from './schema.js';
import { hostAllowed } from './domains.js';

export function addressDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).trim().toLowerCase().replace(/\.+$/, '');
}

export type SenderCheck = { ok: true; mailbox: Mailbox | null } | { ok: false; reason: string };

/** Whether `from` is one of our mailboxes (or at our domains when the policy lists no mailbox). */
export function checkSender(policy: Policy, from: string): SenderCheck {
  const address = from.trim().toLowerCase();
  if (policy.mailboxes.length > 0) {
    const mailbox = policy.mailboxes.find((m) => m.address === address);
    if (mailbox !== undefined) return { ok: true, mailbox };
    const shown = policy.mailboxes.slice(0, 5).map((m) => m.address).join(', ');
    return { ok: false, reason: `"${from}" is not one of our sending mailboxes (${shown}${policy.mailboxes.length > 5 ? ', …' : ''})` };
  }
  if (policy.sender.own_domains.length > 0) {
    const domain = addressDomain(address);
    if (hostAllowed(domain, policy.sender.own_domains)) return { ok: true, mailbox: null };
    return { ok: false, reason: `"${from}" is not at one of our domains (${policy.sender.own_domains.join(', ')})` };
  }
  return { ok: true, mailbox: null };
}

const variants = new WeakMap<Policy, Map<string, Policy>>();

/**
 * The policy as seen by one draft: its `from` domain counted among our own domains when it is not
 * already. One object per (policy, domain), so whatever is compiled per policy object is reused.
 */
export function withSenderDomain(policy: Policy, from: string | undefined): Policy {
  if (from === undefined || !from.includes('@')) return policy;
  const domain = addressDomain(from);
  if (domain === '' || hostAllowed(domain, policy.sender.own_domains)) return policy;
  let byDomain = variants.get(policy);
  if (byDomain === undefined) {
    byDomain = new Map();
    variants.set(policy, byDomain);
  }
  let p = byDomain.get(domain);
  if (p === undefined) {
    if (byDomain.size >= 256) byDomain.clear(); // bounded: senders are few unless someone varies them
    p = { ...policy, sender: { ...policy.sender, own_domains: [...policy.sender.own_domains, domain] } };
    byDomain.set(domain, p);
  }
  return p;
}
