/**
 * The owner's rules through the policy: validated with line numbers, fired by `draftgate scan`,
 * tuned by `disable:` and `severity:`, and tested by `draftgate rules test` (a broken example fails).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScanCommand } from '../../../src/cli/scan.js';
import { runRulesExplain, runRulesTest } from '../../../src/cli/commands/rules.js';
import { parsePolicy } from '../../../src/policy/schema.js';
import { parseRuleFile } from '../../../src/detect/rules/schema.js';
import { capture } from '../../helpers/streams.js';

const dir = mkdtempSync(join(tmpdir(), 'draftgate-rules-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const OWNER_RULE = `
  - id: owner.competitor-pricing
    kind: tone
    severity: critical
    phrases: ["cheaper than Globex", "half the price of Globex"]
    patterns: ['\\bbeat (?:any|their) (?:quote|price)\\b']
    keywords: [beat]
    message: 'compares our price with a named competitor: "{match}"'
    examples:
      fire: ["We are cheaper than Globex.", "We will beat any quote you have."]
      pass: ["We are cheaper to run than spreadsheets."]
`;

const POLICY = `high_tier:
  new_template_probation: 0
rules:${OWNER_RULE}disable: [tone.exclamations]
severity:
  tone.guarantee: critical
`;

const CSV = [
  'id,name,domain,aliases,value_usd,segment,strategic,named_opportunity,owner_slack_id,owner_email,do_not_contact,contract_value,discount_pct,renewal_date,deal_risk_notes,private_notes,facts',
  'pied,Pied Piper,piedpiper.com,,8000,smb,false,,U0REP0002,rep2@ourco.com,false,,,,,,',
].join('\n');

const draft = (id: string, body: string) => JSON.stringify({
  external_id: id, account_id: 'pied', to: { email: 'dana@piedpiper.com', name: 'Dana' }, from: 'sam@ourco.com',
  subject: 'Hello', body, workflow: 'intro', template_id: 'tpl-1',
});

describe('owner rules in the policy', () => {
  it('validates rules, disable and severity with line numbers', () => {
    const bad = parsePolicy(`rules:
  - id: Bad Id
    kind: tone
    severity: warn
    patterns: ['(unclosed']
    message: x
    examples: { fire: [x] }
disable: [tone.no-such-rule]
severity:
  nope.rule: info
`);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const got = bad.errors.map((e) => `${e.line}: ${e.path}`);
    expect(got).toContain('2: rules[0].id');
    expect(got).toContain('5: rules[0].patterns[0]');
    expect(got.some((g) => g.startsWith('8: disable[0]'))).toBe(true);
    expect(got.some((g) => g.includes('severity.nope.rule'))).toBe(true);
    const taken = parsePolicy(`rules:\n  - id: tone.guarantee\n    kind: tone\n    severity: warn\n    phrases: [x y]\n    message: m\n    examples: { fire: [x y] }\n`);
    expect(taken.ok).toBe(false);
    expect(parsePolicy(POLICY).ok).toBe(true);
  });

  it('refuses a pattern or exception that can backtrack for minutes, naming the part and the line', () => {
    const policy = (pattern: string, exception: string): string => `rules:
  - id: owner.shouty-sentence
    kind: tone
    severity: warn
    patterns:
      - {regex: '${pattern}', keywords: ['!!']}
    exceptions: ['${exception}']
    message: x
    examples: { fire: ['act now!!'] }
`;
    const bad = parsePolicy(policy('(?:\\w+\\s?)+!!$', '^(?:[a-z]+,?)*$'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const got = bad.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`);
    expect(got.some((g) => g.startsWith('6: rules[0].patterns[0].regex: (?:\\w+\\s?)+ repeats a part'))).toBe(true);
    expect(got.some((g) => g.startsWith('7: rules[0].exceptions[0]: (?:[…]+,?)* repeats a part'))).toBe(true);
    // The same rule with each round closed by a required character is taken.
    const good = parsePolicy(policy('(?:\\w+\\s)+\\w+!!$', '^(?:[a-z]+,)*[a-z]+$'));
    expect(good.ok).toBe(true);
  });

  it('takes not_in: [workflow, recap] and names a paragraph kind it does not know', () => {
    const rule = (notIn: string): string => `rules:\n  - id: owner.held\n    kind: internal_marker\n    severity: warn\n    phrases: [needs sign-off]\n    not_in: ${notIn}\n    message: m\n    examples: { fire: [This needs sign-off.] }\n`;
    expect(parsePolicy(rule('[workflow, recap]')).ok).toBe(true);
    const bad = parsePolicy(rule('[workflows]'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => `${e.line}: ${e.path}`)).toContain('6: rules[0].not_in[0]');
    expect(bad.errors.find((e) => e.path === 'rules[0].not_in[0]')?.message).toMatch(/workflow/);
  });

  it('an owner rule fires in draftgate scan; disable and severity apply', async () => {
    const policy = file('policy.yaml', POLICY);
    const accounts = file('book.csv', `${CSV}\n`);
    const drafts = file('d.jsonl', [
      draft('d1', 'Hi Dana, we are cheaper than Globex and happy to show it.'),
      draft('d2', 'Hi Dana, great to meet you!! We guarantee results.'),
      draft('d3', 'Hi Dana, would a short call next week help?'),
    ].join('\n'));
    const r = await capture((out, err) => runScanCommand({ accounts, drafts, policy }, out, err));
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { tier: string; findings: Array<{ kind: string; severity: string; excerpt: string }> });
    expect(lines[0]!.findings).toEqual([expect.objectContaining({ kind: 'tone', severity: 'critical', excerpt: 'cheaper than Globex' })]);
    expect(lines[0]!.tier).toBe('blocked');
    // "!!" is disabled; the guarantee is raised to critical (other tone rules may still report
    // the wider phrase at their own severity).
    const second = lines[1]!.findings.map((f) => `${f.severity}:${f.excerpt}`);
    expect(second).toContain('critical:We guarantee');
    expect(second.some((f) => f.endsWith(':!!'))).toBe(false);
    expect(lines[1]!.tier).toBe('blocked');
    expect(lines[2]!.findings).toEqual([]);
  });

  // Runs every built-in example twice (about 5,800 each time): 20 s alone, 45 s beside the suite on 2 cores.
  it('rules test passes the built-ins and a good file, and reports a deliberately broken example', async () => {
    const ok = await capture((out, err) => runRulesTest({ file: file('good.yaml', `pack: owner\nrules:${OWNER_RULE}`) }, out, err));
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: \d+ examples of \d+ rules pass/);

    const broken = OWNER_RULE.replace('pass: ["We are cheaper to run than spreadsheets."]', 'pass: ["We are cheaper than Globex, honestly."]')
      .replace('"We will beat any quote you have."', '"We will match any quote you have."');
    const bad = await capture((out, err) => runRulesTest({ file: file('broken.yaml', `pack: owner\nrules:${broken}`) }, out, err));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('owner.competitor-pricing: should pass "We are cheaper than Globex, honestly." but fired');
    expect(bad.stdout).toContain('owner.competitor-pricing: should fire on "We will match any quote you have." but did not');
    expect(bad.stdout).toMatch(/FAIL 2 of \d+ examples/);

    const invalid = await capture((out, err) => runRulesTest({ file: file('invalid.yaml', 'pack: owner\nrules:\n  - id: x\n    kind: nope\n') }, out, err));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/line 4: rules\[0\]\.kind/);
  }, 180_000);

  it('rules test with no file runs the policy\'s rules', async () => {
    const r = await capture((out, err) => runRulesTest({ policy: file('p2.yaml', POLICY) }, out, err));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the policy's 1 rule(s)");
  }, 180_000); // compiles the built-in packs with the policy's rule: slow on a loaded machine

  it('rules explain names the rule, where and why', async () => {
    const r = await capture((out, err) => runRulesExplain({ sentence: 'Act now, we guarantee you will double your pipeline!!' }, out, err));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tone.deadline-pressure  tone/warn  body 0-7  "Act now"');
    expect(r.stdout).toContain('tone.guarantee');
    expect(r.stdout).toContain('why: ');
  });

  it("rules explain says what the sentence model read over its bar and let through, and why", async () => {
    const r = await capture((out, err) => runRulesExplain({ sentence: 'As you shared, you just closed a Series B, so hiring is the priority.' }, out, err));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the sentence model's readings over its bar that were let through:");
    expect(r.stdout).toMatch(/claim\.model {2}unverified_claim {2}body 0-\d+ {2}"As you shared, you just closed a Series B/);
    expect(r.stdout).toMatch(/read at 0\.\d\d, let through: sourced to the prospect/);
  });

  it('parses packs, bare lists and policy files alike', () => {
    expect(parseRuleFile(`pack: p\nrules:${OWNER_RULE}`).ok).toBe(true);
    expect(parseRuleFile(OWNER_RULE.replace(/^\n {2}/, '').replace(/\n {2}/g, '\n')).ok).toBe(true);
    expect(parseRuleFile(POLICY).ok).toBe(true);
  });
});
