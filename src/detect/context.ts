/**
 * What every detector gets: one field of the draft, folded, and a sink for findings that maps
 * folded offsets back to the original text (the only place offsets are translated).
 */
import type { Account, Finding, FindingKind, Severity } from './types.js';
import type { Book } from './book.js';
import type { Policy } from '../policy/schema.js';
import { normalizeTerm, toSource, type FoldedText } from './normalize.js';
import type { AutomatonMatch } from './automaton.js';
import type { CompiledRules } from './rules/compile.js';

export interface FieldText {
  /** `"subject"` or null for the body (DESIGN §5). */
  field: 'subject' | null;
  text: FoldedText;
  /** Book automaton output for this field (names, aliases, domains, sensitive phrases). */
  matches: AutomatonMatch[];
}

export interface ScanContext {
  account: Account;
  accountIndex: number;
  book: Book;
  policy: Policy;
  /** Indexes of other accounts this draft names (filled by the other-account pass). */
  named: Set<number>;
  /** The policy's compiled rule set (built-ins + the owner's). */
  rules: CompiledRules;
  findings: Finding[];
  /** The body's field, where a check of the subject reads the thread ("Re: the new Galway site" echoes the quoted reply). */
  body?: FieldText;
  /** The subject's field, where a check of the body reads a name the subject gives ("How Kestrel Foods handled payroll…"). */
  subject?: FieldText;
  /** When given (`rules explain`), the sentence model's readings over a bar that were let through, and why. */
  readings?: ModelReading[];
}

/** A sentence the learned model read over its class's bar and did not report (ScanContext.readings). */
export interface ModelReading {
  rule: string;
  kind: FindingKind;
  field: 'subject' | null;
  start: number;
  end: number;
  probability: number;
  why: string;
}

const MAX_EXCERPT = 120;

/**
 * Findings of firm patterns (rules/schema.ts): the model check on rule hits (model/detect.ts
 * `corroborateRules`) leaves them as they are. Keyed by the finding object, so nothing is added
 * to what a finding carries out of the scan.
 */
export const FIRM_FINDINGS = new WeakSet<Finding>();

/**
 * Findings that stand for a rule's matches nobody read one by one (rules/engine.ts
 * MAX_CHECKED_HITS): always listed (scan.ts `listed`), however many others the rule has.
 */
export const UNREAD_FINDINGS = new WeakSet<Finding>();

export function addFinding(
  ctx: ScanContext,
  f: FieldText,
  kind: FindingKind,
  severity: Severity,
  foldedStart: number,
  foldedEnd: number,
  message: string,
  rule?: string,
): void {
  const { start, end } = toSource(f.text, foldedStart, foldedEnd);
  let excerpt = f.text.source.slice(start, end);
  if (excerpt.length > MAX_EXCERPT) excerpt = `${excerpt.slice(0, MAX_EXCERPT - 1)}…`;
  ctx.findings.push({ kind, severity, field: f.field, start, end, excerpt, message, rule });
}

/** `$48,000` / `$1,234.5`: grouped by hand, Intl is slow to spin up per call. */
export function formatUsd(v: number): string {
  const neg = v < 0 ? '-' : '';
  const [int = '0', frac] = String(Math.round(Math.abs(v) * 100) / 100).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg}$${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

const nameWordsCache = new WeakMap<Account, ReadonlySet<string>>();

/**
 * The words of the account's name and of each alias, normalized ("Acme Analytics" → acme,
 * analytics): a greeting or an address to one of them names the company, not a person. Once per
 * account object (every draft to the account asks).
 */
export function accountNameWords(account: Account): ReadonlySet<string> {
  let words = nameWordsCache.get(account);
  if (words === undefined) {
    words = new Set([account.name, ...account.aliases].flatMap((n) => normalizeTerm(n).split(' ')));
    nameWordsCache.set(account, words);
  }
  return words;
}
