/**
 * The findings of set sentences as score-sets places them (bench/eval/handwritten.ts
 * placeSentences), for reading a development set's misses:
 *
 *   npx tsx bench/eval/debug-sentence.ts bench/eval/sets/dev-set55.json clean "GA for Ourco"
 */
import { readFileSync } from 'node:fs';
import { buildEvalBook } from './book.js';
import { generateEvalSet, splitSet } from './generate.js';
import { sellerPolicy } from './emails.js';
import { placeSentences } from './handwritten.js';

const [file, kindArg, sub] = process.argv.slice(2);
if (file === undefined || kindArg === undefined || sub === undefined) {
  process.stderr.write('usage: npx tsx bench/eval/debug-sentence.ts SET.json KIND SUBSTRING\n');
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const sets: Record<string, string[]> = {};
for (const [k, v] of Object.entries(data)) if (Array.isArray(v)) sets[k] = v as string[];
const evalBook = buildEvalBook();
const { train } = splitSet(generateEvalSet({ book: evalBook }));
for (const p of placeSentences(sets, evalBook, train, sellerPolicy(evalBook))) {
  if (p.kind !== kindArg || !p.sentence.includes(sub)) continue;
  process.stdout.write(`${p.sentence} | account ${p.account.name} | facts ${JSON.stringify(p.account.facts)}\n`);
  for (const f of p.findings) process.stdout.write(`   ${f.rule} ${f.severity} ${JSON.stringify(f.excerpt)} ${f.field} ${f.start}\n`);
}
