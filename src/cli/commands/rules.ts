/**
 * `draftgate rules test [FILE]`, `draftgate rules explain [SENTENCE] [--drafts F]`, `draftgate rules list`.
 *
 * Contract:
 * - test: runs every example of every built-in rule plus the rules of FILE (a pack, a list of
 *   rules, or a policy file with `rules:`), or of `--policy` / the shipped policy when FILE is
 *   absent. Prints one line per failure and a summary. Exit 0 all pass; 1 an example failed;
 *   2 the file is unreadable or invalid (errors name the key and line).
 * - explain: scans a sentence (as the body of a draft to the example prospect) or every draft of
 *   a JSONL file (against `--accounts` when given) and prints, per finding, the rule that fired,
 *   where (field and offsets), what it matched and why; findings another finding covers are
 *   marked "(covered)" — they do not reach the reviewer. Exit 0; 2 on bad input.
 * - list: every rule id with its pack, kind and severity under the policy (disabled ones marked).
 * No database needed.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_POLICY_PATH, parseDraftLine } from '../scan.js';
import { formatPolicyErrors, parsePolicy, type Policy } from '../../policy/schema.js';
import { parseRuleFile, type Rule } from '../../detect/rules/schema.js';
import { EXAMPLE_ACCOUNTS, formatExampleFailures, runRuleExamples } from '../../detect/rules/examples.js';
import { BUILTIN_PACKS, BUILTIN_RULE_IDS } from '../../detect/packs/index.js';
import { collectFindings, scanDraft } from '../../detect/scan.js';
import type { ModelReading } from '../../detect/context.js';
import { buildBook } from '../../detect/book.js';
import { parseAccountsCsv, parseAccountsJson } from '../../accounts/parse.js';
import type { Account, Finding } from '../../detect/types.js';

type Out = NodeJS.WritableStream;

async function readText(path: string, err: Out): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    err.write(`draftgate rules: cannot read ${path}: ${(e as Error).message}\n`);
    return null;
  }
}

async function loadPolicy(path: string | undefined, err: Out): Promise<Policy | null> {
  const file = path ?? DEFAULT_POLICY_PATH;
  const text = await readText(file, err);
  if (text === null) return null;
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    err.write(`draftgate rules: invalid policy ${file}:\n${formatPolicyErrors(parsed.errors)}\n`);
    return null;
  }
  return parsed.policy;
}

export async function runRulesTest(opts: { file?: string; policy?: string }, out: Out, err: Out): Promise<number> {
  let extra: Rule[] = [];
  let source = 'built-in packs';
  if (opts.file !== undefined) {
    const text = await readText(opts.file, err);
    if (text === null) return 2;
    const parsed = parseRuleFile(text);
    if (!parsed.ok) {
      err.write(`${opts.file}: invalid\n${parsed.errors.map((e) => `${e.line === null ? '' : `line ${e.line}: `}${e.path}: ${e.message}`).join('\n')}\n`);
      return 2;
    }
    const clash = parsed.pack.rules.find((r) => BUILTIN_RULE_IDS.has(r.id));
    if (clash !== undefined) {
      err.write(`${opts.file}: rule id "${clash.id}" is already a built-in rule\n`);
      return 2;
    }
    extra = parsed.pack.rules;
    source = `built-in packs + ${opts.file}`;
  } else {
    const policy = await loadPolicy(opts.policy, err);
    if (policy === null) return 2;
    extra = policy.rules;
    if (extra.length > 0) source = `built-in packs + the policy's ${extra.length} rule(s)`;
  }
  const builtins = runRuleExamples({ extra });
  const owner = extra.length > 0 ? runRuleExamples({ rules: extra, extra }) : { rules: 0, examples: 0, failures: [] };
  const failures = [...builtins.failures, ...owner.failures];
  const rules = builtins.rules + owner.rules;
  const examples = builtins.examples + owner.examples;
  if (failures.length > 0) {
    out.write(`${formatExampleFailures(failures)}\n`);
    out.write(`FAIL ${failures.length} of ${examples} examples (${rules} rules, ${source})\n`);
    return 1;
  }
  out.write(`ok: ${examples} examples of ${rules} rules pass (${source})\n`);
  return 0;
}

function describeFinding(f: Finding, source: string, covered: boolean): string {
  const where = `${f.field ?? 'body'} ${f.start}-${f.end}`;
  const line = [
    `  ${f.rule ?? '(no rule)'}  ${f.kind}/${f.severity}  ${where}  ${JSON.stringify(source.slice(f.start, f.end))}`,
    f.message === undefined ? '' : `    why: ${f.message}`,
  ].filter((x) => x !== '').join('\n');
  return covered ? `${line}\n    (covered by another finding: not shown to the reviewer)` : line;
}

/**
 * What the sentence model read over its bar and let through, and why ("a verified fact or a quoted
 * line", "an aside in brackets"): the answer to "why wasn't this flagged?".
 */
function explainReadings(readings: readonly ModelReading[], texts: { subject: string; body: string }): string {
  if (readings.length === 0) return '';
  const lines = readings.map((r) => {
    const source = r.field === 'subject' ? texts.subject : texts.body;
    const where = `${r.field ?? 'body'} ${r.start}-${r.end}`;
    return `  ${r.rule}  ${r.kind}  ${where}  ${JSON.stringify(source.slice(r.start, r.end))}\n    read at ${r.probability.toFixed(2)}, let through: ${r.why}`;
  });
  return `\n  the sentence model's readings over its bar that were let through:\n${lines.join('\n')}`;
}

function explainFindings(all: Finding[], shown: Finding[], texts: { subject: string; body: string }, readings: readonly ModelReading[] = []): string {
  if (all.length === 0) return `  no rule fired${explainReadings(readings, texts)}`;
  const key = (f: Finding): string => `${f.rule}|${f.field}|${f.start}|${f.end}|${f.kind}`;
  const kept = new Set(shown.map(key));
  return all.map((f) => describeFinding(f, f.field === 'subject' ? texts.subject : f.field === null ? texts.body : '', !kept.has(key(f)))).join('\n') + explainReadings(readings, texts);
}

export async function runRulesExplain(
  opts: { sentence?: string; drafts?: string; accounts?: string; policy?: string },
  out: Out,
  err: Out,
): Promise<number> {
  const policy = await loadPolicy(opts.policy, err);
  if (policy === null) return 2;
  if (opts.drafts === undefined) {
    if (opts.sentence === undefined || opts.sentence.trim() === '') {
      err.write('draftgate rules explain: give a sentence or --drafts FILE\n');
      return 2;
    }
    const prospect = EXAMPLE_ACCOUNTS[0] as Account;
    const draft = { subject: 'Hello', body: opts.sentence, to: { email: 'dana@acmeanalytics.com', name: 'Dana Reyes' }, from: 'sam@ourco.com' };
    const book = buildBook([...EXAMPLE_ACCOUNTS], { sensitiveFields: policy.sensitive_fields });
    const readings: ModelReading[] = [];
    const all = collectFindings(draft, prospect, book, policy, readings);
    const shown = scanDraft(draft, prospect, book, policy);
    out.write(`${JSON.stringify(opts.sentence)} (body of a draft to Dana Reyes at ${prospect.name}):\n${explainFindings(all, shown, draft, readings)}\n`);
    return 0;
  }
  const draftsText = await readText(opts.drafts, err);
  if (draftsText === null) return 2;
  let accounts: Account[] = [];
  if (opts.accounts !== undefined) {
    const text = await readText(opts.accounts, err);
    if (text === null) return 2;
    const isJson = /\.json$/i.test(opts.accounts) || /^\s*[[{]/.test(text);
    const parseOpts = { sensitiveFields: policy.sensitive_fields };
    const parsed = isJson ? parseAccountsJson(text, parseOpts) : parseAccountsCsv(text, parseOpts);
    if (!parsed.ok) {
      err.write(`draftgate rules explain: invalid accounts file ${opts.accounts} (line ${parsed.errors[0]?.line}: ${parsed.errors[0]?.reason})\n`);
      return 2;
    }
    accounts = parsed.accounts;
  }
  const lines = draftsText.split(/\r?\n/);
  const drafts = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const parsed = parseDraftLine(line);
    if (!parsed.ok) {
      err.write(`draftgate rules explain: ${opts.drafts} line ${i + 1}: ${parsed.message}\n`);
      return 2;
    }
    drafts.push(parsed.value);
  }
  // Without a book, each draft is scanned against a stand-in account named after its recipient's domain.
  const standIns = drafts
    .filter((d) => !accounts.some((a) => a.id === d.account_id))
    .map((d): Account => {
      const domain = d.to.email.split('@')[1] ?? 'example.com';
      return {
        id: d.account_id, name: domain.split('.')[0] ?? d.account_id, domain, aliases: [], valueUsd: 0, segment: '', strategic: false,
        namedOpportunity: null, ownerSlackId: null, ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {},
      };
    });
  const book = buildBook([...accounts, ...standIns.filter((a, i) => standIns.findIndex((b) => b.id === a.id) === i)], { sensitiveFields: policy.sensitive_fields });
  const blocks: string[] = [];
  for (const d of drafts) {
    const account = book.get(d.account_id) as Account;
    const readings: ModelReading[] = [];
    const all = collectFindings(d, account, book, policy, readings);
    const shown = scanDraft(d, account, book, policy);
    blocks.push(`${d.external_id} (${account.name}):\n${explainFindings(all, shown, d, readings)}`);
  }
  if (blocks.length > 0) out.write(`${blocks.join('\n')}\n`);
  return 0;
}

/**
 * The packs as Markdown tables (one section per pack: rule and example counts, the pack's
 * description, then id, kind, severity under the policy, and what the rule catches). This is
 * what docs/rules.md lists; a unit test keeps the two equal.
 */
export function rulesMarkdown(packs: ReadonlyArray<{ pack: string; description?: string | undefined; rules: readonly Rule[] }>, policy: Policy): string {
  const cell = (t: string): string => t.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  const sections = packs.filter((p) => p.rules.length > 0).map((p) => {
    const examples = p.rules.reduce((n, r) => n + r.examples.fire.length + r.examples.pass.length, 0);
    const rows = p.rules.map((r) => {
      const what = r.description ?? r.message.replace(/\{(?:match|account)\}/g, '…');
      const severity = `${policy.severity[r.id] ?? r.severity}${policy.disable.includes(r.id) ? ' (disabled)' : ''}`;
      return `| \`${r.id}\` | ${r.kind} | ${severity} | ${cell(what)} |`;
    });
    return [
      `### \`${p.pack}\` — ${p.rules.length} rules, ${examples} examples`,
      '',
      ...(p.description === undefined ? [] : [cell(p.description), '']),
      '| id | kind | severity | what it catches |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return `${sections.join('\n\n')}\n`;
}

export async function runRulesList(opts: { policy?: string; markdown?: boolean }, out: Out, err: Out): Promise<number> {
  const policy = await loadPolicy(opts.policy, err);
  if (policy === null) return 2;
  if (opts.markdown === true) {
    out.write(rulesMarkdown([...BUILTIN_PACKS, { pack: 'policy', description: "The owner's rules (the policy's rules:).", rules: policy.rules }], policy));
    return 0;
  }
  const rows: string[] = [];
  const packs = [...BUILTIN_PACKS, { pack: 'policy', rules: policy.rules }];
  for (const pack of packs) {
    for (const r of pack.rules) {
      const off = policy.disable.includes(r.id) ? '  (disabled)' : '';
      rows.push(`${r.id.padEnd(36)} ${pack.pack.padEnd(13)} ${r.kind.padEnd(18)} ${policy.severity[r.id] ?? r.severity}${off}`);
    }
  }
  out.write(`${rows.join('\n')}\n`);
  return 0;
}
