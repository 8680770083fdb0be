/**
 * Pure Block Kit builders for review messages, modals and App Home (no I/O, unit-tested).
 *
 * What must stay true:
 * - agent-written text never becomes a mention, link or formatting: the exact subject and body
 *   go in `plain_text` objects (rendered literally by Slack), and whatever agent text appears in
 *   mrkdwn (finding excerpts, reasons, names) passes through `escapeMrkdwn` first;
 * - every message stays within Block Kit limits (≤50 blocks, section text ≤3000 chars, header
 *   ≤150, button text ≤75, action_id ≤255, value ≤2000); long bodies are split and the rest is
 *   one "View full draft" click away (modal, ≤100 blocks);
 * - every button names one exact draft version (`dg:<verb>:<draftId>:<version>`).
 */
import { clip, escapeMrkdwn } from '../slack/mrkdwn.js';

export const LIMITS = { messageBlocks: 50, modalBlocks: 100, sectionText: 3000, header: 150, buttonText: 75, actionId: 255, value: 2000, fieldText: 2000, fields: 10, contextElements: 10, inputMax: 3000 } as const;

// ---- escaping: src/slack/mrkdwn.ts (re-exported for the builders' tests) ----------------

export { clip, escapeMrkdwn } from '../slack/mrkdwn.js';

/** Split `text` into chunks of at most `max` chars, preferring paragraph, then line, then word breaks. */
export function splitText(text: string, max: number = LIMITS.sectionText): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    // Never split a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n+/, '');
  }
  if (rest.length || !out.length) out.push(rest);
  return out;
}

// ---- action ids ----------------------------------------------------------------------------

export const ACTIONS = ['approve', 'edit', 'reject', 'view', 'approve_confirmed'] as const;
export type ReviewAction = (typeof ACTIONS)[number];
export interface ActionRef {
  action: ReviewAction;
  draftId: string;
  version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeActionId(ref: ActionRef): string {
  return `dg:${ref.action}:${ref.draftId}:${ref.version}`;
}

/** The inverse of encodeActionId; null for anything that is not exactly one of ours. */
export function parseActionId(id: string): ActionRef | null {
  const m = /^dg:([a-z_]+):([^:]+):(\d{1,9})$/.exec(id);
  if (!m) return null;
  const action = m[1] as ReviewAction;
  if (!ACTIONS.includes(action) || !UUID.test(m[2]!)) return null;
  const version = Number(m[3]);
  if (!Number.isSafeInteger(version) || version < 1) return null;
  return { action, draftId: m[2]!.toLowerCase(), version };
}

// ---- the review card -----------------------------------------------------------------------

export interface CardFinding {
  kind: string;
  severity: 'critical' | 'warn' | 'info';
  field: string | null;
  start: number;
  end: number;
  excerpt: string;
  message?: string | undefined;
}

export interface CardDraft {
  id: string;
  version: number;
  tier: 'blocked' | 'high' | 'low';
  sampled: boolean;
  twoPerson: boolean;
  tierReasons: string[];
  findings: CardFinding[];
  toEmail: string;
  toName: string | null;
  fromMailbox: string;
  workflow: string;
  templateId: string;
  subject: string;
  body: string;
}

export interface CardAccount {
  name: string;
  valueUsd: number;
  strategic: boolean;
  namedOpportunity: string | null;
}

type Block = Record<string, unknown>;
const pt = (text: string) => ({ type: 'plain_text', text, emoji: false });
const md = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

const SEVERITY_ICON = { critical: ':red_circle:', warn: ':large_orange_circle:', info: ':white_circle:' } as const;
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** The finding with ~60 chars of context each side, the offending text in bold (all escaped). */
export function findingInContext(f: CardFinding, subject: string, body: string, around = 60): string {
  if (f.field !== null && f.field !== 'subject') {
    // A finding about an address (field "to": the recipient's domain), not about the text.
    const line = `${SEVERITY_ICON[f.severity]} *${f.kind}* (${f.severity}, ${escapeMrkdwn(f.field === 'to' ? 'recipient' : f.field)}): *${escapeMrkdwn(f.excerpt)}*`;
    return clip(f.message ? `${line}\n_${escapeMrkdwn(f.message)}_` : line, LIMITS.sectionText);
  }
  const src = f.field === 'subject' ? subject : body;
  const start = Math.max(0, Math.min(f.start, src.length));
  const end = Math.max(start, Math.min(f.end, src.length));
  const before = src.slice(Math.max(0, start - around), start).replace(/\s+/g, ' ');
  const hit = src.slice(start, end) || f.excerpt;
  const after = src.slice(end, end + around).replace(/\s+/g, ' ');
  const where = f.field === 'subject' ? 'subject' : 'body';
  const line = `${SEVERITY_ICON[f.severity]} *${f.kind}* (${f.severity}, ${where}): ${start > around ? '…' : ''}${escapeMrkdwn(before)}*${escapeMrkdwn(hit).replace(/\n/g, ' ')}*${escapeMrkdwn(after)}${end + around < src.length ? '…' : ''}`;
  return clip(f.message ? `${line}\n_${escapeMrkdwn(f.message)}_` : line, LIMITS.sectionText);
}

function summaryBlocks(d: CardDraft, a: CardAccount): Block[] {
  const tier = d.tier === 'low' ? (d.sampled ? 'low tier · sampled spot check' : 'low tier') : `${d.tier} tier`;
  const reasons = d.tierReasons.length ? d.tierReasons.map((r) => `• ${escapeMrkdwn(r)}`).join('\n') : '• no specific reason recorded';
  const acct = [`*${escapeMrkdwn(a.name)}*`, usd(a.valueUsd), a.strategic ? 'strategic' : null, a.namedOpportunity ? `opportunity: ${escapeMrkdwn(a.namedOpportunity)}` : null].filter(Boolean).join(' · ');
  return [
    { type: 'header', text: pt(clip(`Review: ${d.subject.replace(/\s+/g, ' ')}`, LIMITS.header)) },
    { type: 'section', text: md(clip(`*Why:* ${tier}${d.twoPerson ? ' · two approvers needed' : ''}\n${reasons}`, LIMITS.sectionText)) },
    {
      type: 'section',
      fields: [
        md(clip(`*Account*\n${acct}`, LIMITS.fieldText)),
        md(clip(`*To*\n${escapeMrkdwn(d.toName ? `${d.toName} <${d.toEmail}>` : d.toEmail)}`, LIMITS.fieldText)),
        md(clip(`*From*\n${escapeMrkdwn(d.fromMailbox)}`, LIMITS.fieldText)),
        md(clip(`*Workflow · template*\n${escapeMrkdwn(d.workflow)} · ${escapeMrkdwn(d.templateId)}`, LIMITS.fieldText)),
      ],
    },
  ];
}

function findingBlocks(d: CardDraft, max: number): Block[] {
  if (!d.findings.length) return [];
  const lines = d.findings.map((f) => findingInContext(f, d.subject, d.body));
  const blocks: Block[] = [];
  // Pack several findings per section (≤3000 chars), at most `max` sections.
  let cur = '';
  let shown = 0;
  for (const l of lines) {
    if (cur && cur.length + 1 + l.length > LIMITS.sectionText) {
      if (blocks.length + 1 >= max) break;
      blocks.push({ type: 'section', text: md(cur) });
      cur = '';
    }
    cur = cur ? `${cur}\n${l}` : l;
    shown++;
  }
  if (cur) blocks.push({ type: 'section', text: md(cur) });
  if (shown < lines.length) blocks.push({ type: 'context', elements: [md(`…and ${lines.length - shown} more finding(s) — see the full draft`)] });
  return blocks;
}

function textBlocks(d: CardDraft, maxBodyBlocks: number): { blocks: Block[]; truncated: boolean } {
  const chunks = splitText(d.body);
  const shown = chunks.slice(0, maxBodyBlocks);
  const blocks: Block[] = [
    { type: 'divider' },
    { type: 'section', text: pt(clip(`Subject: ${d.subject}`, LIMITS.sectionText)) },
    ...shown.map((c) => ({ type: 'section', text: pt(c || ' ') })),
  ];
  return { blocks, truncated: chunks.length > shown.length };
}

export function reviewButtons(d: Pick<CardDraft, 'id' | 'version'>, a: Pick<CardAccount, 'strategic' | 'name'>, opts: { withView?: boolean } = {}): Block {
  const ref = (action: ReviewAction) => encodeActionId({ action, draftId: d.id, version: d.version });
  const approve: Block = { type: 'button', style: 'primary', text: pt('Approve'), action_id: ref('approve'), value: ref('approve') };
  if (a.strategic) {
    approve.confirm = {
      title: pt('Strategic account'),
      text: md(clip(`*${escapeMrkdwn(a.name)}* is a strategic account. Send this exact text (version ${d.version})?`, 300)),
      confirm: pt('Approve and send'),
      deny: pt('Cancel'),
    };
  }
  const elements: Block[] = [
    approve,
    { type: 'button', text: pt('Edit'), action_id: ref('edit'), value: ref('edit') },
    { type: 'button', style: 'danger', text: pt('Reject'), action_id: ref('reject'), value: ref('reject') },
  ];
  if (opts.withView !== false) elements.push({ type: 'button', text: pt('View full draft'), action_id: ref('view'), value: ref('view') });
  return { type: 'actions', block_id: `dg:actions:${d.id}`, elements };
}

/** The review message: ≤50 blocks whatever the draft. */
export function buildReviewBlocks(d: CardDraft, a: CardAccount): Block[] {
  const head = summaryBlocks(d, a); // 3
  const findings = findingBlocks(d, 8); // ≤9
  const budget = LIMITS.messageBlocks - head.length - findings.length - 2 /* divider+subject */ - 1 /* actions */ - 1; /* truncation note */
  const text = textBlocks(d, Math.min(budget, 6)); // at most ~18,000 chars inline; the rest in the modal
  const out = [...head, ...findings, ...text.blocks];
  if (text.truncated) out.push({ type: 'context', elements: [md(`Body truncated here (${d.body.length.toLocaleString('en-US')} characters in all) — use *View full draft* to read every word before approving.`)] });
  out.push(reviewButtons(d, a));
  return out;
}

export interface Decision {
  outcome: 'approved' | 'edited' | 'rejected' | 'first_approval' | 'expired' | 'cancelled';
  by: string;
  at: Date;
  reason?: string | undefined;
  fast?: boolean | undefined;
}

const OUTCOME = { approved: ':white_check_mark: Approved', edited: ':pencil2: Edited and approved', rejected: ':x: Rejected', first_approval: ':hourglass: First approval', expired: ':clock3: Expired', cancelled: ':no_entry: Cancelled' } as const;

/** The card after a decision: outcome, who, when; no buttons (unless a second approver is still needed). */
export function buildDecidedBlocks(d: CardDraft, a: CardAccount, dec: Decision): Block[] {
  const when = `<!date^${Math.floor(dec.at.getTime() / 1000)}^{date_short_pretty} {time}|${dec.at.toISOString()}>`;
  // No `by` for what nobody did (a draft the review ladder expired).
  const note = [`${OUTCOME[dec.outcome]}${dec.by ? ` by <@${dec.by}>` : ''} ${when} (version ${d.version})`, dec.reason ? `reason: ${escapeMrkdwn(dec.reason)}` : null, dec.fast ? ':zap: fast approval (faster than the policy reading speed)' : null].filter(Boolean).join(' · ');
  const head = summaryBlocks(d, a);
  const text = textBlocks(d, 4);
  const out: Block[] = [...head, ...text.blocks, { type: 'context', elements: [md(clip(note, LIMITS.sectionText))] }];
  if (dec.outcome === 'first_approval') out.push(reviewButtons(d, a));
  return out;
}

/** Plain-text fallback for notifications (chat.postMessage `text`). */
export function reviewFallbackText(d: CardDraft, a: CardAccount): string {
  return clip(`Review needed (${d.tier} tier): ${d.subject} → ${d.toEmail} (${a.name})`, 300);
}

// ---- modals -------------------------------------------------------------------------------

export interface ModalMeta {
  draftId: string;
  version: number;
  channel?: string | undefined;
  ts?: string | undefined;
}

export function buildEditModal(d: CardDraft, meta: ModalMeta): Block {
  const editable = d.body.length <= LIMITS.inputMax;
  return {
    type: 'modal',
    callback_id: encodeActionId({ action: 'edit', draftId: d.id, version: d.version }),
    private_metadata: JSON.stringify(meta),
    title: pt('Edit draft'),
    submit: editable ? pt('Approve edited') : undefined,
    close: pt('Cancel'),
    blocks: editable
      ? [
          { type: 'context', elements: [md(`Version ${d.version}. The edited text is scanned again before it is approved.`)] },
          { type: 'input', block_id: 'subject', label: pt('Subject'), element: { type: 'plain_text_input', action_id: 'value', initial_value: clip(d.subject, LIMITS.inputMax), max_length: LIMITS.inputMax } },
          { type: 'input', block_id: 'body', label: pt('Body'), element: { type: 'plain_text_input', action_id: 'value', multiline: true, initial_value: d.body, max_length: LIMITS.inputMax } },
        ]
      : [{ type: 'section', text: md(`This body is ${d.body.length.toLocaleString('en-US')} characters, above Slack's ${LIMITS.inputMax}-character input limit. Edit it with \`draftgate review edit ${d.id}\`.`) }],
  };
}

export const REJECT_LABELS: Record<string, string> = {
  factual_error: 'Factual error',
  wrong_company: 'Wrong company',
  sensitive_data: 'Sensitive data',
  tone: 'Tone',
  wrong_person: 'Wrong person',
  other: 'Other',
};

export function buildRejectModal(d: Pick<CardDraft, 'id' | 'version'>, meta: ModalMeta): Block {
  return {
    type: 'modal',
    callback_id: encodeActionId({ action: 'reject', draftId: d.id, version: d.version }),
    private_metadata: JSON.stringify(meta),
    title: pt('Reject draft'),
    submit: pt('Reject'),
    close: pt('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'category',
        label: pt('Reason'),
        element: { type: 'static_select', action_id: 'value', options: Object.entries(REJECT_LABELS).map(([value, text]) => ({ text: pt(text), value })) },
      },
      { type: 'input', block_id: 'reason', optional: true, label: pt('What was wrong?'), element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: LIMITS.inputMax } },
    ],
  };
}

/** The whole draft, read-only, in ≤100 blocks (bodies beyond ~280k chars are cut with a note). */
export function buildFullDraftModal(d: CardDraft, a: CardAccount): Block {
  const head = summaryBlocks(d, a).slice(1);
  const findings = findingBlocks(d, 20);
  const text = textBlocks(d, LIMITS.modalBlocks - head.length - findings.length - 3);
  const blocks = [...head, ...findings, ...text.blocks];
  if (text.truncated) blocks.push({ type: 'context', elements: [md('Too long for Slack; read it with `draftgate review show`.')] });
  return { type: 'modal', title: pt('Full draft'), close: pt('Close'), blocks };
}

// ---- App Home -----------------------------------------------------------------------------

export function buildHomeView(items: Array<{ draft: CardDraft; account: CardAccount; postedAt: Date | null }>, userId: string): Block {
  const blocks: Block[] = [{ type: 'header', text: pt('Your pending reviews') }];
  if (!items.length) blocks.push({ type: 'section', text: md(`Nothing waiting for <@${userId}>. :tada:`) });
  const per = 3;
  const room = Math.floor((LIMITS.modalBlocks - 2) / per);
  for (const it of items.slice(0, room)) {
    const d = it.draft;
    blocks.push({ type: 'section', text: md(clip(`*${escapeMrkdwn(d.subject)}*\n${escapeMrkdwn(it.account.name)} · ${escapeMrkdwn(d.toEmail)} · ${d.tier} tier${d.findings.length ? ` · ${d.findings.length} finding(s)` : ''}`, LIMITS.sectionText)) });
    blocks.push({ type: 'context', elements: [md(it.postedAt ? `posted <!date^${Math.floor(it.postedAt.getTime() / 1000)}^{date_short_pretty} {time}|${it.postedAt.toISOString()}>` : 'not posted yet')] });
    blocks.push(reviewButtons(d, it.account));
  }
  if (items.length > room) blocks.push({ type: 'context', elements: [md(`…and ${items.length - room} more (oldest shown first).`)] });
  return { type: 'home', blocks };
}
