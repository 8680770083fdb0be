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

/** Every shape that names `term`, its capture 1 the opening quote (or empty) and 2 the term as written. */
function termShapes(term: string): RegExp {
  const t = escapeRegExp(term).replace(/\s+/g, String.raw`\s+`);
  return new RegExp([
    String.raw`(?<![\p{L}])(?:the|a|an|our|your|its|this|that|each|every)\s+(?:[\p{L}-]+\s+)?(${OPEN}?)(${t})(?:\s+[\p{L}]+){0,2}${CLOSE}?\s+${LABEL_NOUN}(?![\p{L}])`,
    String.raw`(?<![\p{L}])what\s+(${OPEN}?)(${t})${CLOSE}?\s+(?:means|stands for|is for|indicates|signals|refers to)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:word|term|label|tag|flag|status|phrase|heading)\s+(${OPEN})(${t})${CLOSE}`,
    String.raw`(?<![\p{L}])(?:with|put|write|type|use|add|include|mark(?:ed)?|flag(?:ged)?)\s+(${OPEN}?)(${t})${CLOSE}?\s+(?:in|at the start of|at the top of) (?:the|your) (?:subject|title|heading|header|first line)(?![\p{L}])`,
  ].join('|'), 'giu');
}

/** How far before and after an occurrence of the term a shape that names it can reach. */
const BEFORE = 120;
const AFTER = 120;

/**
 * Whether either field names `term` with its quotation marks or in capitals. The shapes are tried
 * only around the places the term is written (cut at spaces, so a shape's first and last words
 * are whole): tried over the whole text, their look-behinds at every position cost about a fifth of a
 * draft's scan (fifty-first session, profiled on the scan benchmark).
 */
function namedAsTerm(fields: readonly FieldText[], term: string): boolean {
  const at = new RegExp(escapeRegExp(term).replace(/\s+/g, String.raw`\s+`), 'giu');
  let re: RegExp | undefined;
  for (const f of fields) {
    const src = f.text.source;
    for (const hit of src.matchAll(at)) {
      let start = Math.max(0, hit.index - BEFORE);
      while (start > 0 && !/\s/u.test(src[start - 1] as string)) start--;
      let until = Math.min(src.length, hit.index + hit[0].length + AFTER);
      while (until < src.length && !/\s/u.test(src[until] as string)) until++;
      re ??= termShapes(term);
      for (const m of src.slice(start, until).matchAll(re)) {
        // The groups come in pairs, one pair per shape: the one that took part holds the term.
        for (let g = 1; g < m.length; g += 2) {
          const written = m[g + 1];
          if (written === undefined) continue;
          if ((m[g] ?? '') !== '' || (written === written.toUpperCase() && /\p{Lu}/u.test(written))) return true;
        }
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
