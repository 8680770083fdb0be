/**
 * Compares every finding of two checkouts of the scanner, before the one-leak-one-finding dedupe
 * (`collectFindings`: rule id, field, start, end, severity, kind), over the material the
 * fingerprint reads: the generated set, the whole-email sets, the problem emails and the scan
 * benchmark's drafts. For a speed-up that must not change any finding:
 *
 *   npx tsx bench/eval/compare-scan.ts /path/to/other/checkout
 *
 * Prints counts and the first differences (rule ids and offsets only, never the texts); exits 1
 * when any finding differs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Account, DraftInput, Finding } from '../../src/detect/types.js';
import { buildEvalBook } from './book.js';
import { generateEvalSet } from './generate.js';
import { generateBook, generateDrafts } from '../scan.bench.js';
import { defaultPolicy } from '../../src/policy/schema.js';

type Collect = (draft: DraftInput, account: Account, book: unknown, policy: unknown) => Finding[];
type Build = (accounts: Account[], opts?: unknown) => { get(id: string): Account | undefined };

const other = process.argv[2];
if (other === undefined) throw new Error('usage: compare-scan.ts <other checkout>');
const load = async (root: string): Promise<{ collect: Collect; build: Build }> => ({
  collect: ((await import(pathToFileURL(resolve(root, 'src/detect/scan.ts')).href)) as { collectFindings: Collect }).collectFindings,
  build: ((await import(pathToFileURL(resolve(root, 'src/detect/book.ts')).href)) as { buildBook: Build }).buildBook,
});
const here = await load(resolve(import.meta.dirname, '../..'));
const there = await load(other);

const evalBook = buildEvalBook();
const policy = { ...evalBook.policy, sender: { ...evalBook.policy.sender, company: 'Ourco', own_domains: [...evalBook.policy.sender.own_domains, 'ourco.com'] } };
const accounts = evalBook.accounts.map((a) => a.account);
const set = generateEvalSet({ book: evalBook });
const carriers = set.filter((d) => d.expected.kinds.length === 0).map((d) => d.draft);

const jobs: Array<{ name: string; draft: DraftInput; accounts: Account[]; policy: unknown }> = [];
set.forEach((d, i) => jobs.push({ name: `generated#${i}`, draft: d.draft, accounts, policy: evalBook.policy }));
for (const file of ['clean-emails.json', 'model-emails.json', 'problem-emails.json']) {
  const raw = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as { emails?: Array<{ subject: string; body: string }> } | Array<{ subject: string; body: string }>;
  const emails = Array.isArray(raw) ? raw : (raw.emails ?? []);
  emails.forEach((e, i) => {
    const c = carriers[i % carriers.length] as DraftInput;
    const name = accounts.find((a) => a.id === c.account_id)?.name ?? '';
    jobs.push({ name: `${file}#${i}`, draft: { ...c, subject: e.subject.replaceAll('{NAME}', name), body: e.body.replaceAll('{NAME}', name) }, accounts, policy });
  });
}
const scanAccounts = generateBook(4000);
generateDrafts(scanAccounts, 500).forEach((d, i) => jobs.push({ name: `scan-bench#${i}`, draft: d, accounts: scanAccounts, policy: defaultPolicy() }));

const books = new Map<Account[], [ReturnType<Build>, ReturnType<Build>]>();
const key = (f: Finding): string => JSON.stringify([f.rule, f.kind, f.field, f.start, f.end, f.severity]);
let findings = 0;
let differ = 0;
for (const job of jobs) {
  let pair = books.get(job.accounts);
  if (pair === undefined) {
    const opts = job.accounts === accounts ? { sensitiveFields: policy.sensitive_fields } : undefined;
    pair = [here.build(job.accounts, opts), there.build(job.accounts, opts)];
    books.set(job.accounts, pair);
  }
  const a = here.collect(job.draft, pair[0].get(job.draft.account_id) as Account, pair[0], job.policy).map(key);
  const b = there.collect(job.draft, pair[1].get(job.draft.account_id) as Account, pair[1], job.policy).map(key);
  findings += a.length;
  if (a.join('\n') !== b.join('\n')) {
    if (++differ <= 10) console.log(`${job.name}: here ${JSON.stringify(a.filter((x) => !b.includes(x)))} there ${JSON.stringify(b.filter((x) => !a.includes(x)))}`);
  }
}
console.log(JSON.stringify({ drafts: jobs.length, findings, differ }));
if (differ > 0) process.exitCode = 1;
