/**
 * Runs every example of every rule (gitleaks' per-rule true/false-positive samples): each `fire`
 * example must produce a finding from that rule, each `pass` example must not. Examples are
 * scanned by the full scanner with the whole rule set, as a draft to the example prospect below,
 * so interactions (exceptions, dedupe, claims checked against facts) are what ships.
 *
 * Also checks the prefilter contract: when a rule's pattern matches a fire example, one of the
 * rule's keywords must occur in it (else the keyword pass would skip the rule in production).
 */
import type { Account, Finding } from '../types.js';
import { buildBook, type Book } from '../book.js';
import { collectFindings } from '../scan.js';
import { foldText } from '../normalize.js';
import { defaultPolicy, type Policy } from '../../policy/schema.js';
import { patternsOf, type Rule, type RuleExample } from './schema.js';
import { BUILTIN_RULES } from '../packs/index.js';
import { compileRuleRegex } from './regex.js';

function account(over: Partial<Account> & { id: string; name: string; domain: string }): Account {
  return {
    aliases: [], valueUsd: 10_000, segment: 'mid', strategic: false, namedOpportunity: null, ownerSlackId: null,
    ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {}, ...over,
  };
}

/** The example book (docs/rules.md lists it): one prospect, a few other accounts, our company. */
export const EXAMPLE_ACCOUNTS: readonly Account[] = [
  account({
    id: 'example-prospect', name: 'Acme Analytics', domain: 'acmeanalytics.com', aliases: ['Acme'],
    sensitive: {
      contract_value: '48000', discount_pct: '22', renewal_date: '2027-03-31',
      private_notes: 'Champion prefers phone calls and dislikes long slide decks',
    },
  }),
  account({ id: 'example-globex', name: 'Globex Corporation', domain: 'globex.com', sensitive: { contract_value: '73250' } }),
  account({ id: 'example-initech', name: 'Initech', domain: 'initech.com', sensitive: { contract_value: '105000' } }),
  account({ id: 'example-umbrella', name: 'Umbrella Health', domain: 'umbrellahealth.com', sensitive: { contract_value: '105000' } }),
];

let exampleBook: Book | undefined;

function examplePolicy(extra: readonly Rule[]): Policy {
  const base = defaultPolicy();
  return {
    ...base,
    rules: [...extra],
    sender: { ...base.sender, company: 'Ourco', own_domains: ['ourco.com', 'calendly.com'], public_prices_usd: [12_000] },
  };
}

export interface ExampleFailure {
  rule: string;
  /** `fire`, `pass` or `keywords` (the prefilter contract). */
  expected: 'fire' | 'pass' | 'keywords';
  text: string;
  /** What fired on the example (rule ids), for the report. */
  got: string[];
}

export interface ExampleReport {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

function normalizeExample(e: RuleExample): { text: string; field: 'subject' | 'body'; toName: string; facts: string[]; prompt?: string; body?: string } {
  if (typeof e === 'string') return { text: e, field: 'body', toName: 'Dana Reyes', facts: [] };
  return {
    text: e.text, field: e.field, toName: e.to_name ?? 'Dana Reyes', facts: e.facts ?? [],
    ...(e.prompt === undefined ? {} : { prompt: e.prompt }),
    ...(e.body === undefined ? {} : { body: e.body }),
  };
}

/** Scans one example text as a draft to the example prospect; every finding, before dedupe. */
export function scanExample(e: RuleExample, policy: Policy): Finding[] {
  exampleBook ??= buildBook([...EXAMPLE_ACCOUNTS]);
  const x = normalizeExample(e);
  const prospect = { ...(EXAMPLE_ACCOUNTS[0] as Account), facts: x.facts };
  return collectFindings(
    {
      subject: x.field === 'subject' ? x.text : 'Hello',
      body: x.field === 'body' ? x.text : x.body ?? 'Hi there,\n\nA short note.\n\nBest,\nSam',
      to: { email: 'dana@acmeanalytics.com', name: x.toName },
      from: 'sam@ourco.com',
      prompt: x.prompt,
    },
    prospect, exampleBook, policy,
  );
}

/**
 * Runs the examples of `rules` (default: every built-in) with `extra` rules added to the built-ins
 * (an owner's rules under test are both).
 */
export function runRuleExamples(opts: { rules?: readonly Rule[]; extra?: readonly Rule[] } = {}): ExampleReport {
  const extra = opts.extra ?? [];
  const rules = opts.rules ?? BUILTIN_RULES;
  const policy = examplePolicy(extra);
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const rule of rules) {
    const check = (e: RuleExample, expected: 'fire' | 'pass'): void => {
      examples++;
      const found = scanExample(e, policy);
      const fired = found.some((f) => f.rule === rule.id);
      if (fired !== (expected === 'fire')) {
        failures.push({ rule: rule.id, expected, text: normalizeExample(e).text, got: [...new Set(found.map((f) => f.rule ?? f.kind))] });
      }
      if (expected === 'fire') {
        const folded = foldText(normalizeExample(e).text);
        const text = rule.case_sensitive ? folded.folded : folded.lower;
        const missed = patternsOf(rule).some((p) => p.keywords.length > 0 && compileRuleRegex(p.source).test(text) &&
          !p.keywords.some((k) => folded.lower.includes(k.toLowerCase())));
        if (missed) failures.push({ rule: rule.id, expected: 'keywords', text: normalizeExample(e).text, got: [] });
      }
    };
    for (const e of rule.examples.fire) check(e, 'fire');
    for (const e of rule.examples.pass) check(e, 'pass');
  }
  return { rules: rules.length, examples, failures };
}

/** One line per failure, for `draftgate rules test` and test output. */
export function formatExampleFailures(failures: readonly ExampleFailure[]): string {
  return failures.map((f) => {
    const text = JSON.stringify(f.text.length > 100 ? `${f.text.slice(0, 99)}…` : f.text);
    if (f.expected === 'keywords') return `${f.rule}: a pattern matches ${text} but none of the rule's keywords occurs in it`;
    return f.expected === 'fire'
      ? `${f.rule}: should fire on ${text} but did not${f.got.length > 0 ? ` (fired: ${f.got.join(', ')})` : ''}`
      : `${f.rule}: should pass ${text} but fired`;
  }).join('\n');
}
