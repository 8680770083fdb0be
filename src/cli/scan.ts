/**
 * `draftgate scan --accounts BOOK.csv|.json --drafts DRAFTS.jsonl [--policy POLICY.yaml]`
 *
 * Contract: reads the three files, validates everything first (policy, book, every JSONL line),
 * and only then prints one ScanResult per draft on `out`, in input order, in exactly the
 * DESIGN §5 shape. Any bad input → a message naming the file and line on `err`, nothing on
 * `out`, exit code 2. Needs no database or Redis: suppressions are unknown (none) and template
 * history starts empty and is counted through the file, so new-template probation applies as it
 * would to a fresh deployment. When the policy lists mailboxes (or own domains), a draft whose
 * `from` is not ours is bad input; when it lists none, each draft's `from` domain counts as ours.
 * Exit codes: 0 scanned; 2 bad input (unreadable file, malformed line, unknown account).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseAccountsCsv, parseAccountsJson } from '../accounts/parse.js';
import { buildBook, type Book } from '../detect/book.js';
import { scanDraft, toContractFindings } from '../detect/scan.js';
import type { DraftInput, Finding, ScanResult } from '../detect/types.js';
import type { ScanFiles, ScanPool } from './scan-pool.js';
import { formatPolicyErrors, parsePolicy, type Policy } from '../policy/schema.js';
import { countTemplateDraft, newTemplateHistory, type TemplateHistory } from '../policy/sampling.js';
import { tierDraft } from '../policy/tier.js';
import { checkSender } from '../policy/mailboxes.js';

export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('../policy/default-policy.yaml', import.meta.url));
/** `draftgate scan` has no policy versions; decisions are drawn as under version 1. */
const SCAN_POLICY_VERSION = 1;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const REQUIRED_STRINGS = ['external_id', 'account_id', 'from', 'subject', 'body', 'workflow', 'template_id'] as const;

/** Checks one JSONL value against the Draft-in contract (DESIGN §5). */
export function parseDraftLine(line: string): Parsed<DraftInput> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, message: `invalid JSON (${(e as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'expected a JSON object' };
  }
  const v = value as Record<string, unknown>;
  for (const key of REQUIRED_STRINGS) {
    if (typeof v[key] !== 'string') return { ok: false, message: `"${key}" must be a string` };
  }
  if ((v.external_id as string).trim() === '') return { ok: false, message: '"external_id" must not be empty' };
  const to = v.to as Record<string, unknown> | undefined;
  if (to === null || typeof to !== 'object' || typeof to.email !== 'string' || !to.email.includes('@')) {
    return { ok: false, message: '"to.email" must be an email address' };
  }
  if (to.name !== undefined && to.name !== null && typeof to.name !== 'string') {
    return { ok: false, message: '"to.name" must be a string' };
  }
  for (const key of ['prompt', 'agent_run_id'] as const) {
    if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string') {
      return { ok: false, message: `"${key}" must be a string` };
    }
  }
  if (v.data_sources !== undefined && v.data_sources !== null &&
      (!Array.isArray(v.data_sources) || v.data_sources.some((s) => typeof s !== 'string'))) {
    return { ok: false, message: '"data_sources" must be an array of strings' };
  }
  const draft: DraftInput = {
    external_id: v.external_id as string,
    account_id: v.account_id as string,
    to: { email: to.email, name: typeof to.name === 'string' ? to.name : undefined },
    from: v.from as string,
    subject: v.subject as string,
    body: v.body as string,
    workflow: v.workflow as string,
    template_id: v.template_id as string,
    prompt: typeof v.prompt === 'string' ? v.prompt : undefined,
    data_sources: Array.isArray(v.data_sources) ? (v.data_sources as string[]) : undefined,
    agent_run_id: typeof v.agent_run_id === 'string' ? v.agent_run_id : undefined,
  };
  return { ok: true, value: draft };
}

/** What the three files say, to a scanner: the policy, the book and the drafts. */
export interface ScanInput {
  policy: Policy;
  book: Book;
  drafts: DraftInput[];
}

/** The draft's findings under the input's policy and book (its account is in the book). */
export function scanOneDraft(input: Omit<ScanInput, 'drafts'>, draft: DraftInput): Finding[] {
  return scanDraft(draft, input.book.get(draft.account_id)!, input.book, input.policy);
}

/** sha1 of the three texts: a pool worker's results count only if it read what was validated. */
function digestOf(texts: readonly string[]): string {
  const h = createHash('sha1');
  for (const t of texts) h.update(`${t.length}:`).update(t);
  return h.digest('hex');
}

function isJsonBook(path: string, text: string): boolean {
  return /\.json$/i.test(path) || /^\s*[[{]/.test(text);
}

/**
 * The files read and parsed as `runScanCommand` does, for a pool worker (scan-worker.ts). Input
 * the command would refuse is `ok: false`; the command itself reports it.
 */
export async function loadScanFiles(files: ScanFiles): Promise<({ ok: true; digest: string } & ScanInput) | { ok: false; reason: string }> {
  try {
    const [policyText, accountsText, draftsText] = await Promise.all(
      [files.policy ?? DEFAULT_POLICY_PATH, files.accounts, files.drafts].map((p) => readFile(p, 'utf8')),
    ) as [string, string, string];
    const parsedPolicy = parsePolicy(policyText);
    if (!parsedPolicy.ok) return { ok: false, reason: 'invalid policy' };
    const policy = parsedPolicy.policy;
    const parseOpts = { sensitiveFields: policy.sensitive_fields };
    const accounts = isJsonBook(files.accounts, accountsText) ? parseAccountsJson(accountsText, parseOpts) : parseAccountsCsv(accountsText, parseOpts);
    if (!accounts.ok) return { ok: false, reason: 'invalid accounts file' };
    const book = buildBook(accounts.accounts, { sensitiveFields: policy.sensitive_fields });
    const drafts: DraftInput[] = [];
    for (const line of draftsText.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const parsed = parseDraftLine(line);
      if (!parsed.ok || book.get(parsed.value.account_id) === undefined) return { ok: false, reason: 'invalid drafts file' };
      drafts.push(parsed.value);
    }
    return { ok: true, digest: digestOf([policyText, accountsText, draftsText]), policy, book, drafts };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

async function readText(path: string, what: string, err: NodeJS.WritableStream): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    err.write(`draftgate scan: cannot read ${what} ${path}: ${(e as Error).message}\n`);
    return null;
  }
}

/**
 * `pool`: workers started with the same files (scan-pool.ts) that compute findings alongside this
 * thread; without one every draft is scanned here. The output is the same either way.
 */
export async function runScanCommand(
  opts: { accounts: string; drafts: string; policy?: string },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  pool: ScanPool | null = null,
): Promise<number> {
  try {
    return await scanFiles(opts, out, err, pool);
  } finally {
    // Bad input (or a throw) leaves workers running; after a scan they are already stopped.
    await pool?.stop();
  }
}

async function scanFiles(
  opts: { accounts: string; drafts: string; policy?: string },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  pool: ScanPool | null,
): Promise<number> {
  const policyPath = opts.policy ?? DEFAULT_POLICY_PATH;
  const policyText = await readText(policyPath, 'policy', err);
  if (policyText === null) return 2;
  const parsedPolicy = parsePolicy(policyText);
  if (!parsedPolicy.ok) {
    err.write(`draftgate scan: invalid policy ${policyPath}:\n${formatPolicyErrors(parsedPolicy.errors)}\n`);
    return 2;
  }
  const policy: Policy = parsedPolicy.policy;

  const accountsText = await readText(opts.accounts, 'accounts file', err);
  if (accountsText === null) return 2;
  const isJson = isJsonBook(opts.accounts, accountsText);
  const parseOpts = { sensitiveFields: policy.sensitive_fields };
  const book = isJson ? parseAccountsJson(accountsText, parseOpts) : parseAccountsCsv(accountsText, parseOpts);
  if (!book.ok) {
    const lines = book.errors.slice(0, 20).map((e) => `  ${opts.accounts}:${e.line}${e.id === null ? '' : ` (${e.id})`}: ${e.reason}`);
    const more = book.errors.length > 20 ? `\n  … and ${book.errors.length - 20} more` : '';
    err.write(`draftgate scan: invalid accounts file:\n${lines.join('\n')}${more}\n`);
    return 2;
  }

  const draftsText = await readText(opts.drafts, 'drafts file', err);
  if (draftsText === null) return 2;
  const compiled = buildBook(book.accounts, { sensitiveFields: policy.sensitive_fields });
  const drafts: DraftInput[] = [];
  const lines = draftsText.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const parsed = parseDraftLine(line);
    if (!parsed.ok) {
      err.write(`draftgate scan: ${opts.drafts} line ${i + 1}: ${parsed.message}\n`);
      return 2;
    }
    const sender = checkSender(policy, parsed.value.from);
    if (!sender.ok) {
      // Same rule as intake (422 there): with mailboxes or own domains in the policy, `from` must be ours.
      err.write(`draftgate scan: ${opts.drafts} line ${i + 1}: from ${sender.reason}\n`);
      return 2;
    }
    if (compiled.get(parsed.value.account_id) === undefined) {
      err.write(`draftgate scan: ${opts.drafts} line ${i + 1}: unknown account_id "${parsed.value.account_id}"\n`);
      return 2;
    }
    drafts.push(parsed.value);
  }

  const input = { policy, book: compiled };
  const scanOne = (i: number) => scanOneDraft(input, drafts[i] as DraftInput);
  const allFindings = pool === null
    ? drafts.map((_, i) => scanOne(i))
    : await pool.findings(drafts.length, digestOf([policyText, accountsText, draftsText]), scanOne);

  const templates = new Map<string, TemplateHistory>();
  const results: string[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as DraftInput;
    const account = compiled.get(draft.account_id);
    if (account === undefined) continue;
    const findings = allFindings[i] as Finding[];
    const template = templates.get(draft.template_id) ?? newTemplateHistory();
    const decision = tierDraft(
      { draftId: draft.external_id, draft, account, findings, policyVersion: SCAN_POLICY_VERSION, suppressed: false, template },
      policy,
    );
    templates.set(draft.template_id, countTemplateDraft(template));
    const result: ScanResult = {
      external_id: draft.external_id,
      tier: decision.tier,
      sampled: decision.sampled,
      reasons: decision.reasons,
      findings: toContractFindings(findings),
    };
    results.push(JSON.stringify(result));
  }
  if (results.length > 0) out.write(`${results.join('\n')}\n`);
  return 0;
}
