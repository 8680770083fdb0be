/**
 * A fingerprint of every finding the scanner produces over the evaluation material: the whole
 * generated set (train and holdout), the whole-email sets, the problem emails and the scan
 * benchmark's drafts. A refactor or a speed-up that must not change behaviour prints the same
 * digest before and after:
 *
 *   npx tsx bench/eval/fingerprint.ts          # digest per set and overall
 *   npx tsx bench/eval/fingerprint.ts --diff A # also write every finding to file A (to diff two runs)
 *
 * It prints digests only, never the texts, so it can be run by someone who must not read the sets.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import type { Account, DraftInput } from '../../src/detect/types.js';
import { buildEvalBook } from './book.js';
import { generateEvalSet } from './generate.js';
import { generateBook, generateDrafts } from '../scan.bench.js';
import { defaultPolicy } from '../../src/policy/schema.js';

const evalBook = buildEvalBook();
const policy = { ...evalBook.policy, sender: { ...evalBook.policy.sender, company: 'Ourco', own_domains: [...evalBook.policy.sender.own_domains, 'ourco.com'] } };
const book = buildBook(evalBook.accounts.map((a) => a.account), { sensitiveFields: policy.sensitive_fields });
const set = generateEvalSet({ book: evalBook });
const carriers = set.filter((d) => d.expected.kinds.length === 0).map((d) => d.draft);

const lines: string[] = [];
const digests: Record<string, string> = {};
function run(name: string, drafts: Array<{ draft: DraftInput; account: Account; book?: typeof book; policy?: typeof policy }>): void {
  const h = createHash('sha256');
  drafts.forEach(({ draft, account, book: b, policy: p }, i) => {
    const f = scanDraft(draft, account, b ?? book, p ?? policy);
    const line = `${name}#${i} ${JSON.stringify(f)}`;
    h.update(line);
    lines.push(line);
  });
  digests[name] = h.digest('hex').slice(0, 16);
}

run('generated', set.map((d) => ({ draft: d.draft, account: book.get(d.draft.account_id) as Account, policy: evalBook.policy })));
for (const file of ['clean-emails.json', 'model-emails.json', 'problem-emails.json']) {
  const raw = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as { emails?: Array<{ subject: string; body: string }> } | Array<{ subject: string; body: string }>;
  const emails = Array.isArray(raw) ? raw : (raw.emails ?? []);
  run(file, emails.map((e, i) => {
    const c = carriers[i % carriers.length] as DraftInput;
    const account = book.get(c.account_id) as Account;
    return { draft: { ...c, subject: e.subject.replaceAll('{NAME}', account.name), body: e.body.replaceAll('{NAME}', account.name) }, account };
  }));
}
const scanAccounts = generateBook(4000);
const scanBook = buildBook(scanAccounts);
const scanPolicy = defaultPolicy();
run('scan-bench', generateDrafts(scanAccounts, 300).map((d) => ({ draft: d, account: scanBook.get(d.account_id) as Account, book: scanBook, policy: scanPolicy as unknown as typeof policy })));

const all = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
console.log(JSON.stringify({ ...digests, all, findings_lines: lines.length }));
const at = process.argv.indexOf('--diff');
if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1] as string, `${lines.join('\n')}\n`);
