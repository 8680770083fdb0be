/**
 * scanDraft: every detector over the subject and body of one draft → Finding[]. The policy's
 * rule set (built-in packs + its `rules:`, minus `disable:`, with `severity:` overrides) is
 * compiled once per policy object and reused (rules/compile.ts).
 *
 * Contract (DESIGN §5): findings carry UTF-16 offsets into the ORIGINAL subject (field
 * "subject") or body (field null) and the excerpt at those offsets; sorted subject first, then
 * body, each by start, then end. Pure and deterministic: same inputs, same findings.
 */
import type { Account, DraftInput, Finding } from './types.js';
import type { Book } from './book.js';
import type { Policy } from '../policy/schema.js';
import { foldText } from './normalize.js';
import { foldOurName } from './our-name.js';
import { UNREAD_FINDINGS, type FieldText, type ModelReading, type ScanContext } from './context.js';
import { detectSensitive, detectTerms } from './book-detectors.js';
import { detectLinks, detectPromptCopy, detectShouting } from './text-detectors.js';
import { detectRecipient } from './recipient.js';
import { detectAddressedNote } from './addressed-note.js';
import { detectForeignLine } from './foreign-line.js';
import { detectNoteParaphrase } from './note-paraphrase.js';
import { detectHidden, detectHiddenHtml } from './hidden.js';
import { runRules } from './rules/engine.js';
import { rulesForPolicy } from './rules/compile.js';
import { detectRecipientDomain } from './recipient-domain.js';
import { corroborateRules, detectModel } from './model/detect.js';
import { dropExplainedTerms } from './term-mention.js';
import { withSenderDomain } from '../policy/mailboxes.js';
import { readSubjectWithBody } from './thread.js';

export type ScannableDraft = Pick<DraftInput, 'subject' | 'body' | 'to' | 'from'> & Partial<DraftInput>;

function prepareField(book: Book, policy: Policy, field: 'subject' | null, source: string): FieldText {
  // Our own name read as one token whatever the policy calls us (our-name.ts).
  const text = foldOurName(foldText(source), policy, book);
  const { matches } = book.automaton.run(text.lower);
  return { field, text, matches };
}

export const KIND_ORDER = [
  'secret', 'pii', 'sensitive_field', 'internal_marker', 'hidden_text', 'other_account', 'unverified_claim',
  'recipient_mismatch', 'placeholder', 'link', 'tone',
];

export function compareFindings(a: Finding, b: Finding): number {
  return fieldRank(a) - fieldRank(b) || a.start - b.start || a.end - b.end || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

export function scanDraft(draft: ScannableDraft, account: Account, book: Book, policy: Policy): Finding[] {
  return listed(dedupe(collectFindings(draft, account, book, policy)));
}

/** Findings of one rule (or detector) in one field listed one by one; the rest are counted in one more. */
export const MAX_LISTED = 50;

/**
 * At most MAX_LISTED findings per rule and field: a body naming another account 10,000 times
 * would otherwise store, return and show 10,000 findings. The finding after the last listed one
 * stays, its message saying how many more there were; the rest are dropped. Real drafts hold a
 * few findings per rule.
 */
function listed(sorted: Finding[]): Finding[] {
  const keyOf = (f: Finding): string => `${f.field ?? ''}\u0000${f.rule ?? f.kind}`;
  const counts = new Map<string, number>();
  for (const f of sorted) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= MAX_LISTED + 1)) return sorted;
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of sorted) {
    const key = keyOf(f);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const total = counts.get(key) as number;
    if (n <= MAX_LISTED || total === MAX_LISTED + 1 || UNREAD_FINDINGS.has(f)) out.push(f);
    else if (n === MAX_LISTED + 1) out.push({ ...f, message: `${f.message ?? f.kind} (and ${total - MAX_LISTED - 1} more like it in the field, not listed: ${total} in all)` });
  }
  return out;
}

/**
 * Every finding of every rule, sorted, before one-leak-one-finding dedupe: what `rules test` and
 * `rules explain` look at (a rule whose match another rule's covers still fired).
 */
export function collectFindings(draft: ScannableDraft, account: Account, book: Book, policyIn: Policy, readings?: ModelReading[]): Finding[] {
  // The sender's domain is ours (intake refuses a `from` outside our mailboxes/domains).
  const policy = withSenderDomain(policyIn, draft.from);
  const ctx: ScanContext = {
    account,
    accountIndex: book.indexOf(account.id),
    book,
    policy,
    named: new Set<number>(),
    rules: rulesForPolicy(policy),
    findings: [],
    ...(readings === undefined ? {} : { readings }),
  };
  const fields = [prepareField(book, policy, 'subject', draft.subject), prepareField(book, policy, null, draft.body)];
  ctx.subject = fields[0];
  ctx.body = fields[1];
  detectTerms(ctx, fields);
  detectSensitive(ctx, fields);
  for (const f of fields) detectNoteParaphrase(ctx, f);
  for (const f of fields) {
    const ruled = ctx.findings.length;
    runRules(ctx, f);
    corroborateRules(ctx, f, ruled);
    detectHidden(ctx, f);
    detectHiddenHtml(ctx, f);
    detectPromptCopy(ctx, f, draft.prompt);
    detectRecipient(ctx, f, draft);
    detectAddressedNote(ctx, f, draft);
    detectForeignLine(ctx, f);
    detectLinks(ctx, f);
    detectShouting(ctx, f);
    // Last of the field: the learned model adds a finding only where no detector above reported the same kind.
    detectModel(ctx, f);
  }
  ctx.findings.push(...detectRecipientDomain(draft, account, book, policy));
  readSubjectWithBody(ctx, fields[0] as FieldText, fields[1] as FieldText, draft.body);
  dropExplainedTerms(ctx, fields);
  return ctx.findings.sort(compareFindings);
}

const RANK = { critical: 2, warn: 1, info: 0 } as const;

/**
 * One leak, one finding: drops a finding wholly inside another of the same kind, field and at
 * least its severity, a non-critical finding wholly inside a critical one of another kind, and
 * shouting that overlaps another rule's finding (a key block or an internal marker in capitals is
 * already reported as what it is; the sentence model's guess is not).
 */
export function dedupe(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  const kept = new Set<Finding>();
  // A finding that holds or overlaps f starts no further before f than the field's longest
  // finding is long, and no later than f's end: only those are compared (10,000 findings of a
  // pasted list compared all against all took a second).
  const longest = [0, 0];
  for (const g of sorted) {
    const r = fieldRank(g);
    longest[r] = Math.max(longest[r] as number, g.end - g.start);
  }
  for (const f of sorted) {
    const r = fieldRank(f);
    let covered = false;
    let shoutOverOther = false;
    let insideCritical = false;
    const shout = f.rule === 'tone.shouting';
    const lesser = f.severity !== 'critical' && f.kind !== 'hidden_text' && f.kind !== 'link';
    for (let j = firstAt(sorted, r, f.start - (longest[r] as number)); j < sorted.length; j++) {
      const g = sorted[j] as Finding;
      if (fieldRank(g) !== r || g.start > f.end) break;
      if (g === f) continue;
      const holds = g.start <= f.start && g.end >= f.end;
      if (holds && g.kind === f.kind && RANK[g.severity] >= RANK[f.severity] && (g.start !== f.start || g.end !== f.end || kept.has(g))) covered = true;
      // The sentence model's reading is not "what it is": "DO NOT MISS THIS." read as a note for the
      // team at 0.87 would otherwise take the shouting's place, and the draft's tone go unreported.
      if (shout && g.kind !== 'tone' && !(g.rule ?? '').endsWith('.model') && g.start < f.end && g.end > f.start) shoutOverOther = true;
      // A lesser finding inside a critical one of another kind says nothing new: the critical one
      // already blocks and highlights that text (a claim word inside a leaked note). Hidden
      // characters are always reported: they change what the reviewer sees; so is a link outside the
      // allow-list with a key in its address: the reviewer who strikes the key still sends the reader
      // to a host nobody approved.
      if (lesser && holds && g.kind !== f.kind && g.severity === 'critical') insideCritical = true;
    }
    // The count of a rule's unread matches is news no other finding carries.
    if (UNREAD_FINDINGS.has(f) || (!covered && !shoutOverOther && !insideCritical)) {
      out.push(f);
      kept.add(f);
    }
  }
  return out;
}

function fieldRank(f: Finding): number {
  return f.field === 'subject' ? 0 : 1;
}

/** Index of the first finding of `sorted` (compareFindings order) in field rank `r` starting at or after `start`. */
function firstAt(sorted: readonly Finding[], r: number, start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const g = sorted[mid] as Finding;
    const gr = fieldRank(g);
    if (gr < r || (gr === r && g.start < start)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Findings in the exact DESIGN §5 shape (no `message`). */
export function toContractFindings(findings: Finding[]): Array<Omit<Finding, 'message' | 'rule'>> {
  return findings.map((f) => ({
    kind: f.kind, severity: f.severity, field: f.field, start: f.start, end: f.end, excerpt: f.excerpt,
  }));
}
