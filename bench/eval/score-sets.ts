/**
 * Scores sets written by independent writers, one line per file (`-v` lists every miss and false
 * alarm). A file is read by its shape:
 *
 *   { "tone": [...], "internal_marker": [...], "unverified_claim": [...], "clean": [...] }
 *       sentences, each placed in a clean train draft (bench/eval/handwritten.ts): caught / written;
 *       the writers' briefs made Ourco (ourco.com) our company, so the sets are scored under that sender
 *   { "emails": [{ "subject", "body" }] }
 *       whole clean emails (bench/eval/emails.ts): how many get a warn or critical finding
 *   { "emails": [{ "kind", "subject", "body", "problem" }] }
 *       whole emails with one problem each: recall per kind, and emails with another kind's finding
 *
 *   npx tsx bench/eval/score-sets.ts bench/eval/sets/unread-*.json
 *   npx tsx bench/eval/score-sets.ts --by-rule bench/eval/sets/unread-clean-*.json
 *       clean-email sets: how many emails each rule flagged, over all the files given (ids and
 *       counts only, no text: safe on never-read sets, where it says which rule to study on read ones)
 *
 * `bench/eval/sets/unread-*` were never read by anyone writing rules: score them, do not open them.
 * `dev-*` were read, fixed from and trained on (docs/evaluation.md, thirteenth and fourteenth sessions).
 */
import { readFileSync } from 'node:fs';
import { buildEvalBook } from './book.js';
import { generateEvalSet, splitSet } from './generate.js';
import { scoreSetFile } from './set-file.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const byRule = args.includes('--by-rule');
const files = args.filter((a) => a !== '-v' && a !== '--by-rule');
const ruleCounts = new Map<string, number>();
if (files.length === 0) {
  process.stderr.write('usage: npx tsx bench/eval/score-sets.ts [-v] [--by-rule] FILE.json...\n');
  process.exit(2);
}
const evalBook = buildEvalBook();
const { train } = splitSet(generateEvalSet({ book: evalBook }));
const line = (s: string): string => s.replace(/\n/g, ' ⏎ ').slice(0, 400);

for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const name = file.split('/').pop() ?? file;
  const scored = scoreSetFile(data, evalBook, train);
  if (scored.shape === 'problem') {
    const s = scored.scores;
    process.stdout.write(`${name}: ${s.emails} problem emails, recall ${JSON.stringify(s.recall)}, ${s.with_other_findings} with another kind's finding\n`);
    if (verbose) for (const m of s.misses) process.stdout.write(`    ${line(m)}\n`);
  } else if (scored.shape === 'clean') {
    const s = scored.scores;
    const kinds = Object.fromEntries(Object.entries(s.by_kind).filter(([, v]) => v > 0));
    process.stdout.write(`${name}: ${s.flagged} of ${s.emails} clean emails flagged (${s.clean_false_alarm_rate}; ${s.flagged_by_model_only} by the sentence model alone) ${JSON.stringify(kinds)}\n`);
    if (verbose) for (const m of s.misses) process.stdout.write(`    ${line(m)}\n`);
    for (const [rule, n] of Object.entries(s.by_rule)) ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + n);
  } else {
    const s = scored.scores;
    const caught = Object.fromEntries(Object.entries(s.recall).map(([k, r]) => [k, `${Math.round(r * (s.sentences[k] ?? 0))}/${s.sentences[k] ?? 0}`]));
    process.stdout.write(`${name}: ${JSON.stringify(caught)} (clean: sentences with no warn or critical finding)\n`);
    if (verbose) for (const m of s.misses) process.stdout.write(`    ${line(m)}\n`);
  }
}
if (byRule) {
  process.stdout.write('clean emails flagged, per rule (all files):\n');
  for (const [rule, n] of [...ruleCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) process.stdout.write(`${String(n).padStart(6)}  ${rule}\n`);
}
