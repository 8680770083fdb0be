/**
 * A word the email talks about instead of using: "what URGENT means on our invoices", the red
 * "URGENT" label in the console, "The CONFIDENTIAL label is there because these rates are specific
 * to your volume" (forty-eighth session, WW, WX). A tone or internal-marker finding whose whole
 * excerpt is such a term, in the subject or the body, is the email explaining a label, not a raised
 * voice or a label left from our side: every finding of that term is dropped once the email names
 * it as a term somewhere.
 *
 * Naming a term takes its quotation marks or its capitals, so "call the urgent line" or "a final
 * notice" named in passing count for nothing:
 * - a label noun after it, with an article before: "the red "URGENT" label", "the CONFIDENTIAL
 *   label", "the "URGENT PARTS" line on last month's invoice";
 * - a question about what it means: "what URGENT means", "what "FINAL" stands for";
 * - the word named: "the word "urgent"", "the label 'CONFIDENTIAL'";
 * - the word to put in a subject: "email support with URGENT in the subject" (forty-eighth session, XV).
 */
import type { FieldText, ScanContext } from './context.js';
import { escapeRegExp } from './normalize.js';
import type { Finding } from './types.js';

const LABEL_NOUN = String.raw`(?:label|tag|flag|status|line|badge|banner|marker|stamp|field|button|column|category|icon|code|heading|header|setting|mode|alert|state|marking|watermark|filter|queue|folder|tab|light)s?`;
const OPEN = `["“'‘«]`;
const CLOSE = `["”'’»]`;

/** The longest excerpt read as a term: a word or a short label ("URGENT PARTS"). */
const MAX_TERM_WORDS = 3;

/**
 * The shapes that name a term, each split where the term goes: what must come right before it
 * (capture 1 the opening quote, or empty) and right after it. Split, they are compiled once rather
 * than once per term and draft (fifty-first session: compiling the joined pattern for each draft's
 * term cost about a tenth of the scan benchmark).
 */
const SHAPES: ReadonlyArray<{ before: RegExp; after: RegExp }> = [
  [String.raw`(?<![\p{L}])(?:the|a|an|our|your|its|this|that|each|every)\s+(?:[\p{L}-]+\s+)?(${OPEN}?)`, String.raw`(?:\s+[\p{L}]+){0,2}${CLOSE}?\s+${LABEL_NOUN}(?![\p{L}])`],
  [String.raw`(?<![\p{L}])what\s+(${OPEN}?)`, String.raw`${CLOSE}?\s+(?:means|stands for|is for|indicates|signals|refers to)(?![\p{L}])`],
  [String.raw`(?<![\p{L}])(?:word|term|label|tag|flag|status|phrase|heading)\s+(${OPEN})`, CLOSE],
  [String.raw`(?<![\p{L}])(?:with|put|write|type|use|add|include|mark(?:ed)?|flag(?:ged)?)\s+(${OPEN}?)`, String.raw`${CLOSE}?\s+(?:in|at the start of|at the top of) (?:the|your) (?:subject|title|heading|header|first line)(?![\p{L}])`],
].map(([before, after]) => ({ before: new RegExp(`${before}$`, 'iu'), after: new RegExp(`^${after}`, 'iu') }));

/** How far before and after an occurrence of the term a shape that names it can reach. */
const BEFORE = 120;
const AFTER = 120;

/**
 * Whether either field names `term` with its quotation marks or in capitals: at each place the term
 * is written, a shape's part before it ends there and its part after it starts there (the text
 * around cut at spaces, so a shape's first and last words are whole).
 */
function namedAsTerm(fields: readonly FieldText[], term: string): boolean {
  const at = new RegExp(escapeRegExp(term).replace(/\s+/g, String.raw`\s+`), 'giu');
  for (const f of fields) {
    const src = f.text.source;
    for (const hit of src.matchAll(at)) {
      const written = hit[0];
      const end = hit.index + written.length;
      let start = Math.max(0, hit.index - BEFORE);
      while (start > 0 && !/\s/u.test(src[start - 1] as string)) start--;
      let until = Math.min(src.length, end + AFTER);
      while (until < src.length && !/\s/u.test(src[until] as string)) until++;
      const head = src.slice(start, hit.index);
      const tail = src.slice(end, until);
      for (const shape of SHAPES) {
        const b = shape.before.exec(head);
        if (b === null || !shape.after.test(tail)) continue;
        if ((b[1] ?? '') !== '' || (written === written.toUpperCase() && /\p{Lu}/u.test(written))) return true;
      }
    }
  }
  return false;
}

/** Drops the tone and internal-marker findings whose excerpt is a term the email explains. */
export function dropExplainedTerms(ctx: ScanContext, fields: readonly FieldText[]): void {
  const verdicts = new Map<string, boolean>();
  for (let i = ctx.findings.length - 1; i >= 0; i--) {
    const f = ctx.findings[i] as Finding;
    if ((f.kind !== 'tone' && f.kind !== 'internal_marker') || (f.rule ?? '').endsWith('.model')) continue;
    const term = (f.excerpt ?? '').trim();
    if (term === '' || !/\p{L}/u.test(term) || term.split(/\s+/).length > MAX_TERM_WORDS || /[.!?:;,]/.test(term)) continue;
    const key = term.toLowerCase();
    let named = verdicts.get(key);
    if (named === undefined) verdicts.set(key, (named = namedAsTerm(fields, term)));
    if (named) ctx.findings.splice(i, 1);
  }
}
