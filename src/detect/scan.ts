/**
 * scanDraft: every detector over the subject and body of one draft → Finding[].
 *
 * Contract (DESIGN §5): findings carry UTF-16 offsets into the ORIGINAL subject (field
 * "subject") or body (field null) and the excerpt at those offsets; sorted subject first, then
 * body, each by start, then end. Pure and deterministic: same inputs, same findings.
 */
import type { Account, DraftInput, Finding } from './types.js';
import type { Book } from './book.js';
import type { Policy } from '../policy/schema.js';
import { foldText } from './normalize.js';
import type { FieldText, ScanContext } from './context.js';
import { detectRecipientDomain } from './recipient-domain.js';
import { withSenderDomain } from '../policy/mailboxes.js';
import { detectSensitive, detectTerms } from './book-detectors.js';
import { detectPii, detectSecrets } from './pii.js';
import {
  detectClaims, detectInternal, detectLinks, detectPlaceholders, detectRecipient, detectTone,
} from './text-detectors.js';

export type ScannableDraft = Pick<DraftInput, 'subject' | 'body' | 'to' | 'from'> & Partial<DraftInput>;

function prepareField(book: Book, field: 'subject' | null, source: string): FieldText {
  const text = foldText(source);
  const { matches, triggers } = book.automaton.run(text.lower);
  return { field, text, matches, triggers };
}

const KIND_ORDER = [
  'secret', 'pii', 'sensitive_field', 'internal_marker', 'other_account', 'unverified_claim',
  'recipient_mismatch', 'placeholder', 'link', 'tone',
];

export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.field === 'subject' ? 0 : 1;
  const fb = b.field === 'subject' ? 0 : 1;
  return fa - fb || a.start - b.start || a.end - b.end || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

export function scanDraft(draft: ScannableDraft, account: Account, book: Book, policyIn: Policy): Finding[] {
  // The sender's domain is ours (intake refuses a `from` outside our mailboxes/domains).
  const policy = withSenderDomain(policyIn, draft.from);
  const ctx: ScanContext = {
    account,
    accountIndex: book.indexOf(account.id),
    book,
    policy,
    named: new Set<number>(),
    findings: [],
  };
  const fields = [prepareField(book, 'subject', draft.subject), prepareField(book, null, draft.body)];
  detectTerms(ctx, fields);
  detectSensitive(ctx, fields);
  for (const f of fields) {
    detectPii(ctx, f);
    detectSecrets(ctx, f);
    detectInternal(ctx, f, draft.prompt);
    detectClaims(ctx, f);
    detectRecipient(ctx, f, draft);
    detectPlaceholders(ctx, f);
    detectLinks(ctx, f);
    detectTone(ctx, f);
  }
  ctx.findings.push(...detectRecipientDomain(draft, account, book, policy));
  return dedupe(ctx.findings.sort(compareFindings));
}

const RANK = { critical: 2, warn: 1, info: 0 } as const;

/**
 * One leak, one finding: drops a finding wholly inside another of the same kind, field and at
 * least its severity, and shouting (tone, info) that overlaps any other finding (a key block
 * or an internal marker in capitals is already reported as what it is).
 */
function dedupe(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of sorted) {
    const covered = sorted.some(
      (g) => g !== f && g.kind === f.kind && g.field === f.field && g.start <= f.start && g.end >= f.end &&
        RANK[g.severity] >= RANK[f.severity] && (g.start !== f.start || g.end !== f.end || out.includes(g)),
    );
    const shoutOverOther = f.kind === 'tone' && f.severity === 'info' && sorted.some(
      (g) => g.kind !== 'tone' && g.field === f.field && g.start < f.end && g.end > f.start,
    );
    if (!covered && !shoutOverOther) out.push(f);
  }
  return out;
}

/** Findings in the exact DESIGN §5 shape (no `message`). */
export function toContractFindings(findings: Finding[]): Array<Omit<Finding, 'message'>> {
  return findings.map((f) => ({
    kind: f.kind, severity: f.severity, field: f.field, start: f.start, end: f.end, excerpt: f.excerpt,
  }));
}
