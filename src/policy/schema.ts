/**
 * The RevOps policy file: typed data checked by zod, never evaluated code (DESIGN §5).
 *
 * Every key has a default, so `{}` is a complete policy and `defaultPolicy()` needs no I/O.
 * Objects are strict: a misspelt key is an error naming the key and its line, never silently
 * ignored (a typo in `block:` must not quietly let drafts through).
 * Other modules rely on these exact snake_case names; add keys, never rename them.
 */
import { z } from 'zod';
import type { Node } from 'yaml';
import { yaml } from '../lib/yaml.js';
import { PARSED_DEFAULT_POLICY } from './parsed-default.js';
import { RuleSchema, formatPath } from '../detect/rules/schema.js';
import { BUILTIN_RULE_IDS } from '../detect/packs/index.js';
import { SlackChannelId, SlackUserId } from '../lib/slack-ids.js';

const slackUser = SlackUserId;
const slackChannel = SlackChannelId;
const rate = z.number().min(0).max(1);
/** A host as written in the policy, pasted URL or not: "https://www.Calendly.com/x" → "calendly.com". */
const hostOf = z.string().transform((d) => d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, ''));
/**
 * A domain pattern (`sender.own_domains`, `links.allow_domains`; matched by policy/domains.ts): a
 * domain (its subdomains too), or a name under any public suffix written `name.*` ("ourco.*" holds
 * ourco.co.uk, ourco.com.br, events.ourco.sg; not ourco.evil.com).
 */
const domainPattern = hostOf.pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*(\.[a-z0-9-]+|\.\*)$/, 'expected a domain like example.com, or a name under any country or generic suffix like ourco.*'));
const severity = z.enum(['critical', 'warn', 'info']);

export const DEFAULT_SENSITIVE_FIELDS = [
  'contract_value', 'discount_pct', 'renewal_date', 'deal_risk_notes', 'private_notes',
];

export const Workflow = z.strictObject({
  owner: slackUser.optional(),
  description: z.string().default(''),
  fields: z.array(z.string().min(1)).default(['name', 'domain', 'segment', 'facts']),
  /** Recipients at free mailbox providers (gmail.com, …) pass without a warning in this workflow. */
  allow_personal_mailboxes: z.boolean().default(false),
});
export type Workflow = z.infer<typeof Workflow>;

/** One of our sending addresses and the rep it speaks for; a bare address is accepted too. */
export const Mailbox = z
  .union([
    z.email().transform((address) => ({ address })),
    z.strictObject({
      address: z.email(),
      owner: slackUser.optional(),
      /** This mailbox's own daily cap; `limits.mailbox_per_day` when absent. */
      per_day: z.number().int().positive().optional(),
    }),
  ])
  .transform((m) => ({ ...m, address: m.address.trim().toLowerCase() }));
export type Mailbox = z.infer<typeof Mailbox>;

const PolicyObject = z.strictObject({
  version_note: z.string().optional(),
  owners: z.array(slackUser).default([]),
  /**
   * Our sending mailboxes. When any is listed, a draft's `from` must be one of them (intake answers
   * 422 otherwise), and their domains are our own domains (added to `sender.own_domains`).
   */
  mailboxes: z.array(Mailbox).default([]),
  workflows: z.record(z.string().min(1), Workflow).default({}),
  high_tier: z
    .strictObject({
      account_value_usd: z.number().nonnegative().default(50_000),
      strategic: z.boolean().default(true),
      named_opportunity: z.boolean().default(true),
      finding_severities: z.array(severity).default(['warn']),
      new_template_probation: z.number().int().nonnegative().default(20),
    })
    .prefault({}),
  block: z
    .strictObject({
      do_not_contact: z.boolean().default(true),
      suppressed_recipient: z.boolean().default(true),
      finding_severities: z.array(severity).default(['critical']),
    })
    .prefault({}),
  sampling: z
    .strictObject({
      base_rate: rate.default(0.2),
      floor_rate: rate.default(0.05),
      tightened_rate: rate.default(1),
      tighten_after: z
        .strictObject({
          rejections: z.number().int().positive().default(2),
          of_last: z.number().int().positive().default(5),
        })
        .prefault({}),
      reduce_after_clean: z.number().int().positive().default(30),
      relax_after_clean: z.number().int().positive().default(5),
    })
    .prefault({}),
  review: z
    .strictObject({
      route: z.enum(['owner_dm', 'channel']).default('owner_dm'),
      channel: slackChannel.optional(),
      alert_channel: slackChannel.optional(),
      approver_groups: z.record(z.string().min(1), z.array(slackUser)).default({}),
      two_person: z
        .strictObject({
          account_value_usd: z.number().nonnegative().default(250_000),
          strategic: z.boolean().default(false),
        })
        .prefault({}),
      reading_words_per_minute: z.number().positive().default(400),
      /** The review ladder: a reminder DM, then a re-post to `escalate_to` (else the review channel, else the owners), then `expired`. */
      remind_after_hours: z.number().positive().default(24),
      escalate_after_hours: z.number().positive().default(48),
      /** An approver group (a key of approver_groups) that escalated cards go to. */
      escalate_to: z.string().min(1).optional(),
      expire_after_hours: z.number().positive().default(72),
    })
    .prefault({}),
  limits: z
    .strictObject({
      org_per_minute: z.number().int().positive().default(120),
      mailbox_per_day: z.number().int().positive().default(150),
      domain_per_day: z.number().int().positive().default(20),
      unreviewed_per_template_per_hour: z.number().int().positive().default(50),
    })
    .prefault({}),
  anomaly: z
    .strictObject({
      rejection: z
        .strictObject({
          p0: rate.default(0.05),
          p1: rate.default(0.25),
          alpha: rate.default(0.001),
          beta: rate.default(0.05),
          edit_weight: rate.default(0.5),
          min_reviews: z.number().int().nonnegative().default(5),
        })
        .prefault({}),
      bounce: z
        .strictObject({ rate: rate.default(0.05), min_volume: z.number().int().nonnegative().default(50) })
        .prefault({}),
      complaint: z
        .strictObject({ rate: rate.default(0.003), min_volume: z.number().int().nonnegative().default(200) })
        .prefault({}),
      volume: z
        .strictObject({
          window_minutes: z.number().int().positive().default(60),
          factor: z.number().positive().default(5),
          min_sends: z.number().int().nonnegative().default(50),
        })
        .prefault({}),
      findings: z
        .strictObject({
          critical_share: rate.default(0.2),
          min_drafts: z.number().int().nonnegative().default(10),
        })
        .prefault({}),
      /**
       * A client (agent) whose drafts keep hitting sensitive CRM data is probing: this many of its
       * drafts with a sensitive_field finding within the window pause `client:NAME` and alert.
       */
      probing: z
        .strictObject({
          sensitive_drafts: z.number().int().positive().default(5),
          window_minutes: z.number().int().positive().default(60),
        })
        .prefault({}),
    })
    .prefault({}),
  /** The owner's detection rules, same format as the built-in packs (docs/rules.md). */
  rules: z.array(RuleSchema).default([]),
  /** Built-in rule ids to turn off. */
  disable: z.array(z.string().min(1)).default([]),
  /** Severity overrides by rule id (built-in or the owner's). */
  severity: z.record(z.string().min(1), severity).default({}),
  sensitive_fields: z.array(z.string().min(1)).default(DEFAULT_SENSITIVE_FIELDS),
  links: z.strictObject({ allow_domains: z.array(domainPattern).default([]) }).prefault({}),
  /** Book imports that wait for an owner's confirmation instead of being applied. */
  imports: z
    .strictObject({
      /** Share of the book an import may add, change or remove unconfirmed (0.10 = 10% of the accounts). */
      confirm_share: z.number().min(0).max(1).default(0.1),
      /** Turning any do-not-contact flag off needs confirmation. */
      confirm_do_not_contact_lifted: z.boolean().default(true),
    })
    .prefault({}),
  sender: z
    .strictObject({
      company: z.string().default(''),
      /** Other names we go by (a short name, a former name): read as our name wherever a draft writes them. */
      aliases: z.array(z.string().trim().min(3, 'an alias of ours needs at least 3 characters')).default([]),
      /** Our domains: `example.com` (and its subdomains) or `name.*` (the name under any country or generic suffix). */
      own_domains: z.array(domainPattern).default([]),
      /** Our public list prices: quoting one never counts as leaking a contract value. */
      public_prices_usd: z.array(z.number().nonnegative()).default([]),
    })
    .prefault({}),
});

export const Policy = PolicyObject.superRefine((p, ctx) => {
  const sensitive = new Set(p.sensitive_fields);
  for (const [id, wf] of Object.entries(p.workflows)) {
    wf.fields.forEach((f, i) => {
      if (sensitive.has(f)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workflows', id, 'fields', i],
          message: `"${f}" is a sensitive field and may never be in an agent's scope`,
        });
      }
    });
  }
  const ownerIds = new Set<string>();
  p.rules.forEach((r, i) => {
    if (BUILTIN_RULE_IDS.has(r.id) || ownerIds.has(r.id)) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id "${r.id}" is already taken${BUILTIN_RULE_IDS.has(r.id) ? ' by a built-in rule (use severity: or disable: to tune it)' : ''}` });
    }
    if (r.detector !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'detector'], message: '"detector" is for built-in rules only; use phrases or patterns' });
    }
    ownerIds.add(r.id);
  });
  p.disable.forEach((id, i) => {
    if (!BUILTIN_RULE_IDS.has(id)) ctx.addIssue({ code: 'custom', path: ['disable', i], message: `no built-in rule "${id}" (see draftgate rules explain or docs/rules.md)` });
  });
  for (const id of Object.keys(p.severity)) {
    if (!BUILTIN_RULE_IDS.has(id) && !ownerIds.has(id)) ctx.addIssue({ code: 'custom', path: ['severity', id], message: `no rule "${id}"` });
  }
  if (p.review.escalate_to !== undefined && !(p.review.escalate_to in p.review.approver_groups)) {
    ctx.addIssue({ code: 'custom', path: ['review', 'escalate_to'], message: `no approver group "${p.review.escalate_to}" in review.approver_groups` });
  }
  if (p.sampling.floor_rate > p.sampling.base_rate) {
    ctx.addIssue({
      code: 'custom',
      path: ['sampling', 'floor_rate'],
      message: `floor_rate ${p.sampling.floor_rate} is above base_rate ${p.sampling.base_rate}`,
    });
  }
  if (p.sampling.tighten_after.rejections > p.sampling.tighten_after.of_last) {
    ctx.addIssue({
      code: 'custom',
      path: ['sampling', 'tighten_after', 'rejections'],
      message: 'rejections cannot exceed of_last',
    });
  }
  if (p.anomaly.rejection.p1 <= p.anomaly.rejection.p0) {
    ctx.addIssue({ code: 'custom', path: ['anomaly', 'rejection', 'p1'], message: 'p1 must be above p0' });
  }
  if (p.review.route === 'channel' && p.review.channel === undefined) {
    ctx.addIssue({ code: 'custom', path: ['review', 'channel'], message: 'route "channel" needs review.channel' });
  }
  p.mailboxes.forEach((m, i) => {
    if (p.mailboxes.findIndex((o) => o.address === m.address) !== i) {
      ctx.addIssue({ code: 'custom', path: ['mailboxes', i], message: `mailbox ${m.address} is listed twice` });
    }
  });
}).transform((p) => {
  // Our own domains default to the mailboxes' domains: a link to our own site is never "outside
  // the allowlist" and a reply-to at our domain is ours. Idempotent (a stored policy is re-parsed).
  const own = [...p.sender.own_domains];
  for (const m of p.mailboxes) {
    const d = m.address.slice(m.address.lastIndexOf('@') + 1);
    if (!own.includes(d)) own.push(d);
  }
  return own.length === p.sender.own_domains.length ? p : { ...p, sender: { ...p.sender, own_domains: own } };
});
export type Policy = z.infer<typeof Policy>;

export interface PolicyError {
  /** Dotted key path, e.g. `sampling.tighten_after.rejections` or `workflows.intro.fields[2]`. */
  path: string;
  /** 1-based line in the YAML text, null when the key is absent from the file. */
  line: number | null;
  message: string;
}

export type ParsePolicyResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/** A complete policy from the schema defaults alone. */
export function defaultPolicy(): Policy {
  return Policy.parse({});
}

/** Finds the YAML node (or, for a key, the key node) at a path; null when absent. */
function locate(root: unknown, path: ReadonlyArray<PropertyKey>, key?: string): Node | null {
  const { isMap, isPair, isScalar } = yaml();
  let node: unknown = root;
  let last: unknown = root;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg));
      if (pair === undefined) return (last as Node | null) ?? null;
      last = pair.key;
      node = pair.value;
    } else if (node !== null && typeof node === 'object' && 'items' in node && typeof seg === 'number') {
      const items = (node as { items: unknown[] }).items;
      node = items[seg];
    } else return (last as Node | null) ?? null;
    if (node !== null && node !== undefined) last = node;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === key);
    if (pair !== undefined) return pair.key as Node;
  }
  return (node as Node | null) ?? (last as Node | null) ?? null;
}

export function parsePolicy(yamlText: string): ParsePolicyResult {
  // The shipped policy, as the build parsed it: a fresh copy, as a parse would give.
  if (PARSED_DEFAULT_POLICY !== null && yamlText === PARSED_DEFAULT_POLICY.text) {
    return { ok: true, policy: JSON.parse(PARSED_DEFAULT_POLICY.policy) as Policy };
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        path: '(yaml)',
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = Policy.safeParse(data);
  if (parsed.success) return { ok: true, policy: parsed.data };

  const lineOf = (node: Node | null): number | null => {
    const offset = node?.range?.[0];
    return offset === undefined ? null : lineCounter.linePos(offset).line;
  };
  const errors: PolicyError[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...issue.path, key]),
          line: lineOf(locate(doc.contents, issue.path, key)),
          message: `unknown key "${key}"`,
        });
      }
      continue;
    }
    const present = doc.hasIn(issue.path as unknown[]);
    errors.push({
      path: formatPath(issue.path),
      line: present ? lineOf(locate(doc.contents, issue.path)) : lineOf(locate(doc.contents, issue.path.slice(0, -1))),
      message: issue.message,
    });
  }
  errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { ok: false, errors };
}

/** One line per error, `line 12: sampling.base_rate: ...`, for CLIs and API problem details. */
export function formatPolicyErrors(errors: PolicyError[]): string {
  return errors.map((e) => `${e.line === null ? '' : `line ${e.line}: `}${e.path}: ${e.message}`).join('\n');
}
