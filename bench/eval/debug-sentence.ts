/** Debug: the findings of set sentences as score-sets places them. npx tsx bench/eval/debug-sentence.ts SET.json kind substring */
import { readFileSync } from 'node:fs';
import { buildEvalBook } from './book.js';
import { generateEvalSet, splitSet } from './generate.js';
import { ourcoPolicy } from './emails.js';
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import type { Account } from '../../src/detect/types.js';
const [file, kindArg, sub] = process.argv.slice(2) as [string, string, string];
const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const evalBook = buildEvalBook();
const { train } = splitSet(generateEvalSet({ book: evalBook }));
const policy = ourcoPolicy(evalBook);
const book = buildBook(evalBook.accounts.map((a) => a.account), { sensitiveFields: policy.sensitive_fields });
const carriers = train.filter((d) => d.expected.kinds.length === 0 && !d.traps.includes('verified_fact')).slice(0, 60);
let next = 0;
for (const [kind, list] of Object.entries(data)) {
  if (!Array.isArray(list)) continue;
  for (const raw of list as string[]) {
    const carrier = carriers[next++ % carriers.length]!;
    if (kind !== kindArg || !raw.includes(sub)) continue;
    const account = book.get(carrier.draft.account_id) as Account;
    const sentence = raw.replaceAll('{NAME}', account.name);
    const paragraphs = carrier.draft.body.replaceAll('Relaylane', 'Ourco').split('\n\n');
    paragraphs.splice(2, 0, sentence);
    const body = paragraphs.join('\n\n');
    console.log(sentence, '| account', account.name, '| facts', JSON.stringify(account.facts));
    for (const f of scanDraft({ ...carrier.draft, body }, account, book, policy)) console.log('  ', f.rule, f.severity, JSON.stringify(f.excerpt), f.field, f.start);
  }
}
if (process.argv[5] === "body") {
  next = 0;
  for (const [kind, list] of Object.entries(data)) {
    if (!Array.isArray(list)) continue;
    for (const raw of list as string[]) { const c = carriers[next++ % carriers.length]!; if (kind === kindArg && raw.includes(sub)) console.log(c.draft.body.replace(/\n/g, ' ⏎ ')); }
  }
}
